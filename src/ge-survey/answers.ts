// The survey's answers: the draft and its autosave under a key, answers a connection gives to start
// from, a response set by script (checked first), and the respondent's scores once submitted.
import type { Assessment, Locale, SurveyResponse } from '../core/types.js';
import { defaultAssessment } from '../core/default-assessment.js';
import { validateResponse } from '../core/validate.js';
import { scoreResponse, type ResponseScores } from '../core/score.js';
import { draftToResponse, draftWithResponse, migrateDraft, type SurveyDraft } from '../core/draft.js';
import type { GeErrorItem } from '../events.js';
import { SurveyStorage } from './survey-storage.js';
import { emptyDraft } from './model.js';
import { GROUP_NAME, answerOf } from './question.js';
import type { SurveyStart } from './types.js';

export interface AnswersOptions {
  /** The answers or what is said about them changed: the host re-renders. */
  changed(): void;
  /** A person changed them: the host fires `ge-survey-change`. */
  announce(response: SurveyResponse): void;
  /** The language of the core's messages about a rejected response. */
  locale(): Locale;
}

function randomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class Answers {
  draft: SurveyDraft = emptyDraft(defaultAssessment);
  /** The respondent's own scores once the answers are submitted: the thank-you is shown. */
  scores: ResponseScores | null = null;
  /** Why the last response set by script was not used. */
  rejected: GeErrorItem[] | null = null;
  /** Stored answers could not be read (they were kept aside, or left untouched). */
  unreadable = false;
  readonly storage = new SurveyStorage();
  /** A response set by script, checked against the assessment at the next bind. */
  pending?: unknown;
  #applied?: Assessment;
  #lastStart?: SurveyStart | null;

  readonly #options: AnswersOptions;

  constructor(options: AnswersOptions) {
    this.#options = options;
  }

  get response(): SurveyResponse {
    return draftToResponse(this.draft);
  }

  /**
   * Binds the answers to `a` under `key`: restores the stored draft on a new key, else carries the
   * answers in memory over (never from one connection `scope` to another: that is another person's,
   * or another round's). `scoped`: a connection gives the key; answers submitted on an earlier visit
   * then come back in the form (the connection says whether one still waits).
   */
  bind(a: Assessment, key: string | null, scoped: boolean): void {
    if (a === this.#applied && key === this.storage.key) return;
    const carried = migrateDraft(a, scoped && key !== this.storage.key ? emptyDraft(a) : this.draft);
    let draft = carried.draft;
    if (key !== this.storage.key || !this.#applied) {
      const { migration, unreadable } = this.storage.open(key, a);
      this.unreadable = unreadable;
      if (migration) draft = migration.draft;
      if (!unreadable && (!migration || migration.versionChanged)) this.storage.save(draft); // says at once if saving fails
    } else if (carried.versionChanged) this.storage.save(draft); // answers kept aside are stored, not only held in memory
    this.#applied = a;
    this.draft = draft;
    this.scores = draft.submittedAt && !scoped ? scoreResponse(a, this.response) : null;
    this.#options.changed();
  }

  /** A response set by script: checked, then it replaces the answers (or says why not). */
  takePending(a: Assessment): void {
    if (this.pending === undefined) return;
    const result = validateResponse(a, this.pending, { locale: this.#options.locale() });
    this.pending = undefined;
    if (!result.ok) {
      this.rejected = result.errors.map(({ path, code, message }) => ({ path: `response.${path}`.replace(/\.$/, ''), code, message }));
      return;
    }
    this.rejected = null;
    this.save(draftWithResponse(this.draft, result.value));
    this.scores = null;
  }

  /**
   * Starts from what a connection gives, once per object: a submission still waiting (the thank-you,
   * kept), or the member's own (the form, not written). True when the form starts from it.
   */
  start(a: Assessment, start: SurveyStart | null | undefined): boolean {
    if (start === this.#lastStart) return false;
    this.#lastStart = start;
    const checked = start ? validateResponse(a, start.response) : null;
    if (!start || !checked?.ok) return false;
    if (start.submitted) {
      this.save({ ...draftWithResponse(this.draft, checked.value), submittedAt: checked.value.submittedAt ?? new Date().toISOString() });
      this.scores = scoreResponse(a, this.response);
    } else {
      this.draft = draftWithResponse(this.draft, checked.value);
      this.scores = null;
    }
    this.#options.changed();
    return !start.submitted;
  }

  /** A radio chosen: the group, or a question's answer. */
  answer(name: string, value: string): void {
    const d = this.draft;
    this.save(name === GROUP_NAME ? { ...d, group: value } : { ...d, answers: { ...d.answers, [name]: answerOf(value) } }, true);
  }

  /** A comment typed (an empty one is none); announced on `change`, not on every key. */
  comment(id: string, text: string): void {
    const comments = { ...this.draft.comments, [id]: text };
    if (!text) delete comments[id];
    this.save({ ...this.draft, comments });
  }

  /** What the browser kept of the form (back/forward, autofill), unless the person has answered already. */
  restore(saved: unknown): void {
    if (typeof saved !== 'string' || Object.keys(this.draft.answers).length) return;
    try {
      this.pending = JSON.parse(saved) as unknown;
      this.#options.changed();
    } catch {
      /* what the browser kept is not ours to trust: ignore it */
    }
  }

  /** Keeps `draft` and saves it at once; `announce`: a person did it (`ge-survey-change`). */
  save(draft: SurveyDraft, announce = false): void {
    this.draft = draft.respondentId ? draft : { ...draft, respondentId: randomKey() };
    this.storage.save(this.draft);
    this.#options.changed();
    if (announce) this.#options.announce(this.response);
  }

  /** Submitted: saved with the time, and scored for the thank-you. */
  submit(a: Assessment): void {
    this.save({ ...this.draft, submittedAt: new Date().toISOString() });
    this.scores = scoreResponse(a, this.response);
  }

  /** Back to the form; `keep`: saved as not submitted (else only in memory: a connection keeps the answers sent). */
  reopen(keep: boolean): void {
    this.scores = null;
    if (keep) this.save({ ...this.draft, submittedAt: undefined });
    else this.draft = { ...this.draft, submittedAt: undefined };
    this.#options.changed();
  }

  /** Empties the answers (a form reset); answers kept aside from other versions stay. */
  clear(a: Assessment): void {
    const d = emptyDraft(a, this.draft.orphans);
    this.storage.clear(d);
    this.draft = d;
    this.scores = null;
    this.#options.changed();
  }

  /** What to tell the respondent about the answers: restored, migrated, unreadable, not being saved, rejected. */
  notices(say: (key: NonNullable<SurveyStorage['notice']>['key'] | 'notSaved' | 'responseRejected', params?: Record<string, string | number>) => string): string[] {
    const out: string[] = [];
    const notice = this.storage.notice;
    if (notice) out.push(say(notice.key, notice.params));
    if (!this.storage.saving) out.push(say('notSaved'));
    if (this.rejected) out.push(`${say('responseRejected')} ${this.rejected.map((e) => e.message).join(' ')}`);
    return out;
  }
}
