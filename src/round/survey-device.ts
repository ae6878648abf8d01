// Where the survey's round connection keeps a member's things on a device (docs/PROTOCOL.md), and
// the background resend of submissions that invitation-code holders left waiting there.
import { readQueuedSubmission, readSentMarker, readSubmitAnswer, sameResponse, type QueuedSubmission, type SentMarker } from '../core/protocol-round.js';
import { draftToResponse, readDraft, type SurveyDraft } from '../core/draft.js';
import { DRAFT_FORMAT } from '../ge-survey/survey-storage.js';
import { DraftStore } from '../internal/draft-store.js';
import { remote } from './remote.js';
import { routeKey } from './sync.js';

export const CACHE_FORMAT = 'gender-in-practice/ge-survey-round@1';
export const OUTBOX_FORMAT = 'gender-in-practice/ge-survey-outbox@1';
export const SENT_FORMAT = 'gender-in-practice/ge-survey-sent@1';

/** Where the answers in progress are kept when `storage-key` is not given. */
export const draftKeyFor = (endpoint: string): string => routeKey('survey-draft', endpoint);
/**
 * Where a submission waits to be sent: one per round, the newest replacing the one before. A
 * host that gives `storage-key` (the WordPress plugin gives one per member and round) scopes it
 * to that key, so two members sharing a workshop laptop never start from each other's answers.
 */
export const outboxKeyFor = (endpoint: string, scope?: string | null): string =>
  scope ? `${scope}:outbox` : routeKey('survey-outbox', endpoint, 'response', `${endpoint}/response`);
/**
 * Where the last round received is kept, so the survey can be answered offline. Without the
 * member's own response: the answers are the server's to keep, not a shared device's.
 */
export const roundCacheKeyFor = (endpoint: string, scope?: string | null): string =>
  scope ? `${scope}:round` : routeKey('survey-round', endpoint);
/** Where the "sent" marker is kept once the server has confirmed a submission: a time and a status, no answer. */
export const sentKeyFor = (endpoint: string, scope?: string | null): string =>
  scope ? `${scope}:sent` : routeKey('survey-sent', endpoint);

/** The outbox keys of code holders under `base` (`<base>:code-<tag>:outbox`). */
function waitingKeys(base: string): string[] {
  const keys: string[] = [];
  try {
    const s = globalThis.localStorage;
    for (let i = 0; i < s.length; i++) {
      const key = s.key(i);
      if (key && key.startsWith(`${base}:code-`) && key.endsWith(':outbox')) keys.push(key);
    }
  } catch {
    // no storage: nothing can be waiting
  }
  return keys;
}

const sending = new Set<string>();

/**
 * Sends, one at a time and in the background, the submissions that holders of invitation codes
 * left waiting under `base` (each kept with its code), so that a submission made offline reaches
 * the server on a later visit even when nobody types that code again. Nothing is shown; what the
 * server confirms leaves only its "sent" marker, and what it does not stays where it was.
 */
export async function sendWaiting(endpoint: string, base: string, options: { lang: string; nonce: string | null }): Promise<void> {
  for (const key of waitingKeys(base)) {
    if (sending.has(key)) continue;
    const outbox = new DraftStore<QueuedSubmission>(key, OUTBOX_FORMAT, readQueuedSubmission);
    const entry = outbox.load().data;
    if (!entry?.code) continue;
    sending.add(key);
    try {
      const result = await remote(endpoint, 'response', {
        method: 'PUT', body: entry.response, nonce: options.nonce, lang: options.lang, headers: { 'X-GE-Code': entry.code },
      });
      if (!result.ok || outbox.load().data?.queuedAt !== entry.queuedAt) continue; // a newer one waits: its turn comes
      const scope = key.slice(0, -':outbox'.length);
      const answer = readSubmitAnswer(result.body);
      outbox.clear();
      new DraftStore<SentMarker>(sentKeyFor(endpoint, scope), SENT_FORMAT, readSentMarker)
        .save({ sentAt: answer.submittedAt ?? new Date().toISOString(), status: answer.status });
      // That code holder's draft goes too when it holds what was sent (answers changed since stay theirs).
      const draft = new DraftStore<SurveyDraft>(scope, DRAFT_FORMAT, readDraft);
      const kept = draft.load().data;
      if (kept && sameResponse(draftToResponse(kept), entry.response)) draft.clear();
    } finally {
      sending.delete(key);
    }
  }
}
