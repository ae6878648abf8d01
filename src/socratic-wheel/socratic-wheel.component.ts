// <socratic-wheel>: the group's shape on one spoke per dimension, its spread, targets and past rounds; editable by pointer and keyboard.
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import type { Assessment, Priority, SurveyResponse, ValidationError } from '../core/types.js';
import type { WheelSeries } from '../core/wheel-series.js';
import { localize } from '../core/text.js';
import { LocaleController } from '../internal/locale-controller.js';
import { formatDate, translate } from '../internal/i18n.js';
import { formatValue as formatNumber } from './number.js';
import { emit } from '../internal/events.js';
import { clientToView, keyToValue, layoutFor, valueAtPoint } from './geometry.js';
import { messages, type MessageKey } from './messages.js';
import { createWheelDeriver, type WheelModel } from './model.js';
import { byKind, placedLabel, renderWheelSvg, type PlacedLabel } from './render-svg.js';
import { flagText, renderComments, renderKey, renderLabelButtons, renderLegend, renderSliders, renderTable, type LegendEntry } from './render-html.js';
import { issueNotes, summaryOf, type Note } from './notes.js';
import { standaloneSvg, svgToPng } from './export.js';
import { styles } from './socratic-wheel.styles.js';
import type { RoundResults } from '../core/protocol-results.js';
import type { RoundRelease } from '../core/protocol-release.js';
import { RoundSync, type RoundSyncHost } from './round-sync.js';
import { renderRound, type RoundView } from './render-round.js';

export type { WheelSeries, WheelSeriesKind } from '../core/wheel-series.js';
export type { WheelDimension } from './series-input.js';
export type { ResultsState, TargetsState, ReleaseOutcome } from './round-sync.js';
/** A release of a round's results as `GET R/results` gives it (docs/PROTOCOL.md): the core's `ReleaseView`, with the server's `id` and `at`. */
export type WheelRelease = RoundRelease;

/** The id of the series that holds a round's targets (with `endpoint`). */
export const TARGET_SERIES_ID = 'target';

export interface WheelChangeDetail { seriesId: string; dimensionId: string; value: number }
export interface DimensionSelectDetail { dimensionId: string }
export interface PrioritiesChangeDetail { priorities: Priority[] }
export interface WheelErrorDetail { errors: Pick<ValidationError, 'path' | 'code' | 'message'>[] }

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
 * @attr endpoint - Base URL of an assessment round on a server (docs/PROTOCOL.md, protocol 2). The wheel draws the round's latest release (`endpoint/results`: its assessment, the release as `release`, and the targets as the `target` series), says which release it shows and when, how many responses there are now and how many more a new release needs, with an "Update" button (or `refresh()`) and, when the rule between releases allows one, a "Make a new release" button (or `makeRelease()`). A server that still sends per-person responses (protocol 1) is refused, with a message that says so. With `editable="target"`, each change of a target is saved to `endpoint/targets` (debounced); until the server has them, the targets are kept in this browser (one key per endpoint) and sent again when the connection returns and on the next visit.
 * @attr nonce - Sent in the `X-WP-Nonce` header of every request to `endpoint` (the server's anti-forgery token). Read through the element's standard `nonce` property, so it survives a CSP that hides nonce attributes.
 *
 * @fires ge-wheel-change - `{ seriesId, dimensionId, value }` each time the user changes a value.
 * @fires ge-dimension-select - `{ dimensionId }` when a spoke label is activated.
 * @fires ge-priorities-change - `{ priorities }` when the ranked priorities change (user or data change).
 * @fires ge-error - `{ errors }` when input is bad (the element shows what it did about it).
 *
 * @csspart svg - The picture.
 * @csspart series - One series' outline and markers.
 * @csspart spoke-label - A spoke's label text.
 * @csspart spoke-button - The button over a spoke label.
 * @csspart slider - A point of the edited series.
 * @csspart legend - The legend.
 * @csspart table - The data table.
 * @csspart notes - Notes on hidden groups and bad input.
 * @csspart round - With `endpoint`: which release is shown, the live count and what the next release needs, the "Update" and "Make a new release" buttons, and what became of the targets.
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
export class SocraticWheel extends LitElement implements RoundSyncHost {
  static override styles = styles;

  private readonly i18n = new LocaleController(this);
  private readonly derive = createWheelDeriver();
  private readonly round = new RoundSync(this);

  @query('.plot') private plot?: HTMLElement;
  @query('svg.wheel-svg') private svgEl?: SVGSVGElement;

  @state() private visibility: Record<string, boolean> = {};
  @state() private active: { seriesId: string; dimensionIndex: number } | null = null;
  @state() private sourceResponses: SurveyResponse[] = [];
  @state() private sourceAssessment?: Assessment;

  /** `{ id, label }[]`; default: the assessment's dimensions (the built-in assessment when none is given). */
  @property({ attribute: false }) dimensions?: { id: string; label: string | Record<string, string> }[];
  /** Series on the wheel's scale; kept up to date with the user's edits. */
  @property({ attribute: false }) series: WheelSeries[] = [];
  /** Survey responses: the wheel computes a `current` series (with spread and flags) and group overlays. */
  @property({ attribute: false }) responses?: SurveyResponse[];
  /**
   * A release of a round's results (`GET R/results`'s `release`: the core's `ReleaseView`, with its
   * `id` and `at`): when set, the `current` series and group overlays are drawn from it instead of
   * `responses`, with the release's own k, and its comments are listed under the table. Read
   * defensively: what cannot be read is hidden and said in the notes. Set by the wheel itself with `endpoint`.
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
  /**
   * Base URL of an assessment round (docs/PROTOCOL.md): the wheel draws `endpoint/results` and, with
   * `editable="target"`, saves the targets to `endpoint/targets`. The larger of `min-group-size` and the round's applies.
   */
  @property() endpoint: string | null = null;
  /** With `endpoint`: how long after the last change of a target it is sent, in ms (default 600). */
  @property({ attribute: false }) saveDelay = 600;

  private model: WheelModel = EMPTY;
  private failure: string | null = null;
  private labels: PlacedLabel[] = [];
  private flagWords: string[] = [];
  /** Derived from `labels` (same identity while they do not change): spoke names, badges, and the dimensions' ids. */
  private names: string[] = [];
  private badges: string[] = [];
  private ids: string[] = [];
  private labelsFor: unknown[] = [];
  private lastPriorities?: Priority[];
  private prioritiesChanged = false;
  private lastErrors = '[]';
  private errorsFor: unknown[] = [];
  private notesFor: unknown[] = [];
  private notes: Note[] = [];
  private entries: LegendEntry[] = [];
  private readonly texts = new Map<string, string>();
  private allResponses: { own?: SurveyResponse[]; fromSource: SurveyResponse[]; all: SurveyResponse[] } = { fromSource: [], all: [] };
  private drag: { pointerId: number; index: number } | null = null;

  private listeningOn: Node[] = [];
  private readonly heard = new WeakSet<Event>();

  override connectedCallback(): void {
    super.connectedCallback();
    // The survey's event is heard on the wheel's own root (inside a closed shadow root, the document's listeners see
    // only the shadow host) and on the page (a survey outside that root).
    this.listeningOn = [...new Set<Node>([this.getRootNode(), document])];
    for (const node of this.listeningOn) node.addEventListener('ge-survey-submit', this.onSurveySubmit);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const node of this.listeningOn) node.removeEventListener('ge-survey-submit', this.onSurveySubmit);
    this.listeningOn = [];
  }

  /** The element `source` names: in the wheel's own document or shadow root, else in the page. */
  private sourceElement(): Element | null {
    if (!this.source) return null;
    // A Document or a ShadowRoot (both have getElementById), whichever window or realm made it; the element itself when detached.
    const root = this.getRootNode() as Node & Partial<NonElementParentNode>;
    const own = typeof root.getElementById === 'function' ? root.getElementById(this.source) : null;
    return own ?? (root === document ? null : document.getElementById(this.source));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('endpoint')) this.round.start(this.endpoint || null);
    if (changed.has('source') && this.source) {
      const survey = this.sourceElement() as (Element & { assessment?: Assessment }) | null;
      if (survey?.assessment) this.sourceAssessment = survey.assessment;
    }
    const t = this.t;
    try {
      this.model = this.derive({
        assessment: this.assessment ?? this.sourceAssessment, dimensions: this.dimensions, series: this.series,
        responses: this.responsesNow(), release: this.release, max: this.max, minGroupSize: this.minGroupSizeNow(), editable: this.editable,
        locale: this.i18n.locale,
      });
      this.failure = null;
    } catch (e) {
      this.model = EMPTY; // never throw into the page: say so instead
      this.failure = t('error', { message: e instanceof Error ? e.message : String(e) });
    }
    this.deriveLabels();
    const p = this.model.priorities;
    if (p !== this.lastPriorities) { // the deriver keeps the last array while the priorities are equal
      this.prioritiesChanged = this.lastPriorities !== undefined || p.length > 0;
      this.lastPriorities = p;
    }
  }

  /** Spoke labels, their flag words and badges: rebuilt only when one of them (or the spokes, or the language) changes. */
  private deriveLabels(): void {
    const m = this.model;
    const t = this.t;
    const byId = m.priorities.length ? new Map(m.priorities.map((p) => [p.dimensionId, p])) : undefined;
    const words: string[] = [];
    const badges: string[] = [];
    for (const d of m.dimensions) {
      const f = flagText(m.flags[d.id] ?? [], byId?.get(d.id), t);
      words.push(f.words);
      badges.push(f.badges);
    }
    const key = [m.dimensions, this.i18n.tag, this.i18n.locale];
    const same = key.every((k, i) => k === this.labelsFor[i])
      && words.every((w, i) => w === this.flagWords[i]) && badges.every((b, i) => b === this.badges[i]);
    if (same) return;
    this.labelsFor = key;
    this.flagWords = words;
    this.badges = badges;
    const layout = layoutFor(m.dimensions.length);
    const before = this.labels;
    this.labels = m.dimensions.map((d, i) => {
      const l = placedLabel(localize(d.label, this.i18n.tag), i, layout, badges[i]);
      const b = before[i]; // the same label as before keeps its object: only changed labels are redrawn
      return b && b.text === l.text && b.badges === l.badges && b.place.x === l.place.x && b.place.y === l.place.y
        && b.place.anchor === l.place.anchor && b.place.firstDy === l.place.firstDy && b.lines.join('\n') === l.lines.join('\n') ? b : l;
    });
    this.names = this.labels.map((l) => l.text);
    this.ids = m.dimensions.map((d) => d.id);
  }

  protected override updated(): void {
    if (this.prioritiesChanged) {
      this.prioritiesChanged = false;
      emit<PrioritiesChangeDetail>(this, 'ge-priorities-change', { priorities: this.priorities });
    }
    const key = [this.issueNotes(), this.model.assessmentErrors, this.failure];
    if (key.some((k, i) => k !== this.errorsFor[i])) { // the errors are made again only when what they say may have changed
      this.errorsFor = key;
      const errors = this.errors();
      const json = JSON.stringify(errors);
      if (json !== this.lastErrors) {
        this.lastErrors = json;
        if (errors.length) emit<WheelErrorDetail>(this, 'ge-error', { errors });
      }
    }
  }

  /** A message; those without parameters are looked up once per language. */
  private readonly t = (key: MessageKey, params?: Record<string, string | number>): string => {
    if (params) return translate(messages, this.i18n.locale, key, params);
    const k = `${this.i18n.locale}|${key}`;
    let text = this.texts.get(k);
    if (text === undefined) this.texts.set(k, text = translate(messages, this.i18n.locale, key));
    return text;
  };

  /** `issueNotes` of the model, made again only when the issues, the aggregate or the language change. */
  private issueNotes(): Note[] {
    const m = this.model;
    const issues = m.issues.map((i) => `${i.code}\u0001${i.path}\u0001${i.value ?? ''}`).join('\u0002');
    const key = [issues, m.aggregate, m.assessmentErrors, m.max, this.i18n.locale, this.i18n.tag];
    if (key.some((k, i) => k !== this.notesFor[i])) {
      this.notesFor = key;
      this.notes = issueNotes(m, this.t, this.i18n.tag);
    }
    return this.notes;
  }

  /** `min-group-size` when it is a number (a release carries its own k). */
  private minGroupSizeNow(): number | undefined {
    return typeof this.minGroupSize === 'number' && Number.isFinite(this.minGroupSize) ? this.minGroupSize : undefined;
  }

  /** Loads the round's results again (with `endpoint`): resolves once they are drawn, or the reason they are not is shown. */
  refresh(): Promise<void> {
    return this.round.refresh();
  }

  /**
   * With `endpoint`: asks the server for a new release (`POST endpoint/releases`), what the "Make a
   * new release" button does. Resolves once the new release is drawn, or the reason none was made
   * is shown (too soon: the line then says how many more responses it needs).
   */
  makeRelease(): Promise<void> {
    return this.round.makeRelease();
  }

  /** With `endpoint`: where the results stand (`loading`, `ready`, `offline`, `forbidden`...); `off` without it. */
  get resultsState(): RoundSync['results'] { return this.round.results; }
  /** With `endpoint`: where the targets stand (`saving`, `saved`, `retrying`...). */
  get targetsState(): RoundSync['targets'] { return this.round.targets; }

  /** @internal The language of requests to `endpoint`. */
  get syncLang(): string { return this.i18n.locale; }

  /** @internal A round's results: its assessment and latest release, and the targets to show. */
  applyResults(results: RoundResults, targets: Record<string, number>): void {
    this.assessment = results.assessment;
    this.release = results.release;
    this.applyTargets(targets);
  }

  /** @internal The round's targets as the `target` series. */
  applyTargets(targets: Record<string, number>): void {
    const others = (Array.isArray(this.series) ? this.series : []).filter((s) => !s || s.id !== TARGET_SERIES_ID);
    this.series = [...others, { id: TARGET_SERIES_ID, label: { ...messages.target }, kind: 'target', values: { ...targets } }];
  }

  private responsesNow(): SurveyResponse[] | undefined {
    const r = this.allResponses;
    if (r.own !== this.responses || r.fromSource !== this.sourceResponses) {
      const own = Array.isArray(this.responses) ? this.responses : [];
      this.allResponses = { own: this.responses, fromSource: this.sourceResponses, all: [...own, ...this.sourceResponses] };
    }
    return this.allResponses.all.length ? this.allResponses.all : undefined;
  }

  private errors(): WheelErrorDetail['errors'] {
    const out: WheelErrorDetail['errors'] = this.model.assessmentErrors.map(({ path, code, message }) => ({ path: `assessment.${path}`, code, message }));
    for (const note of this.issueNotes()) {
      // Hiding small groups, or everything below k, is no error.
      if (note.code !== 'below-min-group-size' && note.code !== 'groups-suppressed') out.push({ path: note.path, code: note.code, message: note.text });
    }
    if (this.failure) out.push({ path: '', code: 'render-failed', message: this.failure });
    return out;
  }

  /** A submission of the survey `source` names: its path (as seen from where it is heard) holds an element with that id. Heard on the wheel's root and on the page, it counts once. */
  private readonly onSurveySubmit = (e: Event): void => {
    if (this.heard.has(e)) return;
    const origin = this.source ? e.composedPath().find((n) => (n as Partial<Element>).nodeType === 1 && (n as Element).id === this.source) : undefined;
    const response = (e as CustomEvent<{ response?: SurveyResponse }>).detail?.response;
    if (!origin || !response || typeof response !== 'object') return;
    this.heard.add(e);
    const assessment = (origin as Element & { assessment?: Assessment }).assessment;
    if (assessment && typeof assessment === 'object') this.sourceAssessment = assessment;
    this.sourceResponses = [...this.sourceResponses, response];
  };

  private isVisible(s: WheelSeries, groupIndex: number): boolean {
    return this.visibility[s.id] ?? (s.kind !== 'group' || groupIndex < this.maxGroups);
  }

  /** The legend entries; the last array while they say the same (so the legend is not redrawn). */
  private legendEntries(): LegendEntry[] {
    const next = this.makeLegendEntries();
    const last = this.entries;
    const same = next.length === last.length && next.every((e, i) => {
      const l = last[i];
      return e.id === l.id && e.name === l.name && e.kind === l.kind && e.slot === l.slot && e.visible === l.visible && e.blocked === l.blocked;
    });
    if (!same) this.entries = next;
    return this.entries;
  }

  private makeLegendEntries(): LegendEntry[] {
    let g = 0;
    const entries = this.model.series.map((s, i) => ({
      id: s.id, kind: s.kind ?? 'other', slot: (i % 6) + 1, visible: this.isVisible(s, s.kind === 'group' ? g++ : 0), blocked: false,
      name: `${localize(s.label, this.i18n.tag)}${s.n != null ? ` (${this.t('n', { n: formatNumber(s.n, this.i18n.tag, 0) })})` : ''}`,
    }));
    const full = entries.filter((e) => e.kind === 'group' && e.visible).length >= this.maxGroups;
    for (const e of entries) e.blocked = full && e.kind === 'group' && !e.visible;
    return entries;
  }

  private setValue(index: number, value: number): void {
    const m = this.model;
    const dimensionId = m.dimensions[index]?.id;
    const edited = m.series.find((s) => s.id === this.editable);
    if (!dimensionId || !edited || !this.editable || (edited.values[dimensionId] ?? null) === value) return;
    const seriesId = this.editable;
    let found = false;
    const next = (Array.isArray(this.series) ? this.series : []).map((s) => {
      if (!s || s.id !== seriesId) return s;
      found = true;
      return { ...s, values: { ...s.values, [dimensionId]: value } };
    });
    if (!found) next.push({ ...edited, values: { ...edited.values, [dimensionId]: value } });
    this.series = next;
    emit<WheelChangeDetail>(this, 'ge-wheel-change', { seriesId, dimensionId, value });
    if (this.endpoint && seriesId === TARGET_SERIES_ID) {
      const target = next.find((s) => s && s.id === seriesId);
      if (target) this.round.targetsChanged(target.values);
    }
  }

  private pointerValue(e: PointerEvent, index: number): number | null {
    if (!this.plot) return null;
    const p = clientToView(e.clientX, e.clientY, this.plot.getBoundingClientRect());
    return valueAtPoint(p, index, this.model.dimensions.length, this.model.max, this.stepNow());
  }

  private stepNow(): number {
    return Number.isFinite(this.step) && this.step > 0 ? this.step : 1;
  }

  private onPointerDown(e: PointerEvent): void {
    const target = (e.target as Element).closest<Element>('.slider, .hit');
    if (!target || !this.editable || e.button > 0) return;
    e.preventDefault();
    const index = Number(target.getAttribute('data-index'));
    try {
      target.setPointerCapture(e.pointerId);
    } catch {
      // a synthetic or already-released pointer: the value is still set, only the drag is lost
    }
    this.drag = { pointerId: e.pointerId, index };
    const v = this.pointerValue(e, index);
    if (v !== null) this.setValue(index, v);
    (this.renderRoot.querySelector<HTMLElement>(`.slider[data-index="${index}"]`))?.focus();
  }

  private onPointerMove(e: PointerEvent): void {
    if (this.drag && e.pointerId === this.drag.pointerId) {
      const v = this.pointerValue(e, this.drag.index);
      if (v !== null) this.setValue(this.drag.index, v);
      return;
    }
    const point = (e.target as Element).closest?.('.point');
    const seriesId = point?.closest('[data-series]')?.getAttribute('data-series');
    const next = point && seriesId ? { seriesId, dimensionIndex: Number(point.getAttribute('data-index')) } : null;
    if (JSON.stringify(next) !== JSON.stringify(this.active) && !this.renderRoot.querySelector('.slider:focus')) this.active = next;
  }

  private onPointerEnd(e: PointerEvent): void {
    if (this.drag?.pointerId === e.pointerId) this.drag = null;
  }

  private onKeyDown(e: KeyboardEvent): void {
    const slider = (e.target as Element).closest('.slider');
    if (!slider || !this.editable) return;
    const index = Number(slider.getAttribute('data-index'));
    const edited = this.model.series.find((s) => s.id === this.editable);
    const current = edited?.values[this.model.dimensions[index]?.id] ?? null;
    const v = keyToValue(e.key, current, this.stepNow(), this.model.max);
    if (v === undefined) return;
    e.preventDefault();
    this.setValue(index, v);
  }

  private onFocus(e: FocusEvent, on: boolean): void {
    const slider = (e.target as Element).closest('.slider');
    if (slider && this.editable) this.active = on ? { seriesId: this.editable, dimensionIndex: Number(slider.getAttribute('data-index')) } : null;
  }

  private onLabel(e: Event): void {
    const button = (e.target as Element).closest('.label-button');
    const d = button && this.model.dimensions[Number(button.getAttribute('data-index'))];
    if (d) emit<DimensionSelectDetail>(this, 'ge-dimension-select', { dimensionId: d.id });
  }

  private onLegend(e: Event): void {
    const button = (e.target as Element).closest('.legend-item');
    const entry = this.legendEntries().find((x) => x.id === button?.getAttribute('data-series'));
    if (entry && !entry.blocked) this.visibility = { ...this.visibility, [entry.id]: !entry.visible };
  }

  /** The ranked priorities from the `current` and `target` series (through the core's `rankPriorities`), on 0–100. */
  get priorities(): Priority[] {
    return this.model.priorities.map((p) => ({ ...p, tags: [...p.tags] }));
  }

  /** The accessible name: `label`, else the assessment's title, else "Socratic wheel". */
  get accessibleName(): string {
    const title = this.assessment ?? this.sourceAssessment;
    return this.label || this.getAttribute('aria-label') || (title ? localize(title.title, this.i18n.tag) : '') || this.t('name');
  }

  /** A standalone SVG document of the wheel as shown (inline styles, fonts named, title and legend in the current language). */
  toSVG(): string {
    if (!this.svgEl) return '';
    const legend = this.legendEntries().filter((e) => e.visible);
    return standaloneSvg(this.svgEl, this.accessibleName, summaryOf(this.model, this.legendEntries(), this.i18n.tag, this.t), legend, this.renderRoot);
  }

  /** A PNG of `toSVG()` at twice its size, for reports. */
  async toPNG(): Promise<Blob> {
    await this.updateComplete;
    return svgToPng(this.toSVG(), 2);
  }

  override render() {
    const m = this.model;
    const t = this.t;
    const tag = this.i18n.tag;
    const locale = this.i18n.locale;
    const entries = this.legendEntries();
    const { names, badges, ids, labels, flagWords } = this;
    const name = this.accessibleName;
    const visible = m.series.filter((_, i) => entries[i].visible);
    const editable = m.series.find((s) => s.id === this.editable);
    let notes = this.issueNotes();
    if (entries.filter((e) => e.kind === 'group').length > this.maxGroups) notes = [...notes, { path: '', code: 'group-limit', text: t('groupLimit', { max: this.maxGroups }) }];
    const round = this.endpoint ? this.roundView() : null;
    return html`<div class="wheel" role="figure" aria-label=${name} aria-describedby="summary"
      aria-busy=${round?.state === 'loading' ? 'true' : 'false'}>
      <p id="summary" class="visually-hidden">${summaryOf(m, entries, tag, t)}</p>
      ${round ? renderRound(round, t, this.onRefresh, this.onMakeRelease) : nothing}
      ${this.failure || m.dimensions.length === 0 ? html`<p class="message" role="alert">${this.failure ?? t('noDimensions')}</p>` : html`
      <div class="plot" @pointerdown=${this.onPointerDown} @pointermove=${this.onPointerMove} @pointerup=${this.onPointerEnd}
        @pointercancel=${this.onPointerEnd} @pointerleave=${this.onPointerLeave}>
        ${renderWheelSvg({
          ids, labels, max: m.max, tag, editable: this.editable,
          showValues: this.showValues, active: this.active,
          drawn: m.series.map((series, i) => ({ series, slot: (i % 6) + 1, shape: i, visible: entries[i].visible }))
            .filter((d) => d.visible || d.series.id === this.editable).sort((a, b) => byKind(a.series, b.series)),
        })}
        <div class="overlay" @click=${this.onLabel}>${guard([labels, flagWords], () => renderLabelButtons(labels, flagWords))}</div>
        ${editable ? html`<div class="overlay editing" @keydown=${this.onKeyDown} @focusin=${this.onFocusIn}
          @focusout=${this.onFocusOut}>${guard([editable, ids, names, m.max, tag, locale], () => renderSliders({
            ids, names, series: editable, seriesName: localize(editable.label, tag), max: m.max, tag, t }))}</div>` : nothing}
      </div>
      ${guard([names, badges], () => renderKey(names, badges))}`}
      ${notes.length ? html`<ul part="notes" class="notes">${notes.map((n) => html`<li>${n.text}</li>`)}</ul>` : nothing}
      <div class="controls" @click=${this.onLegend}>${guard([entries, locale], () => renderLegend(entries, t))}
        <button type="button" class="table-toggle" aria-pressed=${this.showTable ? 'true' : 'false'}
          @click=${this.onTableToggle}>${t('showTable')}</button></div>
      ${this.legendNote(badges, visible)}
      ${m.dimensions.length ? guard([m.series, ids, names, flagWords, entries, m.aggregate, m.max, name, tag, locale, this.showTable], () => renderTable({
        caption: t('tableCaption', { name, max: formatNumber(m.max, tag, 2) }), ids, names,
        series: m.series, seriesNames: entries.map((e) => e.name), counts: m.aggregate?.counts ?? null,
        notes: flagWords, max: m.max, tag, t, visible: this.showTable,
      })) : nothing}
      ${m.release ? guard([m.release.comments, ids, names, locale], () => renderComments(m.release!.comments, ids, names, t)) : nothing}
    </div>`;
  }

  private roundView(): RoundView {
    const r = this.round;
    const tag = this.i18n.tag;
    const t = this.t;
    return {
      state: r.results, network: r.network, n: r.n, message: r.message, k: r.k, next: r.next,
      count: (n) => (n === 0 ? t('roundCountNone') : n === 1 ? t('roundCountOne') : t('roundCountMany', { n: formatNumber(n, tag, 0) })),
      release: r.shown ? { id: String(r.shown.id), when: r.shown.at ? whenText(r.shown.at, tag) : '', n: r.shown.n } : null,
      releasing: r.releasing, outcome: r.outcome, outcomeMessage: r.outcomeMessage, targets: r.targets, targetsMessage: r.targetsMessage,
    };
  }

  private readonly onPointerLeave = (): void => { if (this.active && !this.drag) this.active = null; };
  private readonly onFocusIn = (e: FocusEvent): void => this.onFocus(e, true);
  private readonly onFocusOut = (e: FocusEvent): void => this.onFocus(e, false);
  private readonly onRefresh = (): void => void this.refresh();
  /** The "Make a new release" button: when it goes away with the release made, focus moves to "Update", not to the page. */
  private readonly onMakeRelease = (e: Event): void => {
    const button = e.currentTarget as HTMLElement;
    void this.makeRelease().then(() => this.updateComplete).then(() => {
      if (!button.isConnected) this.renderRoot.querySelector<HTMLElement>('.round-update')?.focus();
    });
  };
  private readonly onTableToggle = (): void => { this.showTable = !this.showTable; };

  private legendNote(badges: string[], visible: WheelSeries[]) {
    const all = badges.join('');
    const lines: string[] = [];
    if (all.includes('≠')) lines.push(this.t('noteLowAgreement'));
    if (all.includes('?')) lines.push(this.t('noteKnowledgeGap'));
    if (all.includes('↓')) lines.push(this.t('noteTargetBelow'));
    const ids = this.ids;
    if (visible.some((s) => ids.some((id) => (s.values[id] ?? null) === null))) lines.push(this.t('noteGaps'));
    return lines.length ? html`<p class="legend-note">${lines.map((l, i) => html`${i ? html`<br />` : nothing}${l}`)}</p>` : nothing;
  }
}

/** A time in the page's language: of day when it is today ("10:42 AM", "10 h 42"), else with its date. */
function whenText(date: Date, tag: string): string {
  const today = date.toDateString() === new Date().toDateString();
  return formatDate(date, tag, today ? { hour: 'numeric', minute: '2-digit' }
    : { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
}
