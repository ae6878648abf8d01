// <socratic-wheel> in a real browser: accessibility first, then drawing, data from responses, editing, export, source, bad input.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/socratic-wheel/socratic-wheel.js';
import type { SocraticWheel, WheelSeries } from '../../src/socratic-wheel/socratic-wheel.js';
import { defaultAssessment } from '../../src/core/default-assessment.js';
import { CENTER, RADIUS, VIEW } from '../../src/socratic-wheel/geometry.js';
import type { Answer, SurveyResponse } from '../../src/core/types.js';
import { buildReleaseSnapshot, viewRelease } from '../../src/core/release.js';

const ids = defaultAssessment.dimensions.map((d) => d.id);
const values = (xs: (number | null)[]) => Object.fromEntries(ids.map((id, i) => [id, xs[i] ?? null]));
const portrait: WheelSeries[] = [
  { id: 'now', label: { en: 'Current', fr: 'Actuel' }, kind: 'current', values: values([6, 7.5, 5, 3, 6, 4, 5, 7, 6, 5]) },
  { id: 'goal', label: { en: 'Target', fr: 'Cible' }, kind: 'target', values: values([8, 8, 7, 6, 7, 6, 6, 8, 7, 4]) },
  { id: 'last', label: { en: 'Last year', fr: 'L’an dernier' }, kind: 'baseline', values: values([5, 6, 4, 3, 5, 3, 4, 6, 5, 4]) },
];

let nextId = 0;
/** A response to the built-in assessment: every question at `level` (reverse ones mirrored), some dims answered 'dk'. */
function respond(level: number, group?: string, dk: string[] = []): SurveyResponse {
  const answers: Record<string, Answer> = {};
  for (const d of defaultAssessment.dimensions) {
    for (const q of d.questions) answers[q.id] = dk.includes(d.id) ? 'dk' : q.reverse ? 4 - level : level;
  }
  return { assessmentId: defaultAssessment.id, assessmentVersion: defaultAssessment.version, respondent: { id: `p${nextId++}`, group }, answers };
}
const groupOf = (n: number, level: number, group?: string) => Array.from({ length: n }, () => respond(level, group));

const sr = (el: SocraticWheel) => el.shadowRoot!;
const $ = <T extends Element = Element>(el: SocraticWheel, sel: string) => sr(el).querySelector<T>(sel);
const $$ = <T extends Element = Element>(el: SocraticWheel, sel: string) => [...sr(el).querySelectorAll<T>(sel)];
const sliders = (el: SocraticWheel) => $$<HTMLElement>(el, '[role="slider"]');
const settle = async (el: SocraticWheel) => { await el.updateComplete; await el.updateComplete; };

describe('<socratic-wheel>: accessibility in its main states', () => {
  it('portrait: current, target and baseline', async () => {
    const el = await fixture<SocraticWheel>(html`<socratic-wheel .series=${portrait} label="Our wheel"></socratic-wheel>`);
    await expect(el).to.be.accessible();
    const fig = $(el, '[role="figure"]')!;
    expect(fig.getAttribute('aria-label')).to.equal('Our wheel');
    expect($(el, '#summary')!.textContent).to.equal('Highest: Policy & strategic framework (7.5); lowest: Financial resources (3); 10 dimensions, 3 series.');
    expect($(el, 'svg')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('from responses, with groups, editable, in French, with the table shown', async () => {
    const responses = [...groupOf(5, 2, 'staff'), ...groupOf(5, 3, 'management'), ...groupOf(2, 4, 'board')];
    const el = await fixture<SocraticWheel>(html`<socratic-wheel lang="fr" editable="target" show-table .responses=${responses}></socratic-wheel>`);
    await expect(el).to.be.accessible();
  });

  it('empty and broken states', async () => {
    const el = await fixture<SocraticWheel>(html`<socratic-wheel .dimensions=${[]}></socratic-wheel>`);
    await expect(el).to.be.accessible();
    const bad = await fixture<SocraticWheel>(html`<socratic-wheel .series=${[{ id: 'x', values: { nope: 3, policy: 40 } }]}></socratic-wheel>`);
    await expect(bad).to.be.accessible();
  });
});

describe('<socratic-wheel>: drawing', () => {
  it('has one spoke per dimension in the fixed order, rings at each step, labels that wrap', async () => {
    const el = await fixture<SocraticWheel>(html`<socratic-wheel .series=${portrait}></socratic-wheel>`);
    expect($$(el, 'line.spoke')).to.have.length(10);
    expect($$(el, 'circle.ring')).to.have.length(10);
    expect($$(el, 'circle.ring.major')).to.have.length(5);
    const labels = $$(el, 'text.label');
    expect(labels.map((t) => t.querySelector('title')!.textContent)).to.deep.equal(
      defaultAssessment.dimensions.map((d) => (d.label as Record<string, string>).en));
    expect(labels[4].querySelectorAll('tspan.label-text').length).to.be.greaterThan(1);
    const first = labels[0].querySelector('tspan')!;
    expect(Number(labels[0].getAttribute('x'))).to.be.closeTo(320, 0.01);
    expect(first.textContent).to.contain('Political');
  });

  it('draws each kind differently, without relying on colour', async () => {
    const el = await fixture<SocraticWheel>(html`<socratic-wheel .series=${portrait}></socratic-wheel>`);
    const style = (kind: string) => getComputedStyle($(el, `.series.kind-${kind} .outline`)!);
    expect(style('current').fill).to.not.equal('none');
    expect(style('target').strokeDasharray).to.not.equal('none');
    expect(style('target').fill).to.equal('none');
    expect(Number(style('baseline').strokeOpacity)).to.be.lessThan(1);
    expect($(el, '.series.kind-target .marker')!.tagName).to.equal('path'); // a diamond, where current has circles
    expect($(el, '.series.kind-current .marker')!.tagName).to.equal('circle');
    expect($$(el, '.series').map((g) => g.getAttribute('data-series'))).to.deep.equal(['last', 'now', 'goal']);
  });

  it('writes values on demand: on hover, or all with show-values', async () => {
    const el = await fixture<SocraticWheel>(html`<socratic-wheel .series=${portrait}></socratic-wheel>`);
    expect($$(el, 'text.value')).to.have.length(0);
    const hover = $(el, '.series.kind-current .point[data-index="1"] .hover')!;
    hover.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect($$(el, 'text.value').map((t) => t.textContent)).to.deep.equal(['7.5']);
    el.showValues = true;
    await el.updateComplete;
    expect($$(el, 'text.value')).to.have.length(30);
  });

  it('has a legend that toggles series, and a table of every value', async () => {
    const el = await fixture<SocraticWheel>(html`<socratic-wheel .series=${portrait}></socratic-wheel>`);
    const buttons = $$<HTMLButtonElement>(el, '.legend-item');
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['Current', 'Target', 'Last year']);
    expect(buttons.every((b) => b.getAttribute('aria-pressed') === 'true')).to.equal(true);
    buttons[2].click();
    await el.updateComplete;
    expect(buttons[2].getAttribute('aria-pressed')).to.equal('false');
    expect($(el, '[data-series="last"].series')).to.equal(null);
    const wrap = $(el, '.table-wrap')!;
    expect(wrap.classList.contains('visually-hidden')).to.equal(true);
    const rows = $$(el, 'tbody tr');
    expect(rows).to.have.length(10);
    expect([...rows[1].querySelectorAll('td')].slice(0, 3).map((c) => c.textContent)).to.deep.equal(['7.5', '8', '6']);
    $<HTMLButtonElement>(el, '.table-toggle')!.click();
    await el.updateComplete;
    expect(el.hasAttribute('show-table')).to.equal(true);
    expect(wrap.classList.contains('visually-hidden')).to.equal(false);
  });

  it('flags a target below current, in the picture and the table', async () => {
    const el = await fixture<SocraticWheel>(html`<socratic-wheel .series=${portrait}></socratic-wheel>`);
    const last = $$(el, 'tbody tr')[9];
    expect(last.lastElementChild!.textContent).to.equal('target below current');
    expect($$(el, 'text.label')[9].querySelector('.badge')!.textContent).to.contain('↓');
    expect($(el, '.legend-note')!.textContent).to.contain('target below current');
  });

  it('speaks French: labels, numbers with a decimal comma, summary', async () => {
    const el = await fixture<SocraticWheel>(html`<socratic-wheel lang="fr" .series=${portrait}></socratic-wheel>`);
    expect($$(el, 'text.label title')[3].textContent).to.equal('Ressources financières');
    expect($(el, '#summary')!.textContent).to.equal('Valeur la plus haute\u00a0: Politique et cadre stratégique (7,5); la plus basse\u00a0: Ressources financières (3); 10 dimensions, 3 séries.');
    expect($$(el, 'tbody tr')[1].querySelector('td')!.textContent).to.equal('7,5');
    expect($(el, '.table-toggle')!.textContent).to.equal('Afficher le tableau');
  });

  it('prints in black and white with whiskers, and keeps still with reduced motion', async () => {
    const el = await fixture<SocraticWheel>(html`<socratic-wheel .series=${[{ ...portrait[0], spread: { policy: [6, 9] } }]}></socratic-wheel>`);
    expect(getComputedStyle($(el, '.cap')!).display).to.equal('none');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle($(el, '.cap')!).display).to.not.equal('none');
      expect(getComputedStyle($(el, '.series .outline')!).stroke).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle($(el, '.table-toggle')!).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(getComputedStyle($(el, '.series')!).transitionDuration).to.equal('0s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('fills its container, and numbers the spokes with a key below in a narrow one', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 280px"><socratic-wheel .series=${portrait}></socratic-wheel></div>`);
    const el = wrap.querySelector('socratic-wheel')!;
    await el.updateComplete;
    expect(Math.round($(el, '.plot')!.getBoundingClientRect().width)).to.equal(280);
    expect(getComputedStyle($(el, '.label-num')!).display).to.not.equal('none');
    expect(getComputedStyle($(el, '.key')!).display).to.equal('block');
    wrap.style.width = '900px';
    await new Promise((r) => requestAnimationFrame(r));
    expect(getComputedStyle($(el, '.label-num')!).display).to.equal('none');
    expect(getComputedStyle($(el, '.key')!).display).to.equal('none');
  });
});

describe('<socratic-wheel>: from responses', () => {
  it('computes the current series, its spread and flags through the core', async () => {
    const responses = [...groupOf(3, 0), ...groupOf(3, 4), ...Array.from({ length: 4 }, () => respond(2, undefined, ['partnerships']))];
    const el = await fixture<SocraticWheel>(html`<socratic-wheel .responses=${responses}></socratic-wheel>`);
    const current = $(el, '.series.kind-current')!;
    expect(current.getAttribute('data-series')).to.equal('current');
    expect($$(el, '.spread .band').length).to.be.greaterThan(0);
    const labels = $$(el, 'text.label');
    expect(labels[0].querySelector('.badge')!.textContent).to.contain('≠');
    expect(labels[8].querySelector('.badge')!.textContent).to.contain('?');
    expect($(el, '.legend-note')!.textContent).to.contain('low agreement');
    expect($$(el, 'thead th').map((t) => t.textContent)).to.include('Respondents');
    expect($(el, '.legend-item')!.textContent).to.contain('n = 10');
    await expect(el).to.be.accessible();
  });

  it('shows groups of at least 5 as overlays with their n, at most 3 at a time', async () => {
    const responses = ['a', 'b', 'c', 'd'].flatMap((g, i) => groupOf(5 + i, i + 1, g));
    const el = await fixture<SocraticWheel>(html`<socratic-wheel .responses=${responses}></socratic-wheel>`);
    const groups = $$<HTMLButtonElement>(el, '.legend-item.kind-group');
    expect(groups.map((b) => b.textContent!.trim())).to.deep.equal(['a (n = 5)', 'b (n = 6)', 'c (n = 7)', 'd (n = 8)']);
    expect(groups.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['true', 'true', 'true', 'false']);
    expect(groups[3].getAttribute('aria-disabled')).to.equal('true');
    groups[3].click();
    await el.updateComplete;
    expect(groups[3].getAttribute('aria-pressed')).to.equal('false');
    expect($(el, '.notes')!.textContent).to.contain('At most 3 groups');
    groups[0].click();
    await el.updateComplete;
    groups[3].click();
    await el.updateComplete;
    expect(groups.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'true', 'true', 'true']);
  });

  it('does not draw groups below the minimum size, and says so', async () => {
    const responses = [...groupOf(6, 2, 'staff'), ...groupOf(6, 3, 'management'), ...groupOf(2, 4, 'board'), ...groupOf(1, 0, 'partner')];
    const el = await fixture<SocraticWheel>(html`<socratic-wheel .responses=${responses}></socratic-wheel>`);
    expect($(el, '.notes')!.textContent).to.contain('2 groups have fewer than 5 respondents and are not shown, to protect confidentiality.');
    expect($$(el, '.legend-item.kind-group')).to.have.length(1); // staff hidden too: complementary suppression
    expect($(el, '.notes')!.textContent).to.contain('1 more group(s) are not shown');
    expect(el.shadowRoot!.textContent).to.not.contain('board');
  });

  it('draws nothing from fewer than 5 respondents', async () => {
    const el = await fixture<SocraticWheel>(html`<socratic-wheel lang="fr" .responses=${groupOf(3, 2)}></socratic-wheel>`);
    expect($(el, '.series')).to.equal(null);
    expect($(el, '.notes')!.textContent).to.contain('Réponses pour l’instant\u00a0: 3.');
  });
});

describe('<socratic-wheel>: from a release', () => {
  const snapshotOf = (responses: SurveyResponse[], groups: string[]) => buildReleaseSnapshot(defaultAssessment, responses, { groups });

  it('draws the current series, spread, flags and overlays as it does from the same responses', async () => {
    const responses = [...groupOf(6, 1, 'staff'), ...groupOf(5, 3, 'management'), ...Array.from({ length: 2 }, () => respond(4, 'board', ['partnerships']))];
    const release = { id: 3, at: '2026-12-03T10:40:00Z', ...viewRelease(snapshotOf(responses, ['staff', 'management', 'board']), { minGroupSize: 5 }) };
    const direct = await fixture<SocraticWheel>(html`<socratic-wheel .responses=${responses}></socratic-wheel>`);
    const el = await fixture<SocraticWheel>(html`<socratic-wheel .release=${release}></socratic-wheel>`);
    const table = (w: SocraticWheel) => $$(w, 'table tr').map((r) => r.textContent!.replace(/\s+/g, ' ').trim());
    const legend = (w: SocraticWheel) => $$(w, '.legend-item').map((b) => b.textContent!.trim());
    // Every value, spread, count and flag in the table is the same; board (2) and, complementary, management are hidden from both.
    expect(table(el)).to.deep.equal(table(direct));
    expect(legend(el)).to.deep.equal(legend(direct));
    expect(legend(el)).to.deep.equal(['Current (n = 13)', 'Staff (n = 6)']);
    expect($(el, '.spread .band')).to.not.equal(null);
    expect($(el, '.notes')!.textContent).to.contain('1 group has fewer than 5 respondents and is not shown');
    expect($(el, '.notes')!.textContent).to.contain('1 more group(s) are not shown');
    await expect(el).to.be.accessible();
  });

  it('a hidden figure stays a gap; a release replaces responses; setting it to null goes back to them', async () => {
    const responses = [...groupOf(5, 2, 'a'), ...Array.from({ length: 2 }, () => respond(2, 'a', ['policy']))];
    const release = viewRelease(snapshotOf(responses, ['a']), { minGroupSize: 6 }); // policy: 5 scored, below 6
    const el = await fixture<SocraticWheel>(html`<socratic-wheel .release=${release} .responses=${groupOf(5, 4)}></socratic-wheel>`);
    const cell = (row: number) => $$(el, 'tbody tr')[row].querySelectorAll('td')[0].textContent;
    expect(cell(0)).to.equal('5');
    expect(cell(1), 'policy: hidden, a gap').to.equal('—');
    expect($(el, '.legend-note')!.textContent).to.contain('A break in an outline is a missing value, not a zero.');
    el.release = null;
    await settle(el);
    expect(cell(0)).to.equal('10');
  });

  it('lists the release\'s comments by dimension, in the wheel\'s language', async () => {
    const said = (i: number) => ({ ...respond(2, 'a'), comments: { 'pw-1': `Commentaire ${i}` } });
    const release = viewRelease(snapshotOf(Array.from({ length: 5 }, (_, i) => said(i)), ['a']), { minGroupSize: 5 });
    const el = await fixture<SocraticWheel>(html`<socratic-wheel lang="fr" .release=${release}></socratic-wheel>`);
    const details = $<HTMLDetailsElement>(el, 'details[part="comments"]')!;
    expect(details.querySelector('summary')!.textContent).to.equal('Commentaires (5)');
    expect($$(el, '[part="comments"] dt').map((d) => d.textContent)).to.deep.equal(['Volonté politique et leadership']);
    expect($$(el, '[part="comments"] dd').map((d) => d.textContent).sort()).to.deep.equal([0, 1, 2, 3, 4].map((i) => `Commentaire ${i}`));
    details.open = true;
    await expect(el).to.be.accessible();
  });

  it('a damaged release is read as far as it can be: what cannot is hidden and said, with ge-error', async () => {
    const release = viewRelease(snapshotOf(groupOf(6, 3, 'a'), ['a']), { minGroupSize: 5 }) as unknown as Record<string, unknown>;
    (release.dimensions as Record<string, unknown>).policy = { n: 'six', scores: 'many' };
    const errors: { code: string; message: string }[][] = [];
    const wrap = await fixture<HTMLDivElement>(html`<div @ge-error=${(e: CustomEvent) => errors.push(e.detail.errors)}></div>`);
    const el = document.createElement('socratic-wheel') as SocraticWheel;
    el.release = release as never;
    wrap.append(el);
    await settle(el);
    const cells = $$(el, 'tbody tr').map((r) => r.querySelectorAll('td')[0].textContent);
    expect(cells.slice(0, 2)).to.deep.equal(['7.5', '—']);
    expect($(el, '.notes')!.textContent).to.contain('Part of the release could not be read and is not shown: A dimension of the release has no count or no scores');
    expect(errors.flat().map((e) => e.code)).to.include('invalid-release');
    el.release = 'junk' as never;
    await settle(el);
    expect($(el, '.series.kind-current')).to.equal(null);
    expect($(el, '.notes')!.textContent).to.contain('The release is not an object.');
  });
});

describe('<socratic-wheel>: editing', () => {
  const editable = async (step?: number, lang = 'en') => fixture<SocraticWheel>(html`<socratic-wheel lang=${lang} editable="goal" step=${step ?? 1}
    .series=${portrait.map((s) => ({ ...s, values: { ...s.values } }))}></socratic-wheel>`);

  it('makes each point of the edited series a slider, in the page\'s language', async () => {
    const el = await editable(0.5, 'fr');
    const s = sliders(el);
    expect(s).to.have.length(10);
    expect(s[1].getAttribute('aria-label')).to.equal('Politique et cadre stratégique, Cible');
    expect(s[1].getAttribute('aria-valuenow')).to.equal('8');
    expect(s[1].getAttribute('aria-valuetext')).to.equal('8 sur 10');
    s[1].focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(s[1].getAttribute('aria-valuetext')).to.equal('7,5 sur 10');
  });

  it('moves by arrows, Page Up/Down, Home and End, firing ge-wheel-change each time', async () => {
    const el = await editable();
    const seen: unknown[] = [];
    el.addEventListener('ge-wheel-change', (e) => seen.push(e.detail));
    sliders(el)[3].focus();
    for (const key of ['ArrowUp', 'ArrowRight', 'PageUp', 'ArrowDown', 'ArrowLeft', 'PageDown', 'End', 'End', 'Home']) {
      await sendKeys({ press: key });
    }
    await el.updateComplete;
    expect(seen.map((d) => (d as { value: number }).value)).to.deep.equal([7, 8, 10, 9, 8, 6, 10, 0]);
    expect(seen[0]).to.deep.equal({ seriesId: 'goal', dimensionId: 'financial-resources', value: 7 });
    expect(el.series.find((s) => s.id === 'goal')!.values['financial-resources']).to.equal(0);
    expect(sr(el).activeElement).to.equal(sliders(el)[3]);
  });

  it('sets a value by dragging a point', async () => {
    const el = await editable();
    const box = $(el, '.plot')!.getBoundingClientRect();
    const unit = box.width / VIEW;
    const s = sliders(el)[2]; // governance: the spoke at 2/10 of a turn, target 7
    const r = s.getBoundingClientRect();
    const change = oneEvent(el, 'ge-wheel-change');
    await sendMouse({ type: 'move', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
    await sendMouse({ type: 'down' });
    const a = (2 * Math.PI * 2) / 10;
    const at = (v: number) => [Math.round(box.x + (CENTER + (RADIUS / 10) * v * Math.sin(a)) * unit), Math.round(box.y + (CENTER - (RADIUS / 10) * v * Math.cos(a)) * unit)];
    await sendMouse({ type: 'move', position: at(4) as [number, number] });
    await sendMouse({ type: 'move', position: at(3) as [number, number] });
    await sendMouse({ type: 'up' });
    await resetMouse();
    expect((await change).detail.dimensionId).to.equal('governance');
    await el.updateComplete;
    expect(el.series.find((x) => x.id === 'goal')!.values.governance).to.equal(3);
    expect(sr(el).activeElement).to.equal(sliders(el)[2]);
  });

  it('sets a value by a click or a touch on a spoke, snapped to step', async () => {
    const el = await editable(0.5);
    const box = $(el, '.plot')!.getBoundingClientRect();
    const unit = box.width / VIEW;
    const hit = $$(el, 'line.hit')[6]; // organisational culture, spoke at 6/10 of a turn
    const a = (2 * Math.PI * 6) / 10;
    const v = 8.4; // snaps to 8.5
    const x = box.x + (CENTER + (RADIUS / 10) * v * Math.sin(a)) * unit, y = box.y + (CENTER - (RADIUS / 10) * v * Math.cos(a)) * unit;
    const change = oneEvent(el, 'ge-wheel-change');
    hit.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, clientX: x, clientY: y, pointerId: 7, pointerType: 'touch', isPrimary: true }));
    hit.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, composed: true, clientX: x, clientY: y, pointerId: 7, pointerType: 'touch' }));
    expect((await change).detail).to.deep.equal({ seriesId: 'goal', dimensionId: 'organisational-culture', value: 8.5 });
    expect(getComputedStyle(hit).touchAction).to.equal('none');
  });

  it('starts an empty series when editable names none', async () => {
    const el = await fixture<SocraticWheel>(html`<socratic-wheel editable="target" .series=${[portrait[0]]}></socratic-wheel>`);
    expect(sliders(el)[0].getAttribute('aria-valuetext')).to.equal('not set');
    sliders(el)[0].focus();
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(el.series.map((s) => s.id)).to.deep.equal(['now', 'target']);
    expect(el.series[1].values).to.deep.equal({ 'political-will': 1 });
  });

  it('keeps priorities up to date through the core, with ge-priorities-change', async () => {
    const el = await editable();
    expect(el.priorities[0]).to.deep.include({ dimensionId: 'financial-resources', current: 30, target: 60, gap: 30 });
    expect(el.priorities.find((p) => p.dimensionId === 'accountability')!.tags).to.deep.equal(['target-below-current']);
    const change = oneEvent(el, 'ge-priorities-change');
    sliders(el)[5].focus();
    await sendKeys({ press: 'End' });
    const { detail } = await change;
    expect(detail.priorities[0]).to.deep.include({ dimensionId: 'technical-capacity', gap: 60 });
    let count = 0;
    el.addEventListener('ge-priorities-change', () => count++);
    el.showValues = true; // no change to priorities: no event
    await el.updateComplete;
    expect(count).to.equal(0);
  });

  it('fires ge-dimension-select when a spoke label is activated, by click or keyboard', async () => {
    const el = await fixture<SocraticWheel>(html`<socratic-wheel .series=${portrait}></socratic-wheel>`);
    const buttons = $$<HTMLButtonElement>(el, '.label-button');
    expect(buttons[3].textContent).to.contain('Financial resources');
    let ev = oneEvent(el, 'ge-dimension-select');
    buttons[3].click();
    expect((await ev).detail).to.deep.equal({ dimensionId: 'financial-resources' });
    ev = oneEvent(el, 'ge-dimension-select');
    buttons[1].focus();
    await sendKeys({ press: 'Enter' });
    expect((await ev).detail).to.deep.equal({ dimensionId: 'policy' });
  });
});

describe('<socratic-wheel>: export', () => {
  it('gives a standalone SVG in the current language', async () => {
    const el = await fixture<SocraticWheel>(html`<socratic-wheel lang="fr" label="Notre roue" .series=${portrait}></socratic-wheel>`);
    const text = el.toSVG();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const root = doc.documentElement;
    expect(root.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
    expect(root.getAttribute('font-family')).to.contain('system-ui');
    expect(root.querySelector('title')!.textContent).to.equal('Notre roue');
    expect(text).to.contain('Ressources');
    expect(text).to.contain('Cible');
    expect(text).to.not.contain('var(--');
    expect(text).to.not.contain('class=');
    expect(root.querySelector('.hit, .hover')).to.equal(null);
    expect(doc.querySelector('path')!.getAttribute('style') ?? '').to.match(/stroke/);
  });

  it('keeps a title and labels holding $&, $` and $\' as written (a replacement pattern is no text to interpret)', async () => {
    const title = 'Costs $& gains $` before $\' after';
    const dimensions = [{ id: 'a', label: 'Budget $& more' }, { id: 'b', label: 'Reach $\'' }, { id: 'c', label: 'Time $`' }];
    const series: WheelSeries[] = [{ id: 's', label: 'Ours $& $` $\'', kind: 'current', values: { a: 3, b: 4, c: 5 } }];
    const el = await fixture<SocraticWheel>(html`<socratic-wheel label=${title} .dimensions=${dimensions} .series=${series}></socratic-wheel>`);
    const svg = el.toSVG();
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')?.textContent ?? 'parses', 'the SVG parses').to.equal('parses');
    expect(doc.documentElement.tagName).to.equal('svg');
    expect(doc.querySelector('title')!.textContent).to.equal(title);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).to.include(title);
    expect(texts).to.include('Ours $& $` $\'');
    for (const d of dimensions) expect(texts.some((t) => t!.includes(d.label)), d.label).to.equal(true);
    expect(svg.match(/<svg/g)).to.have.length(1);
    expect((await el.toPNG()).type).to.equal('image/png');
  });

  it('gives a PNG at 2×', async () => {
    const el = await fixture<SocraticWheel>(html`<socratic-wheel .series=${portrait}></socratic-wheel>`);
    const png = await el.toPNG();
    expect(png.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png);
    expect(bitmap.width).to.equal(1280);
  });
});

describe('<socratic-wheel source>', () => {
  const submit = (survey: Element, response: SurveyResponse) =>
    survey.dispatchEvent(new CustomEvent('ge-survey-submit', { bubbles: true, composed: true, detail: { response, scores: {} } }));

  it('plots the submissions of a survey on the page, even one added later', async () => {
    const el = await fixture<SocraticWheel>(html`<socratic-wheel source="s1"></socratic-wheel>`);
    const survey = Object.assign(document.createElement('div'), { id: 's1', assessment: defaultAssessment });
    const other = Object.assign(document.createElement('div'), { id: 'other' });
    document.body.append(survey, other);
    try {
      for (let i = 0; i < 4; i++) submit(survey, respond(3));
      submit(other, respond(0));
      await el.updateComplete;
      expect($(el, '.series')).to.equal(null);
      expect($(el, '.notes')!.textContent).to.contain('Responses so far: 4.');
      submit(survey, respond(3));
      await el.updateComplete;
      expect($(el, '.series.kind-current')).to.not.equal(null);
      expect($$(el, 'tbody tr')[0].querySelector('td')!.textContent).to.equal('7.5');
    } finally {
      survey.remove();
      other.remove();
    }
  });
});

describe('<socratic-wheel>: bad input never throws, never draws silently wrong', () => {
  it('ignores unknown dimensions and names them', async () => {
    const el = await fixture<SocraticWheel>(html`<socratic-wheel .series=${[{ id: 'x', values: { policy: 5, nope: 3, zut: 1 } }]}></socratic-wheel>`);
    expect($(el, '.notes')!.textContent).to.contain('Unknown dimensions ignored: nope, zut.');
  });

  it('clamps values outside the scale, and says how many', async () => {
    const errors = new Promise<CustomEvent>((resolve) => document.addEventListener('ge-error', (e) => resolve(e as CustomEvent), { once: true }));
    const el = await fixture<SocraticWheel>(html`<socratic-wheel .series=${[{ id: 'x', values: { policy: 40, governance: -2, accountability: 5 } }]}></socratic-wheel>`);
    expect($(el, '.notes')!.textContent).to.contain('2 value(s) outside 0–10 were clamped.');
    expect($$(el, 'tbody tr')[1].querySelector('td')!.textContent).to.equal('10');
    expect((await errors).detail.errors[0]).to.include({ code: 'out-of-range', path: 'series[0].values.policy' });
  });

  it('leaves NaN and null out as gaps, not zeros, and says so', async () => {
    const el = await fixture<SocraticWheel>(html`<socratic-wheel .series=${[{ id: 'x', kind: 'current', values: values([5, Number.NaN, 5, 5, 5, null, 5, 5, 5, 5]) }]}></socratic-wheel>`);
    const d = $(el, '.series .outline')!.getAttribute('d')!;
    expect(d.endsWith('Z')).to.equal(false);
    expect($$(el, '.series .marker')).to.have.length(8);
    expect($(el, '.notes')!.textContent).to.contain('1 value(s) are not numbers');
    expect($(el, '.legend-note')!.textContent).to.contain('missing value, not a zero');
    expect($$(el, 'tbody tr')[1].querySelector('td')!.textContent).to.equal('—');
  });

  it('says there is nothing to draw for an empty dimension list', async () => {
    const el = await fixture<SocraticWheel>(html`<socratic-wheel .dimensions=${[]} .series=${portrait}></socratic-wheel>`);
    expect($(el, '[role="alert"]')!.textContent).to.equal('No dimensions to draw.');
    expect($(el, 'svg.wheel-svg')).to.equal(null);
    expect(el.toSVG()).to.equal('');
  });

  it('draws 30 dimensions with shorter labels and the full text kept', async () => {
    const dims = Array.from({ length: 30 }, (_, i) => ({ id: `d${i}`, label: `Dimension number ${i + 1} with a long name` }));
    const el = await fixture<SocraticWheel>(html`<socratic-wheel .dimensions=${dims}
      .series=${[{ id: 's', kind: 'current', values: Object.fromEntries(dims.map((d, i) => [d.id, i % 10])) }]}></socratic-wheel>`);
    expect($$(el, 'line.spoke')).to.have.length(30);
    const label = $$(el, 'text.label')[12];
    expect(label.querySelectorAll('tspan.label-text')).to.have.length(1);
    expect(label.textContent).to.contain('…');
    expect(label.querySelector('title')!.textContent).to.equal('Dimension number 13 with a long name');
    expect($$(el, 'tbody th[scope="row"]')[12].textContent).to.equal('Dimension number 13 with a long name');
    expect(label.querySelector('tspan')!.textContent).to.match(/^13\. Dimensi/);
    expect(getComputedStyle($(el, '.key')!).display).to.equal('block');
    await expect(el).to.be.accessible();
  });

  it('survives garbage: series not an array, a broken assessment, a bad max', async () => {
    const seen: CustomEvent[] = [];
    const listen = (e: Event) => seen.push(e as CustomEvent);
    document.addEventListener('ge-error', listen);
    try {
      const el = await fixture<SocraticWheel>(html`<socratic-wheel max="abc" .series=${'nope' as unknown as WheelSeries[]}></socratic-wheel>`);
      expect($(el, '.notes')!.textContent).to.contain('could not be read');
      expect($(el, '.notes')!.textContent).to.contain('10 is used');
      expect($$(el, 'line.spoke')).to.have.length(10);
      el.assessment = { id: 'broken' } as never;
      await settle(el);
      expect($(el, '.notes')!.textContent).to.contain('The assessment cannot be read');
      expect($(el, '[role="alert"]')!.textContent).to.equal('No dimensions to draw.');
      el.series = [null, 3, { id: 'x' }] as never;
      await settle(el);
      expect(seen.length).to.be.greaterThan(1);
      expect(seen.at(-1)!.detail.errors.some((x: { code: string }) => x.code === 'invalid-assessment')).to.equal(true);
    } finally {
      document.removeEventListener('ge-error', listen);
    }
  });

  it('takes 100 updates of three 10-spoke series in its stride', async () => {
    const el = await fixture<SocraticWheel>(html`<socratic-wheel .series=${portrait}></socratic-wheel>`);
    for (let i = 0; i < 100; i++) {
      el.series = portrait.map((s) => ({ ...s, values: values(ids.map((_, k) => (i + k) % 11)) }));
      await el.updateComplete;
    }
    expect($$(el, '.series')).to.have.length(3);
    expect($$(el, 'tbody tr')[0].querySelector('td')!.textContent).to.equal('0'); // (99 + 0) % 11
  });
});
