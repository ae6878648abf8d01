// <ge-survey>: answer the assessment on any device, in French or English, without losing an answer.
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import type { Assessment, Dimension, Locale, SurveyResponse } from '../core/types.js';
import { defaultAssessment } from '../core/default-assessment.js';
import { missingRequired, validateResponse } from '../core/validate.js';
import { scoreResponse, type ResponseScores } from '../core/score.js';
import { localize } from '../core/text.js';
import { draftToResponse, draftWithResponse, migrateDraft, type SurveyDraft } from '../core/draft.js';
import { sameResponse, startingPoint, type OwnResponse, type RoundPayload, type SubmitAnswer } from '../core/protocol-round.js';
import type { RoundInfo } from '../core/protocol-results.js';
import type { GeErrorDetail } from '../events.js';
import { LocaleController } from '../internal/locale-controller.js';
import { formatDate, translate } from '../internal/i18n.js';
import { emit } from '../internal/events.js';
import { messages, type MessageKey } from './messages.js';
import { DefinitionController, problemMessage } from './definition-controller.js';
import { SurveyStorage } from './survey-storage.js';
import { FormController } from './form-controller.js';
import { GROUP_NAME, answerOf, groupOptionsOf, questionView, renderGroupChoice, renderQuestion, type Option, type QuestionView } from './question.js';
import { renderErrorSummary, renderNav, renderNotices, renderProblems, renderProgress, renderReviewPage, renderThankYou, renderTransfer, type Translate } from './parts.js';
import { downloadResponse, readResponseFile } from './transfer.js';
import { styles } from './ge-survey.styles.js';
import { RoundLink, type RoundLinkHost } from './round-link.js';
import type { RemoteFailure } from '../internal/remote.js';
import { normaliseCode } from '../core/invitation-code.js';
import { renderCodeForm } from './code-form.js';

export interface SurveyChangeDetail { response: SurveyResponse }
export interface SurveySubmitDetail { response: SurveyResponse; scores: ResponseScores }
/** With `endpoint`: the server confirmed the response; `created` for a first one, `updated` when it replaced the member's earlier one. */
export interface SurveySentDetail { response: SurveyResponse; status: 'created' | 'updated' }
/** The `ge-error` detail (shared by every element, declared in src/events.ts). */
export type SurveyErrorDetail = GeErrorDetail;

const emptyDraft = (a: Assessment, orphans?: SurveyDraft['orphans']): SurveyDraft =>
  ({ assessmentId: a.id, assessmentVersion: a.version, answers: {}, comments: {}, ...(orphans ? { orphans } : {}) });

const hasContent = (d: SurveyDraft): boolean => Object.keys(d.answers).length > 0 || Object.keys(d.comments).length > 0 || !!d.group;
/** What identifies one version of the member's response on the server. */
const mineKey = (mine: OwnResponse): string => mine.submittedAt ?? JSON.stringify(mine.response);

function randomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The participatory self-assessment survey: one section per dimension, each question a native
 * radio group with "don't know" and "not applicable" set apart, an optional comment per question,
 * progress, a jump list, required answers, a thank-you with the respondent's own values. Autosaves
 * to `localStorage` under `storage-key`; takes part in a `<form>` under `name`.
 *
 * With `endpoint`, the survey answers an assessment round on a server (docs/PROTOCOL.md): it loads
 * the round's assessment, groups and the member's own response, sends the response with
 * `PUT endpoint/response`, and keeps a submission that could not be sent on the device until the
 * server confirms it (sent again when the connection returns, when the page is shown again, on
 * the next visit, and at growing intervals meanwhile). A closed round shows the member's answers read-only.
 * Once the server confirms a submission, the answers kept on the device (the draft, the member's
 * response in the offline copy) are deleted and only a "sent" marker stays: the answers stay on
 * screen for this visit, and a later visit starts from the server's copy (offline, it says when
 * they were sent). A round answered with an invitation code asks for it, and sends it with every request.
 *
 * @summary The survey of a participatory gender-equality self-assessment.
 *
 * @tagname ge-survey
 *
 * @attr src - URL of a JSON assessment definition (else an inline `<script type="application/json">` child, else the built-in one).
 * @attr storage-key - Autosave every change to `localStorage` under this key and restore it on load.
 * @attr groups - Comma-separated respondent groups offered (`staff,management,board,partner`); never a name.
 * @attr readonly - Review mode: every answer as text in a description list; no inputs; prints cleanly.
 * @attr layout - `paged` (default: one section at a time, with previous/next) or `single-page` (all sections at once).
 * @attr name - Form-associated: the response is submitted as JSON under this name; the form is invalid while required answers are missing.
 * @attr disabled - Disables the survey's inputs (also set by a disabled `<fieldset>` around it).
 * @attr lang - `en` or `fr` (else the nearest `lang` up the document, then English); can change at run time.
 * @attr endpoint - Base URL of an assessment round on a server (docs/PROTOCOL.md). The survey loads the round (`GET endpoint`: its assessment, its groups unless `groups` is set, and the member's own response, which the member then updates), keeps a copy for offline use, and sends the response to `endpoint/response`. A submission that cannot be sent (no network, a 5xx, an expired nonce) stays on the device and is sent again automatically. Answers, the waiting submission and the offline copy are kept under `storage-key` (give one per member on shared devices, as the WordPress plugin does), or under keys derived from the endpoint when it is not given. Takes precedence over `src` and `assessment`.
 * @attr nonce - With `endpoint`: sent in the `X-WP-Nonce` header of every request (the server's anti-forgery token). Read through the element's standard `nonce` property, so it survives a CSP that hides nonce attributes.
 *
 * @fires ge-survey-change - `{ response }` on every answer, comment or group the respondent gives.
 * @fires ge-survey-submit - `{ response, scores }` when the respondent submits a complete survey (`scores` from the core's `scoreResponse`).
 * @fires ge-survey-sent - `{ response, status }` with `endpoint`, when the server confirms the response (`status`: `created` for a first response, `updated` when it replaced the member's earlier one).
 * @fires ge-error - `{ errors }` when the definition fails validation or does not load (with `endpoint`: the round), stored answers cannot be read, a `response` set by script is rejected, or the server refuses a submission (its `code`, its message and `data.errors`).
 *
 * @csspart title - The survey's title.
 * @csspart progress - Progress text and bar.
 * @csspart nav - The jump list of sections.
 * @csspart section - One dimension's section.
 * @csspart question - One question's fieldset.
 * @csspart legend - A question's text.
 * @csspart option - One answer option (label and radio).
 * @csspart submit - The submit button.
 * @csspart next - The next-section button.
 * @csspart error-summary - What is missing, or the definition's errors.
 * @csspart thank-you - The thank-you with the respondent's own values.
 * @csspart round-status - With `endpoint`: where the round and the submission stand (loading, sending, received, kept on the device, closed), a polite live region.
 * @csspart retry - With `endpoint`: the button that loads the round again after a failure.
 * @csspart code-input - With `endpoint`, for a round answered with invitation codes: the code's text input (the code is kept in memory, and with a submission waiting to be sent; the draft, outbox and offline copy are kept under a key derived from it).
 * @csspart code-submit - With `endpoint`: the button that sends the invitation code (`X-GE-Code`) and loads the round with it.
 *
 * @cssprop --ge-font-family - Font (default `system-ui, sans-serif`).
 * @cssprop --ge-font-size - Base text size, set on the survey's own wrapper so the page's `rem` and font size do not leak in (default 16px).
 * @cssprop --ge-text-color - Text (default #1d1d1f).
 * @cssprop --ge-muted-color - Help, descriptions and counts (default #4a4f57).
 * @cssprop --ge-background - Background of the element (default transparent).
 * @cssprop --ge-surface - Background of questions, notices and buttons (default transparent; #fff for buttons).
 * @cssprop --ge-border-color - Borders (default #8a8f98).
 * @cssprop --ge-accent-color - Primary button, checked options, progress, current section (default #1f5fa8).
 * @cssprop --ge-accent-contrast - Text on the accent colour (default #fff).
 * @cssprop --ge-error-color - Errors and the required mark (default #b3261e).
 * @cssprop --ge-focus-color - Focus ring (default #c45c00).
 * @cssprop --ge-spacing - Base spacing (default: the base text size, `--ge-font-size`, 16px).
 * @cssprop --ge-radius - Corner radius (default 6px).
 * @cssprop --ge-target-size - Smallest touch target (default 44px).
 */
export class GeSurvey extends LitElement implements RoundLinkHost {
  static override styles = styles;
  /** @internal */
  static formAssociated = true;
  /**
   * With `endpoint`: the waiting times, in ms, before a submission (or the round) that could not
   * be sent (or loaded) is tried again: `first`, doubled each time up to `most`. Shared by every survey.
   */
  static resendDelays = { first: 5000, most: 300_000 };

  private readonly i18n = new LocaleController(this);
  private readonly definition = new DefinitionController(this);
  private readonly storage = new SurveyStorage();
  private readonly formControl = new FormController(this);
  private readonly link = new RoundLink(this);

  @state() private draft: SurveyDraft = emptyDraft(defaultAssessment);
  @state() private showErrors = false;
  @state() private scores: ResponseScores | null = null;
  @state() private formDisabled = false;
  @state() private openComments: ReadonlySet<string> = new Set();
  @state() private importErrors: string[] | null = null;
  @state() private imported = false;
  @state() private rejected: SurveyErrorDetail['errors'] | null = null;
  @state() private hostAssessment?: unknown;
  @state() private pendingResponse?: unknown;
  /** With `endpoint`: the round's assessment, kept as long as the server sends the same one. */
  @state() private roundAssessment?: Assessment;
  @state() private roundInfo: RoundInfo | null = null;
  /** The member's response as the server has it. */
  @state() private ownOnServer: OwnResponse | null = null;
  /** The survey started from the member's response on the server. */
  @state() private fromServer = false;
  /** The server's last refusal of the response (a 4xx other than a closed round), shown above the form. */
  @state() private roundRejection: RemoteFailure | null = null;
  /** The invitation-code form is shown (until the round loads), why the last code was not taken, and how many were not. */
  @state() private askingCode = false;
  @state() private codeProblem: string | null = null;
  @state() private codeAttempt = 0;

  /** URL of a JSON assessment definition (else an inline `<script type="application/json">` child, else the built-in one). */
  @property() src: string | null = null;
  /** Autosave every change to `localStorage` under this key and restore it on load. */
  @property({ attribute: 'storage-key' }) storageKey: string | null = null;
  /** Comma-separated respondent groups offered (`staff,management,board,partner`); never a name. */
  @property() groups: string | null = null;
  /** Review mode: every answer as text in a description list; no inputs; prints cleanly. */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** `paged` (default: one section at a time, with previous/next) or `single-page` (all sections at once). */
  @property() layout: 'paged' | 'single-page' = 'paged';
  /** Form-associated: the response is submitted as JSON under this name; the form is invalid while required answers are missing. */
  @property({ reflect: true }) name: string | null = null;
  /**
   * Base URL of an assessment round on a server (docs/PROTOCOL.md): the survey loads the round from
   * it and sends the response to `endpoint/response`. The `nonce` attribute is sent with each request.
   */
  @property() endpoint: string | null = null;

  private applied?: Assessment;
  private missing: string[] = [];
  private counts: number[] = [];
  private firstNumber: number[] = [];
  private view!: QuestionView;
  private groupOptions: Option[] = [];
  private unreadable = false;
  private focusTarget: string | null = null;
  private lastErrors = '[]';
  private viewDraft!: SurveyDraft;
  /** The round to apply once the survey is bound to its assessment. */
  private pendingRound: RoundPayload | null = null;
  /** The version of the member's server response already taken into account. */
  private seenMine?: string;
  /** The first round received was applied (the starting point is chosen once per start). */
  private started = false;
  /** When the person last changed an answer (or, on load, when the stored draft was saved). */
  private editedAt?: string;
  private lastEndpoint: string | null = null;

  /** The definition in use: the one set, loaded from `src` or inline, else the built-in `defaultAssessment`. */
  get assessment(): Assessment {
    const d = this.definition.current;
    return d.state === 'ready' ? d.assessment : ((this.hostAssessment as Assessment | undefined) ?? defaultAssessment);
  }
  set assessment(value: Assessment) {
    this.hostAssessment = value;
  }

  /** The current answers as a `SurveyResponse`. Setting it (checked by the core's `validateResponse`) replaces them. */
  get response(): SurveyResponse {
    return draftToResponse(this.draft);
  }
  set response(value: SurveyResponse) {
    this.pendingResponse = value;
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const endpoint = this.endpoint || null;
    const storageKey = this.storageKey || null;
    if ((endpoint !== this.link.endpoint || (endpoint && storageKey !== this.link.storageKey)) && this.isConnected) this.startRound(endpoint);
    if (endpoint) {
      if (!this.roundAssessment) return; // loading, or failed: render() says which
      this.definition.resolve(this.roundAssessment, null);
    } else this.definition.resolve(this.hostAssessment, this.src);
    const def = this.definition.current;
    if (def.state !== 'ready') return;
    const a = def.assessment;
    if (a !== this.applied || this.draftKey !== this.storage.key) this.bind(a);
    if (this.pendingRound) this.applyRound(a, this.pendingRound);
    if (this.pendingResponse !== undefined) this.applyResponse(a);
    this.derive(a);
  }

  /** The survey can be shown: its definition is ready (with `endpoint`: the round's). */
  private get ready(): boolean {
    return this.definition.current.state === 'ready' && (!this.endpoint || !!this.roundAssessment);
  }

  /** Where the answers in progress are kept: `storage-key`, else (with `endpoint`) a key of the round; with a code, under its scope. */
  private get draftKey(): string | null {
    return this.endpoint ? this.link.draftKey : this.storageKey || null;
  }

  /** With `endpoint`: the round no longer takes responses. */
  private get closed(): boolean {
    return !!this.endpoint && !!this.roundAssessment && (this.roundInfo?.status === 'closed' || this.link.send === 'closed');
  }

  protected override updated(): void {
    if (this.focusTarget) {
      this.renderRoot.querySelector<HTMLElement>(this.focusTarget)?.focus();
      this.focusTarget = null;
    }
    const ready = this.ready;
    const first = this.missing[0];
    this.formControl.sync({
      value: ready ? JSON.stringify(this.response) : null,
      missing: ready ? this.missing.length : 0,
      message: this.t('validityMissing', { count: this.missing.length }),
      anchor: (first && this.renderRoot.querySelector<HTMLElement>(`#q-${CSS.escape(first)} input`)) || this.renderRoot.querySelector<HTMLElement>('.primary') || undefined,
      barred: this.readonly || this.formDisabled || this.closed,
    });
    const errors = this.errors();
    const json = JSON.stringify(errors);
    if (json !== this.lastErrors) {
      this.lastErrors = json;
      if (errors.length) emit<SurveyErrorDetail>(this, 'ge-error', { errors });
    }
  }

  /** @internal Called by the browser when the surrounding form is reset: empties the answers. */
  formResetCallback(): void {
    const d = emptyDraft(this.assessment, this.draft.orphans);
    this.storage.clear(d);
    this.draft = d;
    this.showErrors = false;
    this.scores = null;
    this.openComments = new Set();
  }

  /** @internal Called by the browser when a disabled `<fieldset>` or `disabled` (un)disables the survey. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** @internal Called by the browser to restore the answers on back/forward navigation or autofill. */
  formStateRestoreCallback(saved: unknown): void {
    if (typeof saved !== 'string' || Object.keys(this.draft.answers).length) return;
    try {
      this.response = JSON.parse(saved) as SurveyResponse;
    } catch {
      /* what the browser kept is not ours to trust: ignore it */
    }
  }

  // As for native controls: the form, and `valueMissing` while required answers are missing.
  /** The `<form>` the survey belongs to, if any. */
  get form(): HTMLFormElement | null { return this.formControl.internals?.form ?? null; }
  /** The survey's validity: `valueMissing` while required answers are missing. */
  get validity(): ValidityState | undefined { return this.formControl.internals?.validity; }
  /** What is missing, in the survey's language, or `''` when the survey is valid. */
  get validationMessage(): string { return this.formControl.internals?.validationMessage ?? ''; }
  /** True when no required answer is missing (fires `invalid` otherwise), as for native controls. */
  checkValidity(): boolean { return this.formControl.internals?.checkValidity() ?? true; }
  /** As `checkValidity()`, and shows the browser's message on the first missing answer. */
  reportValidity(): boolean { return this.formControl.internals?.reportValidity() ?? true; }

  private readonly t: Translate = (key: MessageKey, params?: Record<string, string | number>) => translate(messages, this.i18n.locale, key, params);

  /** Binds the answers to `a`: restores the stored draft on a new key, else carries the answers in memory over. */
  private bind(a: Assessment): void {
    const carried = migrateDraft(a, this.draft);
    let draft = carried.draft;
    const key = this.draftKey;
    if (key !== this.storage.key || !this.applied) {
      const { migration, unreadable } = this.storage.open(key, a);
      this.editedAt = this.storage.savedAt;
      this.unreadable = unreadable;
      if (migration) draft = migration.draft;
      if (!unreadable && (!migration || migration.versionChanged)) this.storage.save(draft); // says at once if saving fails
    } else if (carried.versionChanged) this.storage.save(draft); // answers kept aside are stored, not only held in memory
    this.applied = a;
    this.draft = draft;
    this.scores = draft.submittedAt ? scoreResponse(a, this.response) : null;
  }

  private applyResponse(a: Assessment): void {
    const result = validateResponse(a, this.pendingResponse, { locale: this.i18n.locale });
    this.pendingResponse = undefined;
    if (!result.ok) {
      this.rejected = result.errors.map(({ path, code, message }) => ({ path: `response.${path}`.replace(/\.$/, ''), code, message }));
      return;
    }
    this.rejected = null;
    this.editedAt = new Date().toISOString();
    this.save(draftWithResponse(this.draft, result.value));
    this.scores = null;
  }

  /** Starts over with the round at `endpoint` (or leaves server mode with null); `code`: an invitation code to send. */
  private startRound(endpoint: string | null, code?: string): void {
    if (endpoint && this.lastEndpoint && endpoint !== this.lastEndpoint) {
      // Another round: its answers are its own (kept under its own key), not carried over from the last one.
      this.draft = emptyDraft(this.roundAssessment ?? defaultAssessment);
      this.applied = undefined;
      this.scores = null;
    }
    if (endpoint) this.lastEndpoint = endpoint;
    Object.assign(this, { roundAssessment: undefined, roundInfo: null, ownOnServer: null, fromServer: false,
      pendingRound: null, seenMine: undefined, started: false });
    this.link.start(endpoint, this.storageKey || null, code);
  }

  /** Where the survey starts from: what waits in the outbox, this device's newer draft, else the member's response on the server. */
  private applyRound(a: Assessment, payload: RoundPayload): void {
    this.pendingRound = null;
    const queued = this.link.queued;
    const mine = payload.mine && mineKey(payload.mine) !== this.seenMine ? payload.mine : null;
    if (payload.mine) this.seenMine = mineKey(payload.mine);
    const point = startingPoint({ queued, mine, draft: { hasContent: hasContent(this.draft), savedAt: this.editedAt } });
    if (point === 'queued' && !this.started) {
      const checked = validateResponse(a, queued!.response);
      if (checked.ok) {
        this.save({ ...draftWithResponse(this.draft, checked.value), submittedAt: checked.value.submittedAt ?? queued!.queuedAt });
        this.scores = scoreResponse(a, this.response);
        this.fromServer = false;
      }
    } else if (point === 'mine' && mine && (!this.scores || !this.started)) {
      // Shown, not written to the device: the server keeps the member's answers; an older draft goes.
      this.draft = draftWithResponse(this.draft, mine.response);
      this.storage.forget();
      this.scores = null;
      this.showErrors = false;
      this.fromServer = true;
    } else if (point === 'draft' && mine && sameResponse(this.response, mine.response)) {
      // This device's draft is what the server already holds (saved as it was sent): say it was sent.
      // (Also when the copy on this device, from before the member answered, came first.)
      if (!this.started) this.scores = null;
      this.fromServer = true;
    } else if (!this.started && this.scores && this.link.send === 'idle') {
      this.scores = null; // submitted on an earlier visit: the member may update it, starting from the form
    }
    this.started = true;
  }

  /** @internal With `endpoint`: the language of requests and of the core's messages. */
  get roundLocale(): Locale {
    return this.i18n.locale;
  }

  /** @internal */
  get resendDelays(): { first: number; most: number } {
    return GeSurvey.resendDelays;
  }

  /** @internal Called when the round arrives, from the server or from the copy on this device. */
  roundLoaded(payload: RoundPayload, source: 'server' | 'cache'): void {
    if (this.askingCode && source === 'server') {
      // The code was taken: the survey replaces the form, and focus goes to its first section.
      Object.assign(this, { askingCode: false, codeProblem: null });
      this.focusTarget = `#sec-${CSS.escape(payload.assessment.dimensions[0]?.id ?? '')}`;
    }
    const prev = this.roundAssessment;
    this.roundAssessment = prev && JSON.stringify(prev) === JSON.stringify(payload.assessment) ? prev : payload.assessment;
    this.roundInfo = payload.round;
    this.ownOnServer = payload.mine;
    this.pendingRound = payload;
    this.requestUpdate();
  }

  /** @internal Called when the server confirms a response. */
  roundSent(response: SurveyResponse, answer: SubmitAnswer): void {
    // The server has it: the device keeps none of it (a shared laptop), unless it was changed since.
    if (sameResponse(this.response, response)) this.storage.forget();
    this.ownOnServer = { response, ...(answer.submittedAt ? { submittedAt: answer.submittedAt } : {}) };
    this.seenMine = mineKey(this.ownOnServer);
    this.fromServer = false;
    this.roundRejection = null;
    emit<SurveySentDetail>(this, 'ge-survey-sent', { response, status: answer.status });
  }

  /** @internal Called when the round needs an invitation code: the form asks for it, saying why the last one was not taken. */
  roundNeedsCode(failure: RemoteFailure): void {
    const asked = this.askingCode;
    // A copy kept under that code's scope is not shown to someone whose code the server no longer takes.
    Object.assign(this, { askingCode: true, roundAssessment: undefined, roundInfo: null, ownOnServer: null });
    if (failure.code === 'ge-code-required' && !asked) return; // the first request: no code was given yet
    const wait = typeof failure.data.retryAfter === 'number' ? failure.data.retryAfter : failure.retryAfter;
    this.refuseCode(failure.code === 'ge-too-many-attempts' ? this.t('codeWait', { wait: this.waitText(wait) }) : this.t('codeInvalid'));
  }

  private refuseCode(problem: string): void {
    this.codeProblem = problem;
    this.codeAttempt += 1;
    this.focusTarget = '#code';
  }

  /** "90 seconds" is said "2 minutes": a person waits in minutes. */
  private waitText(seconds: number | undefined): string {
    if (seconds === undefined || !Number.isFinite(seconds)) return this.t('waitSome');
    if (seconds <= 60) return seconds <= 1 ? this.t('waitSecondsOne') : this.t('waitSeconds', { n: Math.ceil(seconds) });
    const minutes = Math.ceil(seconds / 60);
    return minutes === 1 ? this.t('waitMinutesOne') : this.t('waitMinutes', { n: minutes });
  }

  private readonly onCodeSubmit = (e: Event): void => {
    e.preventDefault();
    if (this.link.load === 'loading') return; // one code at a time
    const input = this.renderRoot.querySelector<HTMLInputElement>('#code');
    const code = normaliseCode(input?.value ?? '');
    if (!code) {
      this.refuseCode(this.t(code === '' ? 'codeEmpty' : 'codeMalformed'));
      return;
    }
    this.codeProblem = null;
    this.startRound(this.endpoint || null, code);
  };

  /** @internal Called when the server refuses a response for good. */
  roundRefused(_response: SurveyResponse, outcome: 'rejected' | 'closed', failure: RemoteFailure): void {
    if (outcome === 'closed') {
      if (this.roundInfo) this.roundInfo = { ...this.roundInfo, status: 'closed' };
    } else {
      this.roundRejection = failure;
      if (this.scores) {
        // Back to the form, with the answers that were refused, to correct them.
        this.scores = null;
        this.save({ ...this.draft, submittedAt: undefined });
      }
      this.focusTarget = '#round-errors-title';
    }
    const base = this.endpoint ?? '';
    emit<SurveyErrorDetail>(this, 'ge-error', {
      errors: [{ path: `${base}/response`, code: failure.code, message: this.refusalText(failure) },
        ...failure.errors.map((e) => ({ path: `response.${e.path}`.replace(/\.$/, ''), code: e.code, message: e.message }))],
    });
  }

  /**
   * With `endpoint`: loads the round again and sends what waits on the device, now. Resolves when
   * both are done (the outcome is shown). What the Retry button does; the survey also does it by
   * itself when the connection returns.
   */
  async retry(): Promise<void> {
    await Promise.all([this.link.refresh(), this.link.flush()]);
  }

  private derive(a: Assessment): void {
    const { locale, tag } = this.i18n;
    const answers = this.draft.answers;
    this.missing = missingRequired(a, this.draft);
    let n = 1;
    a.dimensions.forEach((d, i) => {
      this.firstNumber[i] = n;
      n += d.questions.length;
      this.counts[i] = d.questions.reduce((c, q) => (answers[q.id] === undefined ? c : c + 1), 0);
    });
    // A closed round shows what the server has, never a draft that was not counted.
    this.viewDraft = this.closed ? (this.ownOnServer ? draftWithResponse(emptyDraft(a), this.ownOnServer.response) : emptyDraft(a)) : this.draft;
    this.view = questionView(this.t, a, locale, tag, this.viewDraft, this.showErrors ? this.missing : [], this.openComments);
    const roundGroups = this.endpoint && this.roundInfo ? this.roundInfo.groups.join(',') : null;
    this.groupOptions = groupOptionsOf(this.groups ?? roundGroups, tag);
  }

  private errors(): SurveyErrorDetail['errors'] {
    const def = this.definition.current;
    const out: SurveyErrorDetail['errors'] = def.state === 'invalid'
      ? def.problems.map((p) => ({ path: p.path, code: p.code, message: problemMessage(p, this.i18n.locale) })) : [];
    if (this.unreadable) out.push({ path: 'storage', code: 'draft-unreadable', message: this.t('storageUnreadable', { key: this.storage.key ?? '' }) });
    if (this.rejected) out.push(...this.rejected);
    const failure = this.link.loadFailure;
    if (this.endpoint && this.link.load === 'failed' && failure) {
      out.push({ path: this.endpoint, code: failure.code, message: this.loadFailureText(failure) });
    }
    return out;
  }

  private get sectionIndex(): number {
    return Math.max(0, this.assessment.dimensions.findIndex((d) => d.id === this.draft.sectionId));
  }

  /** Keeps `draft` and saves it at once; `announce` fires ge-survey-change (a person did something). */
  private save(draft: SurveyDraft, announce = false): void {
    this.draft = draft.respondentId ? draft : { ...draft, respondentId: randomKey() };
    this.storage.save(this.draft);
    if (announce) this.editedAt = new Date().toISOString();
    if (announce) emit<SurveyChangeDetail>(this, 'ge-survey-change', { response: this.response });
  }

  private readonly onChange = (e: Event): void => {
    const el = e.target;
    if (el instanceof HTMLInputElement && el.type === 'radio') {
      const d = this.draft;
      if (el.name === GROUP_NAME) this.save({ ...d, group: el.value }, true);
      else this.save({ ...d, answers: { ...d.answers, [el.name]: answerOf(el.value) } }, true);
    } else if (el instanceof HTMLTextAreaElement && el.dataset.comment) {
      emit<SurveyChangeDetail>(this, 'ge-survey-change', { response: this.response }); // saved already, on input
    } else if (el instanceof HTMLInputElement && el.type === 'file') {
      void this.importFile(el);
    }
  };

  private readonly onInput = (e: Event): void => {
    const el = e.target;
    const id = el instanceof HTMLTextAreaElement ? el.dataset.comment : undefined;
    if (!id) return;
    const comments = { ...this.draft.comments, [id]: (el as HTMLTextAreaElement).value };
    if (!comments[id]) delete comments[id];
    this.editedAt = new Date().toISOString();
    this.save({ ...this.draft, comments });
  };

  private readonly onClick = (e: Event): void => {
    const el = (e.target as Element).closest<HTMLElement>('[data-section],[data-goto],[data-open-comment],[data-action]');
    if (!el) return;
    const { section, goto, openComment, action } = el.dataset;
    if (section !== undefined) this.goToSection(Number(section));
    else if (goto !== undefined) {
      e.preventDefault();
      this.goToQuestion(goto);
    } else if (openComment !== undefined) {
      this.openComments = new Set(this.openComments).add(openComment);
      this.focusTarget = `#c-${CSS.escape(openComment)}`;
    } else if (action === 'prev') this.goToSection(this.sectionIndex - 1);
    else if (action === 'change') {
      this.scores = null;
      // With a server, answers it confirmed are not written back to the device until the person changes one.
      if (this.endpoint) this.draft = { ...this.draft, submittedAt: undefined };
      else this.save({ ...this.draft, submittedAt: undefined });
      this.focusTarget = `#sec-${CSS.escape(this.assessment.dimensions[this.sectionIndex].id)}`;
    } else if (action === 'export') downloadResponse(this.response);
  };

  private readonly onSubmit = (e: Event): void => {
    e.preventDefault();
    const last = this.assessment.dimensions.length - 1;
    if (this.layout !== 'single-page' && this.sectionIndex < last) this.goToSection(this.sectionIndex + 1);
    else this.submit();
  };

  private goToSection(index: number, focus = true): void {
    const d: Dimension | undefined = this.assessment.dimensions[index];
    if (!d) return;
    this.save({ ...this.draft, sectionId: d.id });
    if (focus) this.focusTarget = `#sec-${CSS.escape(d.id)}`;
  }

  private goToQuestion(id: string): void {
    this.goToSection(this.assessment.dimensions.findIndex((d) => d.questions.some((q) => q.id === id)), false);
    this.focusTarget = `#q-${CSS.escape(id)} input`;
  }

  private async importFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = await readResponseFile(file, this.assessment, this.i18n.locale, (reason) => this.t('importNotJson', { reason }));
    this.imported = result.ok;
    if (!result.ok) {
      this.importErrors = result.errors;
      return;
    }
    this.importErrors = null;
    this.save(draftWithResponse(this.draft, result.value), true);
  }

  /**
   * What the survey's own submit button does. With required answers missing: shows what is missing,
   * moves to the first one and focuses it, sends nothing, returns false. Otherwise fires
   * `ge-survey-submit` with the response and its scores, shows the thank-you, returns true.
   */
  submit(): boolean {
    if (!this.ready || this.readonly || this.closed) return false;
    const a = this.assessment;
    const missing = missingRequired(a, this.draft);
    if (missing.length) {
      this.showErrors = true;
      this.goToQuestion(missing[0]);
      return false;
    }
    this.save({ ...this.draft, submittedAt: new Date().toISOString() });
    const response = this.response;
    this.scores = scoreResponse(a, response);
    this.showErrors = false;
    this.focusTarget = '#thanks-title';
    emit<SurveySubmitDetail>(this, 'ge-survey-submit', { response, scores: this.scores });
    if (this.endpoint) {
      this.roundRejection = null;
      this.fromServer = false;
      void this.link.submit(response);
    }
    return true;
  }

  override render(): TemplateResult {
    if (!this.endpoint) return this.renderSurvey();
    // The live region stays in place whatever is shown below it, so that each change is announced.
    return html`<div class="round-status" part="round-status" role="status">${this.roundNotices().map((n) => html`<p class="notice">${n}</p>`)}</div>
      ${this.renderRound()}`;
  }

  private renderRound(): TemplateResult | typeof nothing {
    const retry = html`<div class="round-actions"><button type="button" class="primary" part="retry" @click=${this.onRetry}>${this.t('retry')}</button></div>`;
    if (!this.roundAssessment) {
      if (this.link.load === 'code' || (this.askingCode && this.link.load === 'loading')) {
        return renderCodeForm(this.t, { problem: this.codeProblem, attempt: this.codeAttempt, busy: this.link.load === 'loading' }, this.onCodeSubmit);
      }
      return this.link.load === 'failed' ? retry : nothing;
    }
    if (this.sentOnly) return retry;
    if (!this.ready) return this.renderSurvey();
    if (this.closed) {
      if (!this.ownOnServer) return nothing;
      const group = this.groupOptions.find((g) => g.value === this.viewDraft.group)?.label ?? this.viewDraft.group;
      return renderReviewPage(this.t, this.view, this.assessment, this.firstNumber, group);
    }
    return this.renderSurvey();
  }

  private readonly onRetry = (): void => {
    void this.retry();
  };

  /** What the round and the last submission stand at, in the survey's language (the live region's content). */
  private roundNotices(): string[] {
    const { t, link } = this;
    const out: string[] = [];
    const failure = link.loadFailure;
    if (link.load === 'code') return [t('codeNeeded')];
    if (link.load === 'loading' && !this.roundAssessment) out.push(this.askingCode ? t('codeNeeded') : t('roundLoading'));
    else if (link.load === 'failed' && failure) out.push(this.loadFailureText(failure));
    else if (link.load === 'cached' && !this.closed && !this.sentOnly) out.push(t('roundOffline'));
    if (this.sentOnly) {
      out.push(t('sentEarlier', { date: formatDate(new Date(link.sent!.sentAt), this.i18n.tag, { dateStyle: 'long', timeStyle: 'short' }) }));
      return out;
    }
    if (this.closed) {
      out.push(t(this.ownOnServer ? 'closedNotice' : 'closedNoAnswers'));
      if (link.send === 'closed') out.push(t('closedNotSent'));
      return out;
    }
    switch (link.send) {
      case 'sending': out.push(t('sending')); break;
      case 'received': out.push(t('received')); break;
      case 'queued': out.push(t(link.outboxKept ? 'queued' : 'queuedNotKept')); break;
      case 'expired': out.push(t(link.outboxKept ? 'expired' : 'expiredNotKept')); break;
      case 'rejected': if (this.roundRejection) out.push(`${t('rejectedTitle')}. ${this.refusalText(this.roundRejection)}`); break;
      default: if (this.fromServer) out.push(t('fromServer'));
    }
    return out;
  }

  /**
   * The server cannot be reached, and all this device knows is that the member's answers were sent
   * (the marker): say so, rather than show an empty survey as if nothing had been sent.
   */
  private get sentOnly(): boolean {
    const { link } = this;
    return !!this.endpoint && (link.load === 'cached' || link.load === 'failed') && !!link.sent && !link.queued
      && !hasContent(this.draft) && !this.scores && !this.closed;
  }

  private loadFailureText(failure: RemoteFailure): string {
    if (failure.code === 'unreadable') return `${this.t('roundUnreadable')} ${failure.message}`.trim();
    const known = this.knownCode(failure.code);
    const said = known ?? (failure.message ? this.t('serverSays', { message: failure.message }) : '');
    return `${this.t('roundLoadFailed')} ${said}`.trim();
  }

  /** Our own text for the codes we know, else the server's message, else a generic one. */
  private refusalText(failure: RemoteFailure): string {
    return this.knownCode(failure.code) ?? (failure.message || this.t('rejectedIntro'));
  }

  private knownCode(code: string): string | undefined {
    const key = `code:${code}`;
    return key in messages ? this.t(key as MessageKey) : undefined;
  }

  private renderRoundErrors(): TemplateResult | typeof nothing {
    const failure = this.roundRejection;
    if (!failure || this.link.send !== 'rejected') return nothing;
    return html`<div class="error-summary" part="error-summary" id="round-errors" aria-labelledby="round-errors-title">
      <h3 id="round-errors-title" tabindex="-1">${this.t('rejectedTitle')}</h3>
      <p>${this.refusalText(failure)}</p>
      ${failure.errors.length ? html`<ul>${failure.errors.map((e) => html`<li>${e.path ? html`<code>${e.path}</code> ` : nothing}${e.message}</li>`)}</ul>` : nothing}
      <p>${this.t('rejectedIntro')}</p>
    </div>`;
  }

  private renderSurvey(): TemplateResult {
    const def = this.definition.current;
    const { locale, tag } = this.i18n;
    if (def.state === 'loading') return html`<p class="loading" role="status">${this.t('loading')}</p>`;
    if (def.state === 'invalid') return renderProblems(this.t, locale, def.problems);
    const a = def.assessment;
    if (this.readonly) {
      const group = this.groupOptions.find((g) => g.value === this.draft.group)?.label ?? this.draft.group;
      return renderReviewPage(this.t, this.view, a, this.firstNumber, group);
    }
    return html`<div class="survey" @click=${this.onClick} @change=${this.onChange} @input=${this.onInput}>
      ${renderNotices(this.notices())}
      ${this.scores
        ? renderThankYou(this.t, a, tag, this.scores, this.endpoint && this.link.send !== 'received' ? 'thanksPendingTitle' : 'thanksTitle')
        : this.renderForm(a)}
    </div>`;
  }

  private notices(): string[] {
    const out: string[] = [];
    const notice = this.storage.notice;
    if (notice) out.push(this.t(notice.key, notice.params));
    if (!this.storage.saving) out.push(this.t('notSaved'));
    if (this.rejected) out.push(`${this.t('responseRejected')} ${this.rejected.map((e) => e.message).join(' ')}`);
    return out;
  }

  private renderForm(a: Assessment): TemplateResult {
    const { t, view } = this;
    const single = this.layout === 'single-page';
    const index = this.sectionIndex;
    const last = a.dimensions.length - 1;
    const total = this.firstNumber[last] + a.dimensions[last].questions.length - 1;
    const isSubmit = single || index === last;
    const missing = this.showErrors && this.missing.length
      ? this.missing.map((id) => ({ id, label: this.questionLabel(a, id) })) : null;
    return html`<header><h2 part="title">${localize(a.title, view.tag)}</h2>
        ${a.dimensions.some((d) => d.questions.some((q) => q.required)) ? html`<p class="note">${t('requiredNote')}</p>` : nothing}</header>
      ${renderProgress(t, this.counts.reduce((sum, c) => sum + c, 0), total)}
      ${renderNav(t, a, view.tag, this.counts, single ? null : index)}
      ${this.renderRoundErrors()}
      <form novalidate @submit=${this.onSubmit}>
        <fieldset class="contents" role="none" ?disabled=${this.formDisabled}>
          ${missing ? renderErrorSummary(t, missing) : nothing}
          ${this.groupOptions.length && (single || index === 0)
            ? renderGroupChoice(this.groupOptions, this.draft.group, t('groupLegend'), t('groupHelp')) : nothing}
          ${single ? a.dimensions.map((d, i) => this.renderSection(d, i, false)) : keyed(a.dimensions[index].id, this.renderSection(a.dimensions[index], index, true))}
          <div class="actions">
            ${!single && index > 0 ? html`<button type="button" data-action="prev">${t('previous')}</button>` : nothing}
            <button type="submit" class="primary" part=${isSubmit ? 'submit' : 'next'}>${isSubmit ? t('submit') : t('next')}</button>
          </div>
        </fieldset>
      </form>
      ${renderTransfer(t, this.importErrors, this.imported)}`;
  }

  private questionLabel(a: Assessment, id: string): string {
    for (const [i, d] of a.dimensions.entries()) {
      const j = d.questions.findIndex((q) => q.id === id);
      if (j >= 0) return `${localize(d.label, this.view.tag)}, ${this.firstNumber[i] + j}. ${localize(d.questions[j].text, this.view.tag)}`;
    }
    return id;
  }

  private renderSection(d: Dimension, i: number, paged: boolean): TemplateResult {
    const { view } = this;
    return html`<section class="section" part="section" aria-labelledby=${`sec-${d.id}`}>
      <h3 id=${`sec-${d.id}`} tabindex="-1">${paged
        ? html`<span class="step">${this.t('sectionOf', { n: i + 1, total: this.assessment.dimensions.length })}</span> ` : nothing}${localize(d.label, view.tag)}</h3>
      ${d.description ? html`<p class="description">${localize(d.description, view.tag)}</p>` : nothing}
      ${d.questions.map((q, j) => renderQuestion(view, q, this.firstNumber[i] + j))}
    </section>`;
  }
}
