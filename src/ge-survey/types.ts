// The survey's public types: the details of its events, and what a connection (the round add-on, a
// workshop store, another intranet's) gives it through `connected`: data it brings and generic states
// the survey shows in its own words.
import type { Assessment, SurveyResponse } from '../core/types.js';
import type { ResponseScores } from '../core/score.js';
import type { GeErrorDetail } from '../events.js';

export interface SurveyChangeDetail { response: SurveyResponse }
export interface SurveySubmitDetail { response: SurveyResponse; scores: ResponseScores }
/** With `endpoint`: the server confirmed the response; `created` for a first one, `updated` when it replaced the member's earlier one. */
export interface SurveySentDetail { response: SurveyResponse; status: 'created' | 'updated' }
/** The `ge-error` detail (shared by every element, declared in src/events.ts). */
export type SurveyErrorDetail = GeErrorDetail;

/**
 * The status ids the survey words itself, in English and French; a line with any other id shows
 * its `message`. `missing-addon` is the survey's own (an `endpoint` without the round add-on).
 */
export type SurveyStatusState =
  | 'loading' | 'load-failed' | 'offline' | 'sent-earlier'
  | 'sending' | 'sent' | 'queued' | 'queued-not-kept' | 'expired' | 'expired-not-kept' | 'refused' | 'from-server'
  | 'closed' | 'closed-no-answers' | 'closed-not-sent' | 'missing-addon';

/** One line of the status, said in a polite live region. */
export interface SurveyStatus {
  state: SurveyStatusState | (string & {});
  /**
   * `load-failed`: `code` (the failure's code; `unreadable` for an answer that is not a round) and
   * the server's `message`; `refused`: `code` and `message`; `sent-earlier`: `sentAt` (ISO 8601).
   */
  params?: Record<string, string | number>;
  /** The server's own words (shown for codes the survey does not know), or the text of an unknown state. */
  message?: string;
  /** Buttons under the status (`retry`, worded by the survey): each fires `ge-status-action` `{ action }`. */
  actions?: readonly string[];
}

/** Answers to start from: each new object is applied once, checked against the assessment first. */
export interface SurveyStart {
  response: SurveyResponse;
  /**
   * True for a submission the connection still has to deliver: shown as submitted (the thank-you) and
   * kept in the draft. False (default) for the member's own response that the connection keeps (a
   * server's copy): shown in the form, not written to the device until the person changes an answer.
   */
  submitted?: boolean;
}

/** The invitation-code prompt. A new object with an `error` is a new refusal: said at the field, focus back on it. */
export interface SurveyCodePrompt {
  /** Why the last code was not taken: `invalid`, or `too-many-attempts` (then `retryAfter`, in seconds, when known). */
  error?: 'invalid' | 'too-many-attempts';
  retryAfter?: number;
  /** A code is being checked: the button says so and a second code waits. */
  checking?: boolean;
}

/** A submission refused for good (each new object once): shown above the form and fired as `ge-error`. */
export interface SurveyRefusal {
  /** Where it was sent (`ge-error`'s `path`), e.g. `<endpoint>/response`. */
  path: string;
  code: string;
  /** The server's message (the survey words the codes it knows itself). */
  message: string;
  /** The problems the server listed, paths within the response. */
  errors: readonly { path: string; code: string; message: string }[];
}

/** Set by a connection such as the round add-on; pages normally leave it alone. */
export interface SurveyConnected {
  /**
   * The assessment to answer (a round's): wins over `src`, `assessment` and an inline definition.
   * `null`: not known yet (only the status is shown); undefined: the survey's own definition.
   */
  assessment?: Assessment | null;
  /** Groups offered when the `groups` attribute is not set. */
  groups?: readonly string[];
  /**
   * Where the survey keeps its answers in progress instead of `storage-key` (e.g. one key per member,
   * round and invitation code); null: nowhere; undefined: `storage-key`. Answers in memory are not
   * carried from one scope to another.
   */
  storageScope?: string | null;
  /** Answers to start from (see SurveyStart). */
  start?: SurveyStart | null;
  /** The member's response as the connection keeps it: what the read-only view shows. */
  response?: SurveyResponse | null;
  /** Read-only: `response` shown for review (or nothing but the status), no form, `submit()` does nothing. */
  readOnly?: boolean;
  /** The status: one line, or several said in order. */
  status?: SurveyStatus | readonly SurveyStatus[] | null;
  /** Ask for an invitation code: a labelled field and a button, answered by `ge-code-submit` `{ code }`. */
  codePrompt?: SurveyCodePrompt | null;
  /** The last submission was refused (see SurveyRefusal). */
  refusal?: SurveyRefusal | null;
}

/** Detail of `ge-code-submit`: the invitation code a person entered, normalised (letters and digits, upper case). */
export interface SurveyCodeSubmitDetail {
  code: string;
}
