// <ge-survey endpoint>: the survey's round connection (docs/PROTOCOL.md, the member's side). It
// drives the element from outside, through its public properties (`storageKey`, `nonce`, `lang`,
// `response`, `connected`), its events (`ge-survey-submit`, `ge-survey-change`, `ge-status-action`,
// `ge-code-submit`) and `forgetDraft()`; the survey itself holds no fetch, no outbox and no timer.
// It chooses where the member starts from (a submission still waiting, this device's draft, or the
// member's response on the server), says where the round and the submission stand, and fires
// `ge-survey-sent` on the survey when the server confirms a response.
import type { Assessment, SurveyResponse } from '../core/types.js';
import type { RoundInfo } from '../core/protocol-results.js';
import { sameResponse, startingPoint, type OwnResponse, type RoundPayload, type SubmitAnswer } from '../core/protocol-round.js';
import { baseLocale } from '../core/text.js';
import type { GeStatusActionDetail } from '../events.js';
import type { GeSurvey } from '../ge-survey/ge-survey.component.js';
import type {
  SurveyCodePrompt, SurveyCodeSubmitDetail, SurveyRefusal, SurveyStart, SurveyStatus, SurveySubmitDetail,
} from '../ge-survey/types.js';
import type { Connection } from '../internal/connection.js';
import { savedAtOf } from '../internal/draft-store.js';
import { emit } from '../internal/events.js';
import { inheritedLang } from '../internal/locale-controller.js';
import { nonceOf, type RemoteFailure } from './remote.js';
import { roundConnections } from './connections.js';
import { SurveyLink } from './survey-link.js';

/** The invitation code of each survey's last start, in memory only: a survey moved in the page does not ask for it again. */
const codes = new WeakMap<HTMLElement, { endpoint: string; storageKey: string | null; code: string }>();

/** What the person does on the survey that the connection acts on. */
const EVENTS = ['ge-survey-submit', 'ge-survey-change', 'ge-status-action', 'ge-code-submit'] as const;

/** While a code is being checked, the prompt stays, busy. */
const CHECKING: SurveyCodePrompt = { checking: true };

/** What identifies one version of the member's response on the server. */
const mineKey = (mine: OwnResponse): string => mine.submittedAt ?? JSON.stringify(mine.response);

/** The person gave something: an answer, a comment or a group. */
const hasContent = (r: SurveyResponse): boolean =>
  Object.keys(r.answers).length > 0 || Object.keys(r.comments ?? {}).length > 0 || !!r.respondent?.group;

class SurveyConnection implements Connection {
  readonly #link: SurveyLink;
  /** The round's assessment, kept as long as the server sends the same one; null until it arrives. */
  #assessment: Assessment | null = null;
  #round: RoundInfo | null = null;
  /** The member's response as the server has it. */
  #own: OwnResponse | null = null;
  /** The round to start from once the survey holds its assessment (and this device's draft). */
  #pending: RoundPayload | null = null;
  /** The version of the member's server response already taken into account. */
  #seenMine?: string;
  /** The first round received was applied (the starting point is chosen once per start). */
  #started = false;
  /** The survey started from the member's response on the server (or this device's draft holds it). */
  #fromServer = false;
  /** The thank-you is shown: the person submitted in this visit, or a submission waits. */
  #submitted = false;
  #start: SurveyStart | null = null;
  /** When the person last changed an answer (on load, when the stored draft was saved). */
  #editedAt?: string;
  #editedRead = false;
  /** The invitation-code form is shown (until the round loads from the server), and why the last code was refused. */
  #asking = false;
  #prompt: SurveyCodePrompt = {};
  /** The server's last refusal of the response (a 4xx, or the round closed). */
  #refusal: SurveyRefusal | null = null;
  #storageKey: string | null;
  #lastSentOnly = false;
  #stopped = false;
  readonly #controller = { hostUpdated: () => this.#keyChanged() };
  readonly #element: GeSurvey;
  readonly #endpoint: string;

  constructor(element: GeSurvey, endpoint: string) {
    this.#element = element;
    this.#endpoint = endpoint;
    this.#storageKey = element.storageKey || null;
    this.#link = new SurveyLink({
      locale: () => baseLocale(inheritedLang(element) || 'en'),
      nonce: () => nonceOf(element),
      changed: () => this.#push(),
      loaded: (payload, source) => this.#loaded(payload, source),
      sent: (response, answer) => this.#sent(response, answer),
      refused: (_response, outcome, failure) => this.#refused(outcome, failure),
      needsCode: (failure) => this.#needsCode(failure),
    });
    for (const name of EVENTS) element.addEventListener(name, this);
    element.addController(this.#controller);
    this.#link.listen();
    this.#begin();
  }

  disconnect(): void {
    this.#stopped = true;
    this.#link.stop(); // what waits stays in the outbox; a survey connected again starts from it
    const element = this.#element;
    for (const name of EVENTS) element.removeEventListener(name, this);
    element.removeController(this.#controller);
    element.connected = null;
  }

  /** Starts over with the round (`code`: an invitation code to send; by default the one of the last start with the same storage key). */
  #begin(code?: string): void {
    const storageKey = (this.#storageKey = this.#element.storageKey || null);
    const kept = codes.get(this.#element);
    const use = code ?? (kept && kept.endpoint === this.#endpoint && kept.storageKey === storageKey ? kept.code : null);
    if (use) codes.set(this.#element, { endpoint: this.#endpoint, storageKey, code: use });
    else codes.delete(this.#element);
    this.#assessment = this.#round = this.#own = this.#pending = this.#start = this.#refusal = null;
    this.#seenMine = this.#editedAt = undefined;
    this.#started = this.#fromServer = this.#submitted = this.#editedRead = false;
    this.#link.start(this.#endpoint, storageKey, use);
    this.#push();
  }

  /** The survey's `storage-key` changed: another member's answers, outbox and offline copy. */
  #keyChanged(): void {
    const key = this.#element.storageKey || null;
    if (key === this.#storageKey || this.#stopped) return;
    this.#storageKey = key;
    queueMicrotask(() => { if (!this.#stopped) this.#begin(); });
  }

  #loaded(payload: RoundPayload, source: 'server' | 'cache'): void {
    if (source === 'server') this.#asking = false;
    if (!this.#editedRead) {
      // Read before the survey binds (and may save) its draft under this scope.
      this.#editedAt = this.#link.draftKey ? savedAtOf(this.#link.draftKey) : undefined;
      this.#editedRead = true;
    }
    const prev = this.#assessment;
    this.#assessment = prev && JSON.stringify(prev) === JSON.stringify(payload.assessment) ? prev : payload.assessment;
    this.#round = payload.round;
    this.#own = payload.mine;
    this.#pending = payload;
    this.#push();
    // Where to start from depends on this device's draft, which the survey restores once it holds the assessment.
    void this.#element.updateComplete.then(() => {
      if (!this.#stopped && this.#pending === payload) this.#applyRound(payload);
    });
  }

  /** Where the survey starts from: what waits in the outbox, this device's newer draft, else the member's response on the server. */
  #applyRound(payload: RoundPayload): void {
    this.#pending = null;
    const queued = this.#link.queued;
    const mine = payload.mine && mineKey(payload.mine) !== this.#seenMine ? payload.mine : null;
    if (payload.mine) this.#seenMine = mineKey(payload.mine);
    const draft = this.#element.response;
    const point = startingPoint({ queued, mine, draft: { hasContent: hasContent(draft), savedAt: this.#editedAt } });
    if (point === 'queued' && queued && !this.#started) {
      this.#start = { response: { ...queued.response, submittedAt: queued.response.submittedAt ?? queued.queuedAt }, submitted: true };
      this.#submitted = true;
      this.#fromServer = false;
    } else if (point === 'mine' && mine && (!this.#submitted || !this.#started)) {
      // Shown, not written to the device: the server keeps the member's answers; an older draft goes.
      this.#start = { response: mine.response };
      this.#element.forgetDraft();
      this.#submitted = false;
      this.#fromServer = true;
    } else if (point === 'draft' && mine && sameResponse(draft, mine.response)) {
      // This device's draft is what the server already holds (saved as it was sent): say it was sent.
      this.#fromServer = true;
    }
    this.#started = true;
    this.#push();
  }

  #sent(response: SurveyResponse, answer: SubmitAnswer): void {
    // The server has it: the device keeps none of it (a shared laptop), unless it was changed since.
    if (sameResponse(this.#element.response, response)) this.#element.forgetDraft();
    this.#own = { response, ...(answer.submittedAt ? { submittedAt: answer.submittedAt } : {}) };
    this.#seenMine = mineKey(this.#own);
    this.#fromServer = false;
    this.#refusal = null;
    this.#push();
    emit(this.#element, 'ge-survey-sent', { response, status: answer.status });
  }

  #refused(outcome: 'rejected' | 'closed', failure: RemoteFailure): void {
    this.#refusal = { path: `${this.#endpoint}/response`, code: failure.code, message: failure.message, errors: failure.errors };
    if (outcome === 'rejected') this.#submitted = false; // back to the form, to correct the answers
    this.#push();
  }

  /** The round needs an invitation code: the form asks for it, saying why the last one was not taken. */
  #needsCode(failure: RemoteFailure): void {
    const asked = this.#asking;
    this.#asking = true;
    codes.delete(this.#element); // a refused code is forgotten: it is not this person's, or it is being guessed
    // A copy kept under that code's scope is not shown to someone whose code the server no longer takes.
    this.#assessment = this.#round = this.#own = this.#pending = null;
    const wait = typeof failure.data.retryAfter === 'number' ? failure.data.retryAfter : failure.retryAfter;
    this.#prompt = failure.code === 'ge-code-required' && !asked ? {} // the first request: no code was given yet
      : failure.code === 'ge-too-many-attempts' ? { error: 'too-many-attempts', ...(wait === undefined ? {} : { retryAfter: wait }) }
        : { error: 'invalid' };
    this.#push();
  }

  /** The round no longer takes responses. */
  get #closed(): boolean {
    return !!this.#assessment && (this.#round?.status === 'closed' || this.#link.send === 'closed');
  }

  /**
   * The server cannot be reached, and all this device knows is that the member's answers were sent
   * (the marker): say so, rather than show an empty survey as if nothing had been sent.
   */
  get #sentOnly(): boolean {
    const link = this.#link;
    return (link.load === 'cached' || link.load === 'failed') && !!link.sent && !link.queued
      && !this.#submitted && !hasContent(this.#element.response) && !this.#closed;
  }

  /** Gives the survey what the round and the last submission stand at. */
  #push(): void {
    if (this.#stopped) return;
    const link = this.#link;
    const closed = this.#closed;
    const sentOnly = (this.#lastSentOnly = this.#sentOnly);
    this.#element.connected = {
      assessment: this.#assessment,
      ...(this.#round ? { groups: this.#round.groups } : {}),
      storageScope: link.draftKey,
      start: this.#start,
      response: this.#own?.response ?? null,
      readOnly: closed || sentOnly,
      status: this.#lines(closed, sentOnly),
      codePrompt: link.load === 'code' ? this.#prompt : this.#asking && link.load === 'loading' && !this.#assessment ? CHECKING : null,
      refusal: this.#refusal,
    };
    if ((link.load === 'cached' || link.load === 'failed') && link.sent) {
      // Whether the survey holds answers of this device is known once it has restored its draft.
      void this.#element.updateComplete.then(() => {
        if (!this.#stopped && this.#sentOnly !== this.#lastSentOnly) this.#push();
      });
    }
  }

  #lines(closed: boolean, sentOnly: boolean): SurveyStatus[] {
    const link = this.#link;
    const out: SurveyStatus[] = [];
    const failure = link.loadFailure;
    if (link.load === 'loading' && !this.#assessment) out.push({ state: 'loading' });
    else if (link.load === 'failed' && failure) {
      out.push({ state: 'load-failed', params: { code: failure.code }, message: failure.message, ...(sentOnly ? {} : { actions: ['retry'] }) });
    } else if (link.load === 'cached' && !closed && !sentOnly) out.push({ state: 'offline' });
    if (sentOnly) return [...out, { state: 'sent-earlier', params: { sentAt: link.sent!.sentAt }, actions: ['retry'] }];
    if (closed) return [...out, { state: this.#own ? 'closed' : 'closed-no-answers' }, ...(link.send === 'closed' ? [{ state: 'closed-not-sent' }] : [])];
    const refusal = this.#refusal;
    switch (link.send) {
      case 'sending': out.push({ state: 'sending' }); break;
      case 'received': out.push({ state: 'sent' }); break;
      case 'queued': out.push({ state: link.outboxKept ? 'queued' : 'queued-not-kept' }); break;
      case 'expired': out.push({ state: link.outboxKept ? 'expired' : 'expired-not-kept' }); break;
      case 'rejected': if (refusal) out.push({ state: 'refused', params: { code: refusal.code }, message: refusal.message }); break;
      default: if (this.#fromServer) out.push({ state: 'from-server' });
    }
    return out;
  }

  /** What the person did: submitted (send it), changed an answer, chose a status action, entered an invitation code. */
  handleEvent(e: Event): void {
    const { detail } = e as CustomEvent<SurveySubmitDetail & GeStatusActionDetail & SurveyCodeSubmitDetail>;
    if (e.type === 'ge-survey-submit') {
      this.#refusal = null;
      this.#fromServer = false;
      this.#submitted = true;
      void this.#link.submit(detail.response);
    } else if (e.type === 'ge-survey-change') this.#editedAt = new Date().toISOString();
    else if (e.type === 'ge-status-action') {
      if (detail.action === 'retry') detail.waitUntil(Promise.all([this.#link.refresh(), this.#link.flush()]));
    } else if (this.#link.load !== 'loading') this.#begin(detail.code); // ge-code-submit: one code at a time
  }
}

roundConnections['ge-survey'] = (element, { endpoint }) => new SurveyConnection(element as GeSurvey, endpoint);
