// The one seeded data generator of every bench page (classic script: defines `window.BenchData`).
// Every page of a workload draws the same data, so the anchors, the floor and ours do the same work.
(function () {
  'use strict';

  /** mulberry32: a small seeded PRNG, so every page and every run gets identical data. */
  function rng(seed) {
    let a = seed >>> 0;
    return function () {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  const WORDS = ('budget gender policy training staff leadership data monitoring partners culture ' +
    'recruitment pay safety harassment parity voice planning audit care leave mentoring targets ' +
    'procurement community outreach evaluation accountability resources strategy review').split(' ');

  function words(r, n) {
    const out = [];
    for (let i = 0; i < n; i++) out.push(WORDS[Math.floor(r() * WORDS.length)]);
    const s = out.join(' ');
    return s.charAt(0).toUpperCase() + s.slice(1);
  }

  const round1 = (x) => Math.round(x * 10) / 10;

  /** Wheel: 10 spokes (0..10 scale) x 3 series, and 100 successive values of series 0. */
  function wheel() {
    const r = rng(1);
    const dimensions = [];
    for (let i = 0; i < 10; i++) dimensions.push({ id: 'd' + i, label: words(r, 2) });
    const kinds = ['current', 'target', 'baseline'];
    const series = kinds.map((kind) => {
      const values = {};
      for (const d of dimensions) values[d.id] = round1(r() * 10);
      return { id: kind, label: kind.charAt(0).toUpperCase() + kind.slice(1), kind, values };
    });
    const updates = [];
    for (let u = 0; u < 100; u++) {
      const values = {};
      for (const d of dimensions) values[d.id] = round1(r() * 10);
      updates.push(values);
    }
    return { max: 10, dimensions, series, updates };
  }

  /** Survey: 10 sections x 6 questions on a 0..4 scale with "don't know" and "not applicable" (7 choices). */
  function survey() {
    const r = rng(2);
    const dimensions = [];
    for (let s = 0; s < 10; s++) {
      const questions = [];
      for (let q = 0; q < 6; q++) {
        questions.push({ id: 's' + s + 'q' + q, text: words(r, 8 + Math.floor(r() * 8)) + '?' });
      }
      dimensions.push({ id: 's' + s, label: 'Section ' + (s + 1) + ': ' + words(r, 2), questions });
    }
    const scale = {
      min: 0, max: 4,
      labels: ['Not at all', 'A little', 'Partly', 'Mostly', 'Fully'],
      dontKnow: true, notApplicable: true,
    };
    const extra = [{ value: 'dk', label: "Don't know" }, { value: 'na', label: 'Not applicable' }];
    return {
      /** In the package's own `Assessment` shape (shared/API.md). */
      assessment: { id: 'bench', version: '1', title: 'Bench survey', scale, dimensions },
      /** The 7 choices of every question, for the pages that render by hand or through SurveyJS. */
      choices: scale.labels.map((label, i) => ({ value: i, label })).concat(extra),
      questionCount: 60,
      radioCount: 60 * 7,
    };
  }

  const COLUMNS = [{ id: 'todo', label: 'To do' }, { id: 'doing', label: 'Doing' }, { id: 'done', label: 'Done' }];

  /** Board: 3 columns x 100 cards, and 50 valid moves `{ id, to, index }` (index in the target column after removal). */
  function board() {
    const r = rng(3);
    const actions = [];
    for (const c of COLUMNS) {
      for (let i = 0; i < 100; i++) {
        const n = actions.length;
        actions.push({ id: 'a' + n, title: words(r, 3 + Math.floor(r() * 4)), status: c.id, days: 1 + Math.floor(r() * 5) });
      }
    }
    // Simulate the columns to draw moves that are valid one after the other.
    const cols = {};
    for (const c of COLUMNS) cols[c.id] = actions.filter((a) => a.status === c.id).map((a) => a.id);
    const moves = [];
    for (let m = 0; m < 50; m++) {
      let from;
      do from = COLUMNS[Math.floor(r() * 3)].id; while (cols[from].length === 0);
      const to = COLUMNS[Math.floor(r() * 3)].id;
      const id = cols[from].splice(Math.floor(r() * cols[from].length), 1)[0];
      const index = Math.floor(r() * (cols[to].length + 1));
      cols[to].splice(index, 0, id);
      moves.push({ id, from, to, index });
    }
    return { columns: COLUMNS, actions, moves, finalOrder: cols, keys: keysOf(actions, moves) };
  }

  /**
   * The keys of each move, as the board reads them (keyboard-move-controller.ts): Space picks the card up, across a
   * column it keeps its place (or goes last when the column is shorter), up/down pass one card each, Space drops it.
   * Shared by ours.html and floor-keyboard.html, so both make the same keyboard moves.
   */
  function keysOf(actions, moves) {
    const order = COLUMNS.map((c) => c.id);
    const cols = {};
    for (const c of order) cols[c] = actions.filter((a) => a.status === c).map((a) => a.id);
    return moves.map((m) => {
      const out = [' '];
      let col = m.from, place = cols[col].indexOf(m.id);
      cols[col].splice(place, 1);
      while (col !== m.to) {
        const dir = order.indexOf(m.to) > order.indexOf(col) ? 1 : -1;
        col = order[order.indexOf(col) + dir];
        place = Math.min(place, cols[col].length);
        out.push(dir > 0 ? 'ArrowRight' : 'ArrowLeft');
      }
      for (; place < m.index; place++) out.push('ArrowDown');
      for (; place > m.index; place--) out.push('ArrowUp');
      cols[col].splice(place, 0, m.id);
      out.push(' ');
      return { id: m.id, keys: out };
    });
  }

  window.BenchData = { rng, wheel, survey, board };
})();
