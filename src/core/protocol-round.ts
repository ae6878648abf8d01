// The member's side of the round protocol (docs/PROTOCOL.md): reading `GET R`, the answer of
// `PUT R/response`, what to do about a failed submission, and where a survey starts from (the
// server's copy, this device's draft, or a submission still waiting to be sent). Pure: no DOM.
import type { Assessment, Locale, SurveyResponse } from './types.js';
import { validateAssessment, validateResponse } from './validate.js';
import { isIsoDateString } from './iso-date.js';
import { isPlainObject, readKey } from './safe-read.js';
import { readRound, type ProtocolIssue, type ProtocolRead, type RoundInfo } from './protocol-results.js';
import { PROTOCOL_VERSION } from './protocol-data.js';

/** The member's own response as the server keeps it (`mine` in `GET R`). */
export interface OwnResponse {
  response: SurveyResponse;
  /** When the server received it (ISO 8601); undefined when the server did not say. */
  submittedAt?: string;
}

/** What `GET R` gives a member, checked. */
export interface RoundPayload {
  round: RoundInfo;
  assessment: Assessment;
  /** Null until the member has answered (or when what the server sent does not fit the assessment: see `issues`). */
  mine: OwnResponse | null;
}

/** The protocol version these readers understand. */
export const ROUND_PROTOCOL = PROTOCOL_VERSION;

/**
 * Reads the answer of `GET R`. Fails when there is no valid assessment (the core's
 * `validateAssessment`); a `mine` that the core's `validateResponse` rejects for that assessment
 * is left out (`mine: null`) and listed in `issues`, so the member starts from a blank survey
 * rather than from answers the survey cannot show.
 */
export function readRoundPayload(body: unknown, options: { locale?: Locale } = {}): ProtocolRead<RoundPayload> {
  if (!isPlainObject(body)) return { ok: false, issues: [{ path: '', code: 'not-an-object', message: 'The answer is not an object.' }] };
  const issues: ProtocolIssue[] = [];
  const protocol = readKey(body, 'protocol');
  if (protocol !== undefined && protocol !== ROUND_PROTOCOL) {
    issues.push({ path: 'protocol', code: 'protocol-version', message: `Protocol ${String(protocol)} is not ${ROUND_PROTOCOL}; reading it as ${ROUND_PROTOCOL}.` });
  }
  const checked = validateAssessment(readKey(body, 'assessment'), { locale: options.locale });
  if (!checked.ok) {
    return { ok: false, issues: checked.errors.map((e) => ({ path: `assessment.${e.path}`.replace(/\.$/, ''), code: e.code, message: e.message })) };
  }
  const assessment = checked.value;
  let mine: OwnResponse | null = null;
  const rawMine = readKey(body, 'mine');
  if (isPlainObject(rawMine)) {
    const own = validateResponse(assessment, readKey(rawMine, 'response'), { locale: options.locale });
    const at = readKey(rawMine, 'submittedAt');
    if (own.ok) mine = { response: own.value, ...(isIsoDateString(at) ? { submittedAt: at } : {}) };
    else issues.push(...own.errors.map((e) => ({ path: `mine.response.${e.path}`.replace(/\.$/, ''), code: e.code, message: e.message })));
  } else if (rawMine !== null && rawMine !== undefined) {
    issues.push({ path: 'mine', code: 'not-an-object', message: 'The own response is not an object.' });
  }
  return { ok: true, value: { round: readRound(readKey(body, 'round')), assessment, mine }, issues };
}

/** What `PUT R/response` answered: a first response, or one that replaced the member's earlier one. */
export interface SubmitAnswer {
  status: 'created' | 'updated';
  submittedAt?: string;
}

/** Reads the answer of a successful `PUT R/response`; anything but `"created"` counts as an update. */
export function readSubmitAnswer(body: unknown): SubmitAnswer {
  const status = isPlainObject(body) && readKey(body, 'status') === 'created' ? 'created' : 'updated';
  const at = isPlainObject(body) ? readKey(body, 'submittedAt') : undefined;
  return { status, ...(isIsoDateString(at) ? { submittedAt: at } : {}) };
}

/** A submission waiting on the device to be sent (the outbox entry). */
export interface QueuedSubmission {
  response: SurveyResponse;
  /** When it was put in the outbox (ISO 8601). */
  queuedAt: string;
  /**
   * The invitation code it is sent with (normalised), when the round takes codes: kept with the
   * submission only, so that it can be sent on a later visit; never in the offline copy.
   */
  code?: string;
}

/**
 * A stored outbox entry, or undefined when `data` is not one. Only the shape is checked here:
 * the response is checked against the round's assessment (validateResponse) before it is used.
 */
export function readQueuedSubmission(data: unknown): QueuedSubmission | undefined {
  if (!isPlainObject(data)) return undefined;
  const response = readKey(data, 'response');
  const queuedAt = readKey(data, 'queuedAt');
  if (!isPlainObject(response) || !isPlainObject(readKey(response, 'answers')) || typeof queuedAt !== 'string') return undefined;
  const code = readKey(data, 'code');
  return { response: response as unknown as SurveyResponse, queuedAt, ...(typeof code === 'string' && /^[A-Z0-9]+$/.test(code) ? { code } : {}) };
}

/**
 * What stays on a device once the server has confirmed a submission: when, and whether it was a
 * first response. The answers themselves are deleted (a shared device keeps nothing of them).
 */
export interface SentMarker {
  sentAt: string;
  status: 'created' | 'updated';
}

export function readSentMarker(data: unknown): SentMarker | undefined {
  if (!isPlainObject(data)) return undefined;
  const sentAt = readKey(data, 'sentAt');
  const status = readKey(data, 'status');
  return isIsoDateString(sentAt) && (status === 'created' || status === 'updated') ? { sentAt, status } : undefined;
}

/** Where the survey starts from. */
export type StartingPoint = 'queued' | 'draft' | 'mine' | 'blank';

export interface StartingInputs {
  /** A submission still in the outbox: never sent, or sent without an answer. */
  queued?: QueuedSubmission | null;
  /** This device's draft: whether it holds anything the person gave, and when it was last saved. */
  draft?: { hasContent: boolean; savedAt?: string } | null;
  /** The server's copy of the member's response. */
  mine?: OwnResponse | null;
}

const time = (iso: string | undefined): number => (iso ? Date.parse(iso) : Number.NaN);

/**
 * Never overwrite what the person typed: a queued submission wins; then this device's draft when
 * it holds answers saved after the server received `mine` (or when the server did not say when,
 * or there is no `mine`); else `mine`; else a blank survey (or the empty draft).
 */
export function startingPoint({ queued, draft, mine }: StartingInputs): StartingPoint {
  if (queued) return 'queued';
  const local = draft?.hasContent ? draft : null;
  if (!mine) return local ? 'draft' : 'blank';
  if (!local) return 'mine';
  const saved = time(local.savedAt);
  const received = time(mine.submittedAt);
  if (Number.isNaN(received)) return 'draft';
  if (Number.isNaN(saved)) return 'mine';
  return saved > received ? 'draft' : 'mine';
}

const canonical = (r: Pick<SurveyResponse, 'answers' | 'comments' | 'respondent'>): string => {
  const sorted = (o: Record<string, unknown> | undefined) => Object.entries(o ?? {}).filter(([, v]) => v !== '' && v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([sorted(r.answers), sorted(r.comments), r.respondent?.group ?? null]);
};

/** True when two responses hold the same answers, comments and group (the draft is what the server already has). */
export function sameResponse(a: Pick<SurveyResponse, 'answers' | 'comments' | 'respondent'>, b: Pick<SurveyResponse, 'answers' | 'comments' | 'respondent'>): boolean {
  return canonical(a) === canonical(b);
}
