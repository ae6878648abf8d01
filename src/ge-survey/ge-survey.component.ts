// <ge-survey>: answer the assessment on any device, in French or English, without losing an answer.
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Assessment, Dimension, SurveyResponse } from '../core/types.js';
import { defaultAssessment } from '../core/default-assessment.js';
import { missingRequired } from '../core/validate.js';
import { draftWithResponse } from '../core/draft.js';
import { LocaleController } from '../internal/locale-controller.js';
import { ConnectionController } from '../internal/connection.js';
import { requestStatusAction } from '../internal/status-action.js';
import { translate } from '../internal/i18n.js';
import { emit } from '../internal/events.js';
import { messages, type MessageKey } from './messages.js';
import { DefinitionController, problemMessage } from './definition-controller.js';
import { FormController } from './form-controller.js';
import { Answers } from './answers.js';
import { renderNotices, renderProblems, renderReviewPage, renderThankYou, type Translate } from './parts.js';
import { renderForm } from './survey-form.js';
import { downloadResponse, readResponseFile } from './transfer.js';
import { styles } from './ge-survey.styles.js';
import { CodeForm } from './code-form.js';
import { refusalErrors, renderActions, renderStatus, statusErrors, statusLines, statusText } from './status.js';
import { sectionIndex, sectionOf, surveyModel, type SurveyModel } from './model.js';
import type { SurveyConnected, SurveyErrorDetail, SurveyRefusal } from './types.js';

export type {
  SurveyChangeDetail, SurveySubmitDetail, SurveySentDetail, SurveyErrorDetail, SurveyStatusState, SurveyStatus,
  SurveyStart, SurveyCodePrompt, SurveyRefusal, SurveyConnected, SurveyCodeSubmitDetail,
} from './types.js';

/**
 * The participatory self-assessment survey: one section per dimension, each question a native
 * radio group with "don't know" and "not applicable" set apart, an optional comment per question,
 * progress, a jump list, required answers, a thank-you with the respondent's own values. Autosaves
 * to `localStorage` under `storage-key`; takes part in a `<form>` under `name`.
 *
 * The survey is a view. With `endpoint`, the round add-on (`gender-in-practice/round`, the script
 * `gender-in-practice-round.min.js`, or the all-in-one bundle) connects it to an assessment round
 * (docs/PROTOCOL.md) through its properties, its events and `connected` (see the README's
 * "Connections"); without the add-on, the survey says which script the page lacks and sends nothing.
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
 * @attr endpoint - Base URL of an assessment round on a server (docs/PROTOCOL.md), served by the round add-on (which the page must load: else the survey says so). The survey answers the round (`GET endpoint`: its assessment, its groups unless `groups` is set, and the member's own response, which the member then updates), keeps a copy for offline use, and sends the response to `endpoint/response`. A submission that cannot be sent (no network, a 5xx, an expired nonce) stays on the device and is sent again automatically. Answers, the waiting submission and the offline copy are kept under `storage-key` (give one per member on shared devices, as the WordPress plugin does), or under keys derived from the endpoint when it is not given. Takes precedence over `src` and `assessment`.
 * @attr nonce - With `endpoint`: sent in the `X-WP-Nonce` header of every request (the server's anti-forgery token). Read through the element's standard `nonce` property, so it survives a CSP that hides nonce attributes.
 *
 * @fires ge-survey-change - `{ response }` on every answer, comment or group the respondent gives.
 * @fires ge-survey-submit - `{ response, scores }` when the respondent submits a complete survey (`scores` from the core's `scoreResponse`).
 * @fires ge-survey-sent - `{ response, status }` with `endpoint`, when the server confirms the response (`status`: `created` for a first response, `updated` when it replaced the member's earlier one); fired on the survey by the round add-on.
 * @fires ge-status-action - `{ action }` when the person chooses an action of the status line (`retry`), or `retry()` is called: the connection that offered it does it.
 * @fires ge-code-submit - `{ code }` (normalised: letters and digits, upper case) when the person enters a well-formed invitation code in the prompt of `connected.codePrompt`.
 * @fires ge-error - `{ errors }` when the definition fails validation or does not load (with `endpoint`: the round, or the round add-on is missing), stored answers cannot be read, a `response` set by script is rejected, or a submission is refused (`connected.refusal`: its `code`, its message and the server's `errors`).
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
 * @csspart error-summary - What is missing, the definition's errors, or why a submission was refused.
 * @csspart thank-you - The thank-you with the respondent's own values.
 * @csspart round-status - With `endpoint` or `connected`: the status (loading, sending, received, kept on the device, closed, a missing add-on), a polite live region.
 * @csspart retry - With `endpoint` or `connected`: the status line's Try again button (each action button is a part named after its action).
 * @csspart code-input - With `connected.codePrompt` (a round answered with invitation codes): the code's text input.
 * @csspart code-submit - With `connected.codePrompt`: the button that hands the code on (`ge-code-submit`).
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
 * @cssprop --ge-focus-color - Focus ring (default #1d4ed8).
 * @cssprop --ge-spacing - Base spacing (default: the base text size, `--ge-font-size`, 16px).
 * @cssprop --ge-radius - Corner radius (default 6px).
 * @cssprop --ge-target-size - Smallest touch target (default 44px).
 */
export class GeSurvey extends LitElement {
  static override styles = styles;
  /** @internal */
  static formAssociated = true;

  private readonly i18n = new LocaleController(this);
  private readonly definition = new DefinitionController(this);
  private readonly formControl = new FormController(this);
  private readonly connection = new ConnectionController(this, 'ge-survey');
  private readonly answers = new Answers({
    changed: () => this.requestUpdate(),
    announce: (response) => emit(this, 'ge-survey-change', { response }),
    locale: () => this.i18n.locale,
  });
  private readonly code = new CodeForm({
    t: (key, params) => this.t(key, params),
    refused: () => { this.focusTarget = '#code'; this.requestUpdate(); },
    submit: (code) => emit(this, 'ge-code-submit', { code }),
    // The code was taken: the survey replaces the form, and focus goes to its first section.
    taken: () => { if (this.connected?.assessment) this.focusTarget = `#sec-${CSS.escape(this.connected.assessment.dimensions[0]?.id ?? '')}`; },
  });

  @state() private showErrors = false;
  @state() private formDisabled = false;
  @state() private openComments: ReadonlySet<string> = new Set();
  @state() private importErrors: string[] | null = null;
  @state() private imported = false;
  @state() private hostAssessment?: unknown;

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
  /** Base URL of an assessment round on a server (docs/PROTOCOL.md), served by the round add-on: see the class description. */
  @property() endpoint: string | null = null;
  /** What a connection brings and the states it sets (`SurveyConnected`). Set by a connection such as the round add-on; pages normally leave it alone. */
  @property({ attribute: false }) connected: SurveyConnected | null = null;

  private model!: SurveyModel;
  private focusTarget: string | null = null;
  private lastErrors = '[]';
  /** The last refusal taken from `connected`, and one to fire as `ge-error` once rendered. */
  private lastRefusal: SurveyRefusal | null = null;
  private refusalToFire: SurveyRefusal | null = null;

  /** The definition in use: the one set, loaded from `src` or inline, else the built-in `defaultAssessment` (with a connection: its assessment). */
  get assessment(): Assessment {
    const d = this.definition.current;
    return d.state === 'ready' ? d.assessment : ((this.hostAssessment as Assessment | undefined) ?? defaultAssessment);
  }
  set assessment(value: Assessment) {
    this.hostAssessment = value;
  }

  /** The current answers as a `SurveyResponse`. Setting it (checked by the core's `validateResponse`) replaces them. */
  get response(): SurveyResponse {
    return this.answers.response;
  }
  set response(value: SurveyResponse) {
    this.answers.pending = value;
    this.requestUpdate();
  }

  protected override willUpdate(): void {
    this.connection.sync(); // before rendering: a connection started now sets `connected` within this update
    const c = this.connected;
    this.code.take(c?.codePrompt ?? null);
    this.takeRefusal(c);
    if ((this.endpoint && !c) || c?.assessment === null) return; // waiting for the round add-on, or for the connection's assessment
    this.definition.resolve(c?.assessment ?? this.hostAssessment, c?.assessment ? null : this.src);
    const def = this.definition.current;
    if (def.state !== 'ready') return;
    const a = def.assessment;
    const scope = c?.storageScope;
    this.answers.bind(a, scope !== undefined ? scope : this.storageKey || null, !!c);
    if (this.answers.start(a, c?.start)) this.showErrors = false;
    this.answers.takePending(a);
    const { locale, tag } = this.i18n;
    const groups = this.groups ?? (c?.groups ? c.groups.join(',') : null);
    this.model = surveyModel({ assessment: a, draft: this.answers.draft, t: this.t, locale, tag, showErrors: this.showErrors,
      openComments: this.openComments, groups, ...(this.closed ? { shown: c?.response ?? null } : {}) });
  }

  /** The survey can be shown: its definition is ready (with a connection: the connection's). */
  private get ready(): boolean { return this.definition.current.state === 'ready' && !(this.endpoint && !this.connected) && this.connected?.assessment !== null; }
  /** A connection made the survey read-only (a closed round). */
  private get closed(): boolean { return !!this.connected?.readOnly; }

  /** A new refusal from the connection: back to the form with the answers refused, focus on why (fired as `ge-error` once shown). */
  private takeRefusal(c: SurveyConnected | null): void {
    const refusal = c?.refusal ?? null;
    if (refusal === this.lastRefusal) return;
    this.lastRefusal = this.refusalToFire = refusal;
    if (!refusal || c?.readOnly) return;
    if (this.answers.scores) this.answers.reopen(true);
    this.focusTarget = '#round-errors-title';
  }

  protected override updated(): void {
    if (this.focusTarget) {
      this.renderRoot.querySelector<HTMLElement>(this.focusTarget)?.focus();
      this.focusTarget = null;
    }
    const ready = this.ready;
    const missing = ready ? this.model.missing : [];
    this.formControl.sync({
      value: ready ? JSON.stringify(this.response) : null,
      missing: missing.length,
      message: this.t('validityMissing', { count: missing.length }),
      anchor: (missing[0] && this.renderRoot.querySelector<HTMLElement>(`#q-${CSS.escape(missing[0])} input`)) || this.renderRoot.querySelector<HTMLElement>('.primary') || undefined,
      barred: this.readonly || this.formDisabled || this.closed,
    });
    const errors = this.errors();
    const json = JSON.stringify(errors);
    if (json !== this.lastErrors) {
      this.lastErrors = json;
      if (errors.length) emit(this, 'ge-error', { errors });
    }
    if (this.refusalToFire) emit(this, 'ge-error', { errors: refusalErrors(this.t, this.refusalToFire) });
    this.refusalToFire = null;
  }

  /** @internal Called by the browser when the surrounding form is reset: empties the answers. */
  formResetCallback(): void {
    this.answers.clear(this.assessment);
    this.showErrors = false;
    this.openComments = new Set();
  }

  /** @internal Called by the browser when a disabled `<fieldset>` or `disabled` (un)disables the survey. */
  formDisabledCallback(disabled: boolean): void { this.formDisabled = disabled; }

  /** @internal Called by the browser to restore the answers on back/forward navigation or autofill. */
  formStateRestoreCallback(saved: unknown): void { this.answers.restore(saved); }

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

  private errors(): SurveyErrorDetail['errors'] {
    const { t, answers } = this;
    const def = this.definition.current;
    const out: SurveyErrorDetail['errors'] = def.state === 'invalid'
      ? def.problems.map((p) => ({ path: p.path, code: p.code, message: problemMessage(p, this.i18n.locale) })) : [];
    if (answers.unreadable) out.push({ path: 'storage', code: 'draft-unreadable', message: t('storageUnreadable', { key: answers.storage.key ?? '' }) });
    if (answers.rejected) out.push(...answers.rejected);
    if (this.endpoint && !this.connected && this.connection.state === 'missing') out.push({ path: this.endpoint, code: 'missing-addon', message: t('status:missing-addon') });
    return [...out, ...statusErrors(t, this.i18n.tag, statusLines(this.connected), this.endpoint ?? '')];
  }

  private readonly onChange = (e: Event): void => {
    const el = e.target;
    if (el instanceof HTMLInputElement && el.type === 'radio') this.answers.answer(el.name, el.value);
    else if (el instanceof HTMLTextAreaElement && el.dataset.comment) {
      emit(this, 'ge-survey-change', { response: this.response }); // saved already, on input
    } else if (el instanceof HTMLInputElement && el.type === 'file') void this.importFile(el);
  };

  private readonly onInput = (e: Event): void => {
    const el = e.target;
    if (el instanceof HTMLTextAreaElement && el.dataset.comment) this.answers.comment(el.dataset.comment, el.value);
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
      // With a connection, answers it keeps are not written back to the device until the person changes one.
      this.answers.reopen(!this.connected);
      this.focusTarget = `#sec-${CSS.escape(this.assessment.dimensions[this.sectionIndex].id)}`;
    } else if (action === 'export') downloadResponse(this.response);
  };

  private readonly onSubmit = (e: Event): void => {
    e.preventDefault();
    const last = this.assessment.dimensions.length - 1;
    if (this.layout !== 'single-page' && this.sectionIndex < last) this.goToSection(this.sectionIndex + 1);
    else this.submit();
  };

  private readonly onAction = (e: Event): void => {
    void requestStatusAction(this, (e.currentTarget as HTMLElement).dataset.statusAction ?? '');
  };

  private get sectionIndex(): number {
    return sectionIndex(this.assessment, this.answers.draft.sectionId);
  }

  private goToSection(index: number, focus = true): void {
    const d: Dimension | undefined = this.assessment.dimensions[index];
    if (!d) return;
    this.answers.save({ ...this.answers.draft, sectionId: d.id });
    if (focus) this.focusTarget = `#sec-${CSS.escape(d.id)}`;
  }

  private goToQuestion(id: string): void {
    this.goToSection(sectionOf(this.assessment, id), false);
    this.focusTarget = `#q-${CSS.escape(id)} input`;
  }

  private async importFile(input: HTMLInputElement): Promise<void> {
    const result = await readResponseFile(input, this.assessment, this.i18n.locale, (reason) => this.t('importNotJson', { reason }));
    if (!result) return;
    this.imported = result.ok;
    this.importErrors = result.ok ? null : result.errors;
    if (result.ok) this.answers.save(draftWithResponse(this.answers.draft, result.value), true);
  }

  /**
   * What the survey's own submit button does. With required answers missing: shows what is missing,
   * moves to the first one and focuses it, sends nothing, returns false. Otherwise fires
   * `ge-survey-submit` with the response and its scores (a connection sends it), shows the thank-you, returns true.
   */
  submit(): boolean {
    if (!this.ready || this.readonly || this.closed) return false;
    const a = this.assessment;
    const missing = missingRequired(a, this.answers.draft);
    if (missing.length) {
      this.showErrors = true;
      this.goToQuestion(missing[0]);
      return false;
    }
    this.answers.submit(a);
    this.showErrors = false;
    this.focusTarget = '#thanks-title';
    emit(this, 'ge-survey-submit', { response: this.response, scores: this.answers.scores! });
    return true;
  }

  /**
   * With `endpoint`: loads the round again and sends what waits on the device, now (the Try again button:
   * `ge-status-action` `retry`, done by the connection); resolves when both are done and the outcome is shown.
   */
  retry(): Promise<void> { return requestStatusAction(this, 'retry'); }

  /**
   * Deletes the answers kept on the device (under `storage-key` or the connection's scope), kept aside ones
   * included; what is on screen stays. A connection calls it once a server confirmed them (a shared device keeps none).
   */
  forgetDraft(): void { this.answers.storage.forget(); }

  override render(): TemplateResult {
    if (!this.endpoint && !this.connected) return this.renderSurvey();
    const { t, connected: c } = this;
    const texts = !c ? (this.connection.state === 'missing' ? [t('status:missing-addon')] : [])
      : this.code.prompt ? [t('codeNeeded')] : statusLines(c).map((l) => statusText(t, l, this.i18n.tag));
    return html`${renderStatus(texts)}${this.renderConnected()}`;
  }

  private renderConnected(): TemplateResult | typeof nothing {
    const c = this.connected;
    if (!c) return nothing;
    if (this.code.prompt) return this.code.render();
    const actions = renderActions(this.t, statusLines(c), this.onAction);
    if (c.assessment === null || (this.closed && !c.response)) return html`${actions}`;
    return html`${actions}${this.renderSurvey()}`;
  }

  private renderSurvey(): TemplateResult {
    const def = this.definition.current;
    if (def.state === 'loading') return html`<p class="loading" role="status">${this.t('loading')}</p>`;
    if (def.state === 'invalid') return renderProblems(this.t, this.i18n.locale, def.problems);
    const a = def.assessment;
    const { model, answers } = this;
    if (this.readonly || this.closed) {
      const group = model.groupOptions.find((g) => g.value === model.shownDraft.group)?.label ?? model.shownDraft.group;
      return renderReviewPage(this.t, model.view, a, model.firstNumber, group);
    }
    const sent = !this.connected || statusLines(this.connected).some((l) => l.state === 'sent');
    return html`<div class="survey" @click=${this.onClick} @change=${this.onChange} @input=${this.onInput}>
      ${renderNotices(answers.notices(this.t))}
      ${answers.scores ? renderThankYou(this.t, a, this.i18n.tag, answers.scores, sent ? 'thanksTitle' : 'thanksPendingTitle')
        : renderForm({ t: this.t, assessment: a, model, single: this.layout === 'single-page', index: this.sectionIndex, showErrors: this.showErrors,
          group: answers.draft.group, disabled: this.formDisabled, refusal: this.connected?.refusal, importErrors: this.importErrors,
          imported: this.imported, onSubmit: this.onSubmit })}
    </div>`;
  }
}
