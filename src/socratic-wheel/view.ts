// What the wheel's templates show, derived from the model in the wheel's language: spoke labels and
// their badges, legend entries, notes and the summary. Pure; each part keeps its last object while it
// says the same, so that the templates' guards redraw only what changed.
import { localize } from '../core/text.js';
import type { Locale } from '../core/types.js';
import type { WheelSeries } from '../core/wheel-series.js';
import type { WheelModel } from './model.js';
import type { T } from './messages.js';
import { formatValue as formatNumber } from './number.js';
import { layoutFor } from './geometry.js';
import { placedLabel, type PlacedLabel } from './render-svg.js';
import { flagText, type LegendEntry } from './render-html.js';
import { issueNotes, summaryOf, type Note } from './notes.js';

export interface WheelView {
  /** The dimensions' ids, names (in the wheel's language), flag words and badges, in spoke order. */
  ids: string[];
  names: string[];
  flagWords: string[];
  badges: string[];
  labels: PlacedLabel[];
  /** One per series of the model, in its order. */
  entries: LegendEntry[];
  /** Notes on hidden groups and bad input (`issues`), and on the group overlays shown at once. */
  issues: Note[];
  notes: Note[];
  summary: string;
}

export interface ViewOptions { tag: string; locale: Locale; t: T; visibility: Record<string, boolean>; maxGroups: number }

const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** A derive function with its own memory of the last view. */
export function createViewDeriver(): (m: WheelModel, o: ViewOptions) => WheelView {
  let v: WheelView = { ids: [], names: [], flagWords: [], badges: [], labels: [], entries: [], issues: [], notes: [], summary: '' };
  let labelsFor: unknown[] = [];
  let issuesFor: unknown[] = [];
  let summaryFor: unknown[] = [];

  function labels(m: WheelModel, o: ViewOptions): void {
    const byId = m.priorities.length ? new Map(m.priorities.map((p) => [p.dimensionId, p])) : undefined;
    const words: string[] = [];
    const badges: string[] = [];
    for (const d of m.dimensions) {
      const f = flagText(m.flags[d.id] ?? [], byId?.get(d.id), o.t);
      words.push(f.words);
      badges.push(f.badges);
    }
    const key = [m.dimensions, o.tag, o.locale];
    if (same(key, labelsFor) && same(words, v.flagWords) && same(badges, v.badges)) return;
    labelsFor = key;
    const layout = layoutFor(m.dimensions.length);
    const before = v.labels;
    const placed = m.dimensions.map((d, i) => {
      const l = placedLabel(localize(d.label, o.tag), i, layout, badges[i]);
      const b = before[i]; // the same label as before keeps its object: only changed labels are redrawn
      return b && b.text === l.text && b.badges === l.badges && b.place.x === l.place.x && b.place.y === l.place.y
        && b.place.anchor === l.place.anchor && b.place.firstDy === l.place.firstDy && b.lines.join('\n') === l.lines.join('\n') ? b : l;
    });
    v = { ...v, flagWords: words, badges, labels: placed, names: placed.map((l) => l.text), ids: m.dimensions.map((d) => d.id) };
  }

  function entries(m: WheelModel, o: ViewOptions): LegendEntry[] {
    let g = 0;
    const next = m.series.map((s: WheelSeries, i) => {
      const k = s.kind === 'group' ? g++ : 0;
      return {
        id: s.id, kind: s.kind ?? 'other', slot: (i % 6) + 1, blocked: false,
        visible: o.visibility[s.id] ?? (s.kind !== 'group' || k < o.maxGroups),
        name: `${localize(s.label, o.tag)}${s.n != null ? ` (${o.t('n', { n: formatNumber(s.n, o.tag, 0) })})` : ''}`,
      };
    });
    const full = next.filter((e) => e.kind === 'group' && e.visible).length >= o.maxGroups;
    for (const e of next) e.blocked = full && e.kind === 'group' && !e.visible;
    const last = v.entries; // the last array while the entries say the same, so the legend is not redrawn
    return next.length === last.length && next.every((e, i) => {
      const l = last[i];
      return e.id === l.id && e.name === l.name && e.kind === l.kind && e.slot === l.slot && e.visible === l.visible && e.blocked === l.blocked;
    }) ? last : next;
  }

  return (m, o) => {
    labels(m, o);
    const list = entries(m, o);
    // The notes are made again only when the issues, the aggregate or the language change.
    const issueKey = m.issues.map((i) => `${i.code}\u0001${i.path}\u0001${i.value ?? ''}`).join('\u0002');
    const key = [issueKey, m.aggregate, m.assessmentErrors, m.max, o.locale, o.tag, list, o.maxGroups];
    if (!same(key, issuesFor)) {
      const issues = same(key.slice(0, 6), issuesFor.slice(0, 6)) ? v.issues : issueNotes(m, o.t, o.tag);
      const limit = list.filter((e) => e.kind === 'group').length > o.maxGroups;
      v = { ...v, issues, notes: limit ? [...issues, { path: '', code: 'group-limit', text: o.t('groupLimit', { max: o.maxGroups }) }] : issues };
      issuesFor = key;
    }
    const summaryKey = [m.series, m.dimensions, list, o.tag, o.locale];
    const summary = same(summaryKey, summaryFor) ? v.summary : summaryOf(m, list, o.tag, o.t);
    summaryFor = summaryKey;
    if (list !== v.entries || summary !== v.summary) v = { ...v, entries: list, summary };
    return v;
  };
}
