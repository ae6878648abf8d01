// <socratic-wheel>: the group's shape on one spoke per dimension, its spread, targets and past rounds; editable by pointer and keyboard.
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import type { Assessment, Priority, SurveyResponse } from '../core/types.js';
import type { WheelSeries } from '../core/wheel-series.js';
import { localize } from '../core/text.js';
import { LocaleController } from '../internal/locale-controller.js';
import { ConnectionController } from '../internal/connection.js';
import { SourceController } from '../internal/source.js';
import { Announcer } from '../internal/announcer.js';
import { emit } from '../internal/events.js';
import { requestStatusAction } from '../internal/status-action.js';
import { formatValue as formatNumber } from './number.js';
import { EditController } from './edit-controller.js';
import { textsOf, type T } from './messages.js';
import { TARGET_SERIES_ID, createWheelDeriver, type WheelModel } from './model.js';
import { createViewDeriver, type WheelView } from './view.js';
import { errorsOf } from './notes.js';
import { byKind, renderWheelSvg } from './render-svg.js';
import { renderComments, renderKey, renderLabelButtons, renderLegend, renderLegendNote, renderSliders, renderTable } from './render-html.js';
import { renderRound, targetsText, type RoundStatus } from './render-round.js';
import { TextSlots } from './patch.js';
import { standaloneSvg, svgToPng } from './export.js';
import { styles } from './socratic-wheel.styles.js';
import type { ResultsState, TargetsState, WheelConnected, WheelRelease, WheelStatusAction } from './connected.js';

export type { WheelSeries, WheelSeriesKind } from '../core/wheel-series.js';
export type { WheelDimension } from './series-input.js';
export type {
  ResultsState, TargetsState, ReleaseOutcome, WheelConnected, WheelRelease, WheelStatus, WheelStatusAction, WheelStatusState, WheelTargetsStatus,
} from './connected.js';
export type { GeStatusActionDetail } from '../events.js';
export { TARGET_SERIES_ID };

export interface WheelChangeDetail { seriesId: string; dimensionId: string; value: number }
export interface DimensionSelectDetail { dimensionId: string }
export interface PrioritiesChangeDetail { priorities: Priority[] }
export type { WheelErrorDetail } from './notes.js';

const EMPTY: WheelModel = { dimensions: [], max: 10, series: [], aggregate: null, flags: {}, issues: [], assessmentErrors: [], priorities: [], release: null };

/**
 * The Socratic Wheel: one spoke per dimension, 0 at the centre, the group's current shape
 * (filled), its spread (a band on each spoke), the target (dashed), last round (faint), and
 * respondent groups (at most 3 at a time). The SVG is decoration; sliders and a data table carry
 * the meaning. Series values are on 0..`max`; `priorities` are on the core's 0–100 scale.
 *
 * The `current` series and the group overlays come from `responses` (through the core's rules), or
 * from a `release`: a round's results as a server of docs/PROTOCOL.md releases them, aggregates
 * with no per-person record, drawn through the core's `aggregateFromRelease` (spread from each
 * cell's sorted scores, overlays from the groups the release shows; hidden figures stay gaps and
 * hidden groups are counted in the notes). A release's comments are listed by dimension under the table.
 *
 * A connection (the round add-on with `endpoint`, or another) brings its data through `connected`,
 * never through the page's own properties, which always read back what the page set. What is drawn
 * comes from both: the connection's assessment over `assessment`; its release (even none yet) over
 * `release` and `responses`; `series` with the connection's targets as the `target` series, unless
 * `series` has its own `target` (what a page set is never hidden or replaced). Edits of the
 * connection's targets are reported by `ge-wheel-change` for the connection to keep.
 *
 * @summary A radar ("Socratic wheel") of a participatory gender-equality self-assessment.
 *
 * @tagname socratic-wheel
 *
 * @attr max - Top of the scale (default 10). Values outside 0..max are clamped, and a note says so.
 * @attr step - Editing step (default 1): every edited value snaps to it.
 * @attr editable - Id of the series the user sets (drag, click or touch on a spoke, keyboard). When no series has that id, an empty target series is started.
 * @attr source - Id of a `<ge-survey>` whose submissions are plotted, with no script: looked up in the wheel's own document or shadow root (then the page).
 * @attr label - Accessible name (default: the assessment's title).
 * @attr show-values - Writes every value on its point (otherwise on hover or focus).
 * @attr show-table - Shows the data table (it is always available to screen readers).
 * @attr min-group-size - Minimum group size for `responses` (default 5, never below 3). A `release` carries the k its server applied (rules that need each person's answers cannot be applied again to aggregates).
 * @attr max-groups - Group overlays shown at once (default 3).
 * @attr lang - `en` or `fr` (otherwise the nearest `lang` up the page).
 * @attr endpoint - Base URL of an assessment round on a server (docs/PROTOCOL.md, protocol 2), for the round add-on (in the all-in-one bundle; otherwise `gender-in-practice/round` or `gender-in-practice-round.min.js`). Without the add-on the wheel says which script the page needs and sends nothing; it starts once the add-on is loaded. The add-on draws the round's latest release (`endpoint/results`: its assessment, its release and its targets, through `connected`), says which release it shows and when, how many responses there are now and how many more a new release needs, with an "Update" button (or `refresh()`) and, when the rule between releases allows one, a "Make a new release" button (or `makeRelease()`). A server that still sends per-person responses (protocol 1) is refused, with a message that says so. With `editable="target"`, each change of a target is saved to `endpoint/targets` (debounced); until the server has them, the targets are kept in this browser (one key per endpoint) and sent again when the connection returns and on the next visit.
 * @attr nonce - Sent in the `X-WP-Nonce` header of every request to `endpoint` (the server's anti-forgery token). Read through the element's standard `nonce` property, so it survives a CSP that hides nonce attributes.
 *
 * @fires ge-wheel-change - `{ seriesId, dimensionId, value }` each time the user changes a value.
 * @fires ge-dimension-select - `{ dimensionId }` when a spoke label is activated.
 * @fires ge-priorities-change - `{ priorities }` when the ranked priorities change (user or data change).
 * @fires ge-error - `{ errors }` when input is bad (the element shows what it did about it), or `endpoint` is set and the round add-on is missing (`missing-addon`).
 * @fires ge-status-action - `{ action, waitUntil? }` when a button of the status line is pressed, or `refresh()` or `makeRelease()` called: `refresh` or `make-release`, for the connection to do.
 *
 * @csspart svg - The picture.
 * @csspart series - One series' outline and markers.
 * @csspart spoke-label - A spoke's label text.
 * @csspart spoke-button - The button over a spoke label.
 * @csspart slider - A point of the edited series.
 * @csspart legend - The legend.
 * @csspart table - The data table.
 * @csspart notes - Notes on hidden groups and bad input.
 * @csspart round - The status line of a connection (`connected`, or `endpoint` without the round add-on): which release is shown, the live count and what the next release needs, the "Update" and "Make a new release" buttons, and what became of the targets.
 * @csspart comments - A release's comments by dimension (a disclosure under the table).
 *
 * @cssprop --ge-series-1 - Colour of the 1st series (also --ge-series-2, --ge-series-3, --ge-series-4, --ge-series-5, --ge-series-6).
 * @cssprop --ge-font-family - Font of the whole wheel, named in exports (default `system-ui, sans-serif`).
 * @cssprop --ge-font-size - Base text size, set on the wheel's own root so the page's `rem` and font size do not leak in (default 16px).
 * @cssprop --ge-label-color - Spoke labels, values and text (default #1f2933).
 * @cssprop --ge-tick-color - Scale numbers on the rings (default #52606d).
 * @cssprop --ge-ring-color - Rings, spokes and borders (default #9aa5b1).
 * @cssprop --ge-focus-color - Focus rings (default #1d4ed8).
 * @cssprop --ge-background - Background, also of hollow markers and exports (default transparent).
 * @cssprop --ge-fill-opacity - Fill of the current series (default 0.2).
 * @cssprop --ge-spread-opacity - Spread bands (default 0.35).
 * @cssprop --ge-badge-color - Flag badges (default #b91c1c).
 * @cssprop --ge-button-background - Legend and table buttons (default #fff).
 * @cssprop --ge-button-active-background - The table button when pressed (default #e5edff).
 * @cssprop --ge-note-color - Notes on hidden groups and bad input (default #7c2d12).
 * @cssprop --ge-wheel-max-size - Largest side of the wheel (default: 100% and at most 90vh).
 */
export class SocraticWheel extends LitElement {
  static override styles = styles;

  private readonly i18n = new LocaleController(this);
  /** With `endpoint`: the round add-on's connection, or `missing` when the page lacks it. */
  private readonly link = new ConnectionController(this, 'socratic-wheel');
  private readonly survey = new SourceController(this, {
    event: 'ge-survey-submit', id: () => this.source,
    onSource: (survey) => this.readSurvey(survey),
    onEvent: (e, survey) => {
      const response = (e.detail as { response?: unknown } | null)?.response;
      if (!response || typeof response !== 'object') return;
      this.readSurvey(survey);
      this.sourceResponses = [...this.sourceResponses, response as SurveyResponse];
    },
  });
  private readonly edit = new EditController(this, {
    editable: () => this.editable, set: (index, value) => this.setValue(index, value),
    scale: () => ({ n: this.model.dimensions.length, max: this.model.max, step: Number.isFinite(this.step) && this.step > 0 ? this.step : 1 }),
    value: (index) => this.model.series.find((s) => s.id === this.editable)?.values[this.model.dimensions[index]?.id] ?? null,
  });
  private readonly derive = createWheelDeriver();
  private readonly deriveView = createViewDeriver();
  /** Each spoke's badges and flag words, written in place when only they change. */
  private readonly badgeSlots = new TextSlots();
  private readonly wordSlots = new TextSlots();

  @state() private visibility: Record<string, boolean> = {};
  @state() private sourceResponses: SurveyResponse[] = [];
  @state() private sourceAssessment?: Assessment;
  /** The person's edits of the connection's targets, shown until the connection gives new targets. */
  @state() private edited: { base: unknown; values: Record<string, number | null> } | null = null;

  /** `{ id, label }[]`; default: the assessment's dimensions (the built-in assessment when none is given). */
  @property({ attribute: false }) dimensions?: { id: string; label: string | Record<string, string> }[];
  /** Series on the wheel's scale; kept up to date with the user's edits (except those of a connection's targets). */
  @property({ attribute: false }) series: WheelSeries[] = [];
  /** Survey responses: the wheel computes a `current` series (with spread and flags) and group overlays. */
  @property({ attribute: false }) responses?: SurveyResponse[];
  /**
   * A release of a round's results (`GET R/results`'s `release`: the core's `ReleaseView`, with its
   * `id` and `at`): when set, the `current` series and group overlays are drawn from it instead of
   * `responses`, with the release's own k, and its comments are listed under the table. Read
   * defensively: what cannot be read is hidden and said in the notes.
   */
  @property({ attribute: false }) release?: WheelRelease | null;
  /** The assessment that `responses` answer, and the source of `dimensions` (default: the built-in one). */
  @property({ attribute: false }) assessment?: Assessment;
  /** Top of the scale (default 10); values outside 0..max are clamped, and a note says so. */
  @property({ type: Number }) max = 10;
  @property({ type: Number }) step = 1;
  /** Id of the series the user sets (pointer or keyboard); an empty one is started when no series has that id. */
  @property() editable: string | null = null;
  /** Id of a `<ge-survey>` whose submissions are plotted, looked up in the wheel's own document or shadow root (then the page). */
  @property() source: string | null = null;
  @property() label: string | null = null;
  @property({ type: Boolean, attribute: 'show-values' }) showValues = false;
  @property({ type: Boolean, attribute: 'show-table', reflect: true }) showTable = false;
  @property({ type: Number, attribute: 'min-group-size' }) minGroupSize?: number;
  @property({ type: Number, attribute: 'max-groups' }) maxGroups = 3;
  /** Base URL of an assessment round (docs/PROTOCOL.md), for the round add-on. The larger of `min-group-size` and the round's k applies. */
  @property() endpoint: string | null = null;
  /** For the round add-on: how long after the last change of a target it is sent, in ms (default 600). */
  @property({ attribute: false }) saveDelay = 600;
  /**
   * Set by a connection such as the round add-on; pages normally leave it alone. What the connection
   * brings (the round's assessment, its release, its targets and k) and says (the status line and its
   * buttons, what became of the targets): see `WheelConnected`. The wheel never writes it.
   */
  @property({ attribute: false }) connected: WheelConnected | null = null;

  private model: WheelModel = EMPTY;
  private view!: WheelView;
  private failure: string | null = null;
  private lastPriorities?: Priority[];
  private prioritiesChanged = false;
  private lastErrors = '[]';
  private errorsFor: unknown[] = [];
  /** What became of the targets, said to screen readers ('' while saving: "Saving…" would be said at every key press). */
  private readonly announcer = new Announcer(this, 'visually-hidden');
  private spokenTargets = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('endpoint')) this.link.sync();
    if (changed.has('source')) this.survey.sync();
    if (this.edited && this.edited.base !== this.connected?.targets) this.edited = null; // the connection took the edits
    const { locale, tag } = this.i18n;
    try {
      this.model = this.derive({
        assessment: this.assessment, dimensions: this.dimensions, series: this.series, responses: this.responsesNow(),
        release: this.release, max: this.max, minGroupSize: this.minGroupSize, editable: this.editable, locale,
        connected: this.connected, sourceAssessment: this.sourceAssessment, edited: this.edited?.values,
      });
      this.failure = null;
    } catch (e) {
      this.model = EMPTY; // never throw into the page: say so instead
      this.failure = this.t('error', { message: e instanceof Error ? e.message : String(e) });
    }
    const v = (this.view = this.deriveView(this.model, { tag, locale, t: this.t, visibility: this.visibility, maxGroups: this.maxGroups }));
    this.badgeSlots.set(v.badges, (b) => (b ? ` ${b}` : ''));
    this.wordSlots.set(v.flagWords, (w) => (w ? ` (${w})` : ''));
    const p = this.model.priorities;
    if (p !== this.lastPriorities) { // the deriver keeps the last array while the priorities are equal
      this.prioritiesChanged = this.lastPriorities !== undefined || p.length > 0;
      this.lastPriorities = p;
    }
    const targets = this.link.state === 'missing' ? null : this.connected?.targetsStatus;
    const spoken = targets?.state === 'saving' ? '' : targetsText(targets, this.t);
    if (spoken !== this.spokenTargets) this.announcer.announce((this.spokenTargets = spoken));
  }

  protected override updated(): void {
    if (this.prioritiesChanged) {
      this.prioritiesChanged = false;
      emit(this, 'ge-priorities-change', { priorities: this.priorities });
    }
    const key = [this.view.issues, this.model.assessmentErrors, this.failure, this.link.state, this.i18n.locale];
    if (key.some((k, i) => k !== this.errorsFor[i])) { // the errors are made again only when what they say may have changed
      this.errorsFor = key;
      const errors = errorsOf(this.model.assessmentErrors, this.view.issues, this.failure, this.link.state === 'missing' ? this.t('roundMissingAddon') : null);
      const json = JSON.stringify(errors);
      if (json !== this.lastErrors) {
        this.lastErrors = json;
        if (errors.length) emit(this, 'ge-error', { errors });
      }
    }
  }

  /** The wheel's messages in its language. */
  private get t(): T {
    return textsOf(this.i18n.locale);
  }

  private readSurvey(survey: Element): void {
    const assessment = (survey as Element & { assessment?: Assessment }).assessment;
    if (assessment && typeof assessment === 'object') this.sourceAssessment = assessment;
  }

  private responsesNow(): SurveyResponse[] | undefined {
    const own = Array.isArray(this.responses) ? this.responses : [];
    if (!this.sourceResponses.length) return own.length ? this.responses : undefined;
    const all = [...own, ...this.sourceResponses];
    return this.allResponses && this.allResponses.length === all.length && all.every((r, i) => r === this.allResponses![i])
      ? this.allResponses : (this.allResponses = all);
  }
  private allResponses?: SurveyResponse[];

  private setValue(index: number, value: number): void {
    const m = this.model;
    const dimensionId = m.dimensions[index]?.id;
    const edited = m.series.find((s) => s.id === this.editable);
    if (!dimensionId || !edited || !this.editable || (edited.values[dimensionId] ?? null) === value) return;
    const seriesId = this.editable;
    const values = { ...edited.values, [dimensionId]: value };
    const own = Array.isArray(this.series) ? this.series : [];
    if (seriesId === TARGET_SERIES_ID && this.connected && !own.some((s) => s?.id === seriesId)) {
      this.edited = { base: this.connected.targets, values }; // the connection's targets: it hears the change and keeps it
    } else {
      let found = false;
      const next = own.map((s) => (s?.id === seriesId ? (found = true, { ...s, values: { ...s.values, [dimensionId]: value } }) : s));
      if (!found) next.push({ ...edited, values });
      this.series = next;
    }
    emit(this, 'ge-wheel-change', { seriesId, dimensionId, value });
  }

  private onLabel(e: Event): void {
    const button = (e.target as Element).closest('.label-button');
    const d = button && this.model.dimensions[Number(button.getAttribute('data-index'))];
    if (d) emit(this, 'ge-dimension-select', { dimensionId: d.id });
  }

  private onLegend(e: Event): void {
    const button = (e.target as Element).closest('.legend-item');
    const entry = this.view.entries.find((x) => x.id === button?.getAttribute('data-series'));
    if (entry && !entry.blocked) this.visibility = { ...this.visibility, [entry.id]: !entry.visible };
  }

  private readonly onTableToggle = (): void => { this.showTable = !this.showTable; };
  /** A button of the status line. "Make a new release" goes away once the release is made: focus then moves to "Update", not to the page. */
  private readonly onAction = (e: Event): void => {
    const button = (e.target as Element).closest<HTMLElement>('button[data-action]');
    const action = button?.dataset.action as WheelStatusAction | undefined;
    if (!button || !action) return;
    void this.act(action).then(() => this.updateComplete).then(() => {
      if (action === 'make-release' && !button.isConnected) this.renderRoot.querySelector<HTMLElement>('.round-update')?.focus();
    });
  };

  /** Fires `ge-status-action`; resolves once the work a connection handed to `waitUntil` is done. */
  private act(action: WheelStatusAction): Promise<void> {
    return requestStatusAction(this, action).catch(() => undefined);
  }

  /** The ranked priorities from the `current` and `target` series (through the core's `rankPriorities`), on 0–100. */
  get priorities(): Priority[] {
    return this.model.priorities.map((p) => ({ ...p, tags: [...p.tags] }));
  }

  /** The accessible name: `label`, else the assessment's title, else "Socratic wheel". */
  get accessibleName(): string {
    const title = this.connected?.assessment ?? this.assessment ?? this.sourceAssessment;
    return this.label || this.getAttribute('aria-label') || (title ? localize(title.title, this.i18n.tag) : '') || this.t('name');
  }

  /** A standalone SVG document of the wheel as shown (inline styles, fonts named, title and legend in the current language). */
  toSVG(): string {
    const svg = this.renderRoot.querySelector<SVGSVGElement>('svg.wheel-svg');
    return svg ? standaloneSvg(svg, this.accessibleName, this.view.summary, this.view.entries.filter((e) => e.visible), this.renderRoot) : '';
  }

  /** A PNG of `toSVG()` at twice its size, for reports. */
  async toPNG(): Promise<Blob> {
    await this.updateComplete;
    return svgToPng(this.toSVG(), 2);
  }

  /** Loads the results again (the status line's Update button): fires `ge-status-action` `refresh`; resolves once the connection has drawn them or shown why not. */
  refresh(): Promise<void> {
    return this.act('refresh');
  }

  /**
   * Asks for a new release (the "Make a new release" button): fires `ge-status-action`
   * `make-release`; with `endpoint`, the round add-on sends `POST endpoint/releases`. Resolves once
   * the new release is drawn, or the reason none was made is shown (too soon: the line then says how
   * many more responses it needs).
   */
  makeRelease(): Promise<void> {
    return this.act('make-release');
  }

  /** Where the results stand, from the connection's status line (`loading`, `ready`, `offline`, `forbidden`...); `off` without one, `missing-addon` when `endpoint` is set without the round add-on. */
  get resultsState(): ResultsState {
    return this.link.state === 'missing' ? 'missing-addon' : this.connected?.status?.state ?? 'off';
  }

  /** Where the targets stand, from the connection (`saving`, `saved`, `retrying`...); `idle` without one. */
  get targetsState(): TargetsState {
    return this.connected?.targetsStatus?.state ?? 'idle';
  }

  override render() {
    const m = this.model;
    const { t, view: v, edit } = this;
    const { tag, locale } = this.i18n;
    const { names, badges, ids, labels, flagWords, entries } = v;
    const name = this.accessibleName;
    const editable = m.series.find((s) => s.id === this.editable);
    const missing = this.link.state === 'missing';
    const status: RoundStatus | null | undefined = missing ? { state: 'missing-addon' } : this.connected?.status;
    return html`<div class="wheel" role="figure" aria-label=${name} aria-describedby="summary"
      aria-busy=${status?.state === 'loading' ? 'true' : 'false'}>
      <p id="summary" class="visually-hidden">${v.summary}</p>
      ${renderRound(status, (!missing && this.connected) || {}, t, tag, this.onAction)}
      ${this.failure || m.dimensions.length === 0 ? html`<p class="message" role="alert">${this.failure ?? t('noDimensions')}</p>` : html`
      <div class="plot" @pointerdown=${edit.onPointerDown} @pointermove=${edit.onPointerMove} @pointerup=${edit.onPointerEnd}
        @pointercancel=${edit.onPointerEnd} @pointerleave=${edit.onPointerLeave}>
        ${renderWheelSvg({
          ids, labels, badges: this.badgeSlots, max: m.max, tag, editable: this.editable,
          showValues: this.showValues, active: edit.active,
          drawn: m.series.map((series, i) => ({ series, slot: (i % 6) + 1, shape: i, visible: entries[i].visible }))
            .filter((d) => d.visible || d.series.id === this.editable).sort((a, b) => byKind(a.series, b.series)),
        })}
        <div class="overlay" @click=${this.onLabel}>${guard([labels], () => renderLabelButtons(labels, this.wordSlots))}</div>
        ${editable ? html`<div class="overlay editing" @keydown=${edit.onKeyDown} @focusin=${edit.onFocusIn}
          @focusout=${edit.onFocusOut}>${guard([editable, ids, names, m.max, tag, locale], () => renderSliders({
            ids, names, series: editable, seriesName: localize(editable.label, tag), max: m.max, tag, t }))}</div>` : nothing}
      </div>
      ${guard([names, badges], () => renderKey(names, badges))}`}
      ${v.notes.length ? html`<ul part="notes" class="notes">${v.notes.map((n) => html`<li>${n.text}</li>`)}</ul>` : nothing}
      <div class="controls" @click=${this.onLegend}>${guard([entries, locale], () => renderLegend(entries, t))}
        <button type="button" class="table-toggle" aria-pressed=${this.showTable ? 'true' : 'false'}
          @click=${this.onTableToggle}>${t('showTable')}</button></div>
      ${guard([v.legendNote], () => renderLegendNote(v.legendNote))}
      ${m.dimensions.length ? guard([m.series, ids, names, flagWords, entries, m.aggregate, m.max, name, tag, locale, this.showTable], () => renderTable({
        caption: t('tableCaption', { name, max: formatNumber(m.max, tag, 2) }), ids, names,
        series: m.series, seriesNames: entries.map((e) => e.name), counts: m.aggregate?.counts ?? null,
        notes: flagWords, max: m.max, tag, t, visible: this.showTable,
      })) : nothing}
      ${m.release ? guard([m.release.comments, ids, names, locale], () => renderComments(m.release!.comments, ids, names, t)) : nothing}
    </div>`;
  }
}
