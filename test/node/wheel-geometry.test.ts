// The wheel's geometry, against hand-computed numbers: angles, radii, rings, paths, labels, pointer ↔ value, keys.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  CENTER, HANDLE_MIN_RADIUS, RADIUS, VIEW, angleOf, handleOf, clientToView, keyToValue, labelBox, labelStyle, layoutFor, placeLabel, pointOf,
  polar, radiusOf, ringValues, seriesPath, snap, valueAtPoint, wrapLabel,
} from '../../src/socratic-wheel/geometry.js';
import { defaultAssessment } from '../../src/core/default-assessment.js';
import { communicationsModule, diversityModule } from '../../src/core/optional-dimensions.js';

const near = (a: number, b: number, tol = 1e-9) => assert.ok(Math.abs(a - b) <= tol, `${a} ≉ ${b}`);

test('spokes start at 12 o\'clock and go clockwise, evenly', () => {
  near(angleOf(0, 4), 0);
  near(angleOf(1, 4), Math.PI / 2);
  const top = polar(angleOf(0, 4), 100);
  near(top.x, CENTER); near(top.y, CENTER - 100);
  const right = polar(angleOf(1, 4), 100);
  near(right.x, CENTER + 100); near(right.y, CENTER);
  const bottom = polar(angleOf(2, 4), 100);
  near(bottom.y, CENTER + 100);
  assert.equal(angleOf(0, 0), 0);
});

test('radius is linear from 0 at the centre to max at the rim, clamped', () => {
  assert.equal(radiusOf(0, 10), 0);
  assert.equal(radiusOf(10, 10), RADIUS);
  near(radiusOf(2.5, 10), RADIUS / 4);
  assert.equal(radiusOf(15, 10), RADIUS);
  assert.equal(radiusOf(-1, 10), 0);
  near(radiusOf(50, 100), RADIUS / 2);
  const p = pointOf(5, 1, 4, 10);
  near(p.x, CENTER + RADIUS / 2); near(p.y, CENTER);
});

test('rings: each step of the scale, majors at 2/4/6/8/10', () => {
  const r = ringValues(10);
  assert.deepEqual(r.minor, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  assert.deepEqual(r.major, [2, 4, 6, 8, 10]);
  assert.deepEqual(ringValues(100).major, [20, 40, 60, 80, 100]);
  assert.ok(ringValues(4).minor.length <= 10);
});

test('layout is memoised per spoke count', () => {
  assert.equal(layoutFor(10), layoutFor(10));
  assert.equal(layoutFor(10).angles.length, 10);
  assert.equal(layoutFor(30).rim.length, 30);
  assert.ok(layoutFor(30).label.fontSize < layoutFor(10).label.fontSize);
});

test('a complete series is a closed polygon through each point', () => {
  const d = seriesPath([10, 10, 10, 10], 10);
  assert.ok(d.startsWith('M'));
  const nums = d.match(/-?\d+(\.\d+)?(e-?\d+)?/g)!.map(Number);
  const expected = [0, -RADIUS, RADIUS, 0, 0, RADIUS, -RADIUS, 0];
  expected.forEach((v, i) => near(nums[i], v, 1e-6));
  assert.ok(d.endsWith('Z'));
});

test('a missing value is a gap, never a 0: the outline is open and skips it', () => {
  const d = seriesPath([5, null, 5, 5], 10);
  assert.ok(!d.endsWith('Z'));
  assert.equal((d.match(/M/g) ?? []).length, 1, 'one run from spoke 2 round to spoke 0');
  assert.ok(!/(^|[ML])0,0/.test(d), 'nothing at the centre');
  const two = seriesPath([5, null, 5, null], 10);
  assert.equal((two.match(/M/g) ?? []).length, 2);
  assert.equal(seriesPath([null, null, null], 10), '');
  assert.equal(seriesPath([], 10), '');
});

test('snap: multiples of step, within 0..max, no float noise', () => {
  assert.equal(snap(6.4, 1, 10), 6);
  assert.equal(snap(6.26, 0.5, 10), 6.5);
  assert.equal(snap(0.30000000000000004, 0.1, 10), 0.3);
  assert.equal(snap(12, 1, 10), 10);
  assert.equal(snap(-3, 1, 10), 0);
  assert.equal(snap(3.3, 0, 10), 3, 'a bad step falls back to 1');
  fc.assert(fc.property(fc.double({ min: -100, max: 100, noNaN: true }), fc.constantFrom(0.1, 0.25, 0.5, 1, 2), (v, step) => {
    const s = snap(v, step, 10);
    return s >= 0 && s <= 10 && Math.abs(s / step - Math.round(s / step)) < 1e-6;
  }));
});

test('value at a point: projected onto the spoke, snapped, clamped', () => {
  // spoke 1 of 4 points right: x matters, y does not
  assert.equal(valueAtPoint({ x: CENTER + RADIUS * 0.62, y: CENTER + 30 }, 1, 4, 10, 1), 6);
  assert.equal(valueAtPoint({ x: CENTER + RADIUS * 0.62, y: CENTER }, 1, 4, 10, 0.5), 6);
  assert.equal(valueAtPoint({ x: CENTER - 50, y: CENTER }, 1, 4, 10, 1), 0, 'behind the centre is 0');
  assert.equal(valueAtPoint({ x: VIEW, y: CENTER }, 1, 4, 10, 1), 10, 'past the rim is max');
  // round trip on every spoke of 10
  fc.assert(fc.property(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 20 }), (i, k) => {
    const v = k / 2;
    return valueAtPoint(pointOf(v, i, 10, 10), i, 10, 10, 0.5) === v;
  }));
});

test('client coordinates map to viewBox units, centred in a non-square box', () => {
  const p = clientToView(150, 250, { left: 100, top: 200, width: 320, height: 320 });
  near(p.x, 100); near(p.y, 100);
  const q = clientToView(100 + 40 + 160, 200 + 160, { left: 100, top: 200, width: 400, height: 320 });
  near(q.x, CENTER); near(q.y, CENTER);
});

test('labels wrap at spaces within the budget, and say when cut', () => {
  assert.deepEqual(wrapLabel('Policy & strategic framework', 15, 3), { lines: ['Policy &', 'strategic', 'framework'], truncated: false });
  assert.deepEqual(wrapLabel('Partnerships', 15, 3), { lines: ['Partnerships'], truncated: false });
  const fr = wrapLabel('Reddition de comptes, suivi et apprentissage', 15, 3);
  assert.ok(fr.lines.every((l) => l.length <= 15));
  assert.ok(fr.lines.length <= 3);
  const cut = wrapLabel('Ressources humaines et conditions de travail', 12, 1);
  assert.equal(cut.truncated, true);
  assert.equal(cut.lines.length, 1);
  assert.ok(cut.lines[0].endsWith('…'));
  assert.ok(cut.lines[0].length <= 12);
  assert.deepEqual(wrapLabel('Anticonstitutionnellement', 10, 3).lines, ['Anticonst-', 'itutionne-', 'llement']);
  assert.deepEqual(wrapLabel('Culture organisationnelle', 15, 3).lines, ['Culture', 'organisationnelle'], 'a word a little long stays whole');
  assert.deepEqual(wrapLabel('   ', 10, 2), { lines: [], truncated: false });
  fc.assert(fc.property(fc.string(), fc.integer({ min: 2, max: 20 }), fc.integer({ min: 1, max: 4 }), (s, b, m) => {
    const w = wrapLabel(s, b, m);
    return w.lines.length <= m && w.lines.every((l) => l.length <= b + Math.ceil(b / 5));
  }));
});

test('labels sit outside the rim, anchored away from the wheel, within the viewBox', () => {
  const style = labelStyle(10);
  const right = placeLabel(Math.PI / 2, 2, style);
  assert.equal(right.anchor, 'start');
  assert.ok(right.x > CENTER + RADIUS);
  assert.equal(placeLabel(-Math.PI / 2, 1, style).anchor, 'end');
  assert.equal(placeLabel(3 * Math.PI / 2, 1, style).anchor, 'end');
  const top = placeLabel(0, 3, style);
  assert.equal(top.anchor, 'middle');
  assert.ok(top.firstDy + 2 * style.lineHeight <= style.fontSize, 'a top label grows upwards, off the rim');
  const bottom = placeLabel(Math.PI, 3, style);
  assert.ok(bottom.firstDy > 0, 'a bottom label grows downwards');
  for (const n of [3, 10, 30]) {
    const l = layoutFor(n);
    l.angles.forEach((a) => {
      const w = wrapLabel('Reddition de comptes, suivi et apprentissage', l.label.charBudget, l.label.maxLines);
      const box = labelBox(placeLabel(a, w.lines.length, l.label), w.lines, l.label);
      assert.ok(box.x >= -1 && box.x + box.width <= VIEW + 1, `n=${n} label inside horizontally (${box.x}, ${box.width})`);
      assert.ok(box.y >= -1 && box.y + box.height <= VIEW + 1, `n=${n} label inside vertically`);
    });
  }
});

test('slider keys: arrows ±step, Page ±2 steps, Home 0, End max', () => {
  assert.equal(keyToValue('ArrowUp', 5, 1, 10), 6);
  assert.equal(keyToValue('ArrowRight', 5, 0.5, 10), 5.5);
  assert.equal(keyToValue('ArrowDown', 5, 1, 10), 4);
  assert.equal(keyToValue('ArrowLeft', 0, 1, 10), 0);
  assert.equal(keyToValue('ArrowUp', 10, 1, 10), 10);
  assert.equal(keyToValue('PageUp', 5, 1, 10), 7);
  assert.equal(keyToValue('PageDown', 1, 1, 10), 0);
  assert.equal(keyToValue('PageUp', 50, 1, 100), 60, 'a tenth of the scale when larger');
  assert.equal(keyToValue('Home', 5, 1, 10), 0);
  assert.equal(keyToValue('End', 5, 1, 10), 10);
  assert.equal(keyToValue('ArrowUp', null, 1, 10), 1, 'from not set');
  assert.equal(keyToValue('Enter', 5, 1, 10), undefined);
});

test('every default and module label wraps whole (no "…"), in English and French, on 10 and 12 spokes, inside the viewBox', () => {
  const dims = [...defaultAssessment.dimensions, communicationsModule, diversityModule];
  assert.equal(dims.length, 12);
  for (const n of [10, 12]) {
    const l = layoutFor(n);
    for (const lang of ['en', 'fr'] as const) {
      for (const [i, d] of dims.slice(0, n).entries()) {
        const text = typeof d.label === 'string' ? d.label : d.label[lang];
        assert.ok(text, `${d.id} has a ${lang} label`);
        const w = wrapLabel(text, l.label.charBudget, l.label.maxLines);
        assert.equal(w.truncated, false, `n=${n} ${lang} "${text}" → ${JSON.stringify(w.lines)}`);
        assert.equal(w.lines.join(' '), text, `n=${n} ${lang} "${text}" is shown whole`);
        const box = labelBox(placeLabel(l.angles[i], w.lines.length, l.label), w.lines, l.label);
        assert.ok(box.x >= 0 && box.x + box.width <= VIEW, `n=${n} ${lang} "${text}" inside horizontally`);
        assert.ok(box.y >= 0 && box.y + box.height <= VIEW, `n=${n} ${lang} "${text}" inside vertically`);
      }
    }
  }
});

test('slider handles: on their point, except 0 and unset, which stay just off the centre on their own spoke', () => {
  const p = handleOf(5, 1, 4, 10);
  near(p.x, CENTER + RADIUS / 2); near(p.y, CENTER);
  const zero = handleOf(0, 1, 4, 10), unset = handleOf(null, 2, 4, 10);
  near(zero.x, CENTER + HANDLE_MIN_RADIUS); near(zero.y, CENTER);
  near(unset.x, CENTER); near(unset.y, CENTER + HANDLE_MIN_RADIUS);
  const places = new Set(Array.from({ length: 10 }, (_, i) => handleOf(null, i, 10, 10)).map((q) => `${q.x.toFixed(1)},${q.y.toFixed(1)}`));
  assert.equal(places.size, 10, 'one place per spoke');
});
