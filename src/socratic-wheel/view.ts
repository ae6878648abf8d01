// What the wheel's templates show, derived from the model in the wheel's language: spoke labels and
// their badges, legend entries, notes and the summary. Pure; each part keeps its last object while it
// says the same, so that the templates' guards redraw only what changed.
import { localize } from '../core/text.js';
import type { Locale } from '../core/types.js';
import type { WheelSeries } from '../core/wheel-series.js';
import type { WheelModel } from './model.js';
import type { MessageKey, T } from './messages.js';
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
  /** What the badges shown mean, and that a break in an outline is a missing value (when a visible series has one). */
  legendNote: string[];
}

export interface ViewOptions { tag: string; locale: Locale; t: T; visibility: Record<string, boolean>; maxGroups: number }

const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** A derive function with its own memory of the last view. */
export function createViewDeriver(): (m: WheelModel, o: ViewOptions) => WheelView {
  let v: WheelView = { ids: [], names: [], flagWords: [], badges: [], labels: [], entries: [], issues: [], notes: [], summary: '', legendNote: [] };
  let labelsFor: unknown[] = [];
  let issuesFor: unknown[] = [];
  let summaryFor: unknown[] = [];
  let noteFor: unknown[] = [];

  function labels(m: WheelModel, o: ViewOptions): void {
    const byId = m.priorities.length ? new Map(m.priorities.map((p) => [p.dimensionId, p])) : undefined;
    const words: string[] = [];
    const badges: string[] = [];
    for (const d of m.dimensions) {
      const f = flagText(m.flags[d.id] ?? [], byId?.get(d.id), o.t);
      words.push(f.words);
      badges.push(f.badges);
    }
    if (!same(words, v.flagWords) || !same(badges, v.badges)) v = { ...v, flagWords: words, badges };
    const key = [m.dimensions, o.tag, o.locale];
    if (same(key, labelsFor)) return;
    labelsFor = key;
    const layout = layoutFor(m.dimensions.length);
    const before = v.labels;
    // A label whose text and spoke count did not change keeps its object (and its place): only changed labels are redrawn.
    const placed = m.dimensions.map((d, i) => {
      const text = localize(d.label, o.tag);
      return before[i]?.text === text && before.length === m.dimensions.length ? before[i] : placedLabel(text, i, layout);
    });
    v = { ...v, labels: placed, names: placed.map((l) => l.text), ids: m.dimensions.map((d) => d.id) };
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
    const summaryKey = [m.series, v.names, list, o.tag, o.locale];
    const summary = same(summaryKey, summaryFor) ? v.summary : summaryOf(m, list, v.names, o.tag, o.t);
    summaryFor = summaryKey;
    if (list !== v.entries || summary !== v.summary) v = { ...v, entries: list, summary };
    const noteKey = [v.badges, m.series, list, o.locale];
    if (!same(noteKey, noteFor)) {
      noteFor = noteKey;
      const all = v.badges.join('');
      const note = [['≠', 'noteLowAgreement'], ['?', 'noteKnowledgeGap'], ['↓', 'noteTargetBelow']].filter(([b]) => all.includes(b)).map(([, key]) => o.t(key as MessageKey));
      if (m.series.some((s, i) => list[i].visible && v.ids.some((id) => (s.values[id] ?? null) === null))) note.push(o.t('noteGaps'));
      if (!same(note, v.legendNote)) v = { ...v, legendNote: note };
    }
    return v;
  };
}
