// The CDN bundles as a web admin uses them: one classic script tag, or one ES module, offline.
import { expect } from '@open-wc/testing';

const IIFE = '/dist/cdn/gender-in-practice.min.js';
const ESM = '/dist/cdn/gender-in-practice.esm.min.js';

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(s);
  });
}

type Core = typeof import('../../src/core/index.js');
const global = window as unknown as { GenderInPractice?: Core };

describe('CDN bundles', () => {
  it('the classic script exposes the core as window.GenderInPractice and scores in the page', async () => {
    await loadScript(IIFE);
    const gip = global.GenderInPractice!;
    expect(gip).to.be.an('object');
    const a = gip.defaultAssessment;
    const r = gip.scoreResponse(a, { assessmentId: a.id, assessmentVersion: a.version, answers: { 'pw-1': 2, 'pw-2': 2 } });
    expect(r.dimensions['political-will'].score).to.equal(50);
  });

  it('loading the classic script twice throws nothing', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
    window.addEventListener('error', onError);
    await loadScript(IIFE);
    await loadScript(IIFE);
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(global.GenderInPractice!.validateAssessment(global.GenderInPractice!.defaultAssessment).ok).to.equal(true);
  });

  it('the ES module bundle exports the same API', async () => {
    const esm = (await import(/* @vite-ignore */ ESM)) as Core;
    expect(esm.validateAssessment(null).ok).to.equal(false);
    expect(Object.keys(esm)).to.include.members(['aggregateResponses', 'rankPriorities', 'responsesFromCsv']);
  });

  it('the classic script defines the three elements, and the wheel it draws is whole', async () => {
    await loadScript(IIFE);
    for (const tag of ['ge-survey', 'socratic-wheel', 'action-plan-board']) expect(customElements.get(tag), tag).to.be.a('function');
    const wheel = document.createElement('socratic-wheel') as HTMLElement & { series: unknown; updateComplete: Promise<unknown> };
    const a = global.GenderInPractice!.defaultAssessment;
    wheel.series = [{ id: 'current', label: 'Now', kind: 'current', values: Object.fromEntries(a.dimensions.map((d) => [d.id, 5])) }];
    document.body.append(wheel);
    try {
      await wheel.updateComplete;
      const svg = wheel.shadowRoot!.querySelector('svg.wheel-svg')!;
      // Ten rings on 0-10 and ten spokes that end on the outer ring: a template minifier once broke both.
      const rings = [...svg.querySelectorAll('circle.ring')];
      expect(rings.length).to.equal(10);
      const outer = Math.max(...rings.map((r) => Number(r.getAttribute('r'))));
      const spokes = [...svg.querySelectorAll('line.spoke')];
      expect(spokes.length).to.equal(10);
      for (const l of spokes) {
        const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((k) => Number(l.getAttribute(k)));
        expect(Math.hypot(x2 - x1, y2 - y1)).to.be.closeTo(outer, 0.01);
      }
      expect(svg.querySelectorAll('path.outline').length).to.equal(1);
    } finally {
      wheel.remove();
    }
  });

  it('the classic script carries the round add-on: a survey with `endpoint` loads its round', async () => {
    await loadScript(IIFE);
    const id = `cdn-${Date.now().toString(36)}`;
    const assessment = { id: 'cdn', version: '1', title: 'CDN round', scale: { min: 0, max: 4, labels: ['0', '1', '2', '3', '4'] },
      dimensions: [{ id: 'd', label: 'One', questions: [{ id: 'q1', text: 'A question' }] }] };
    await fetch(`/__round/${id}/__control`, { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ reset: true, assessment, groups: [] }) });
    const survey = document.createElement('ge-survey');
    survey.setAttribute('endpoint', `/__round/${id}`);
    survey.setAttribute('nonce', 'member-cdn');
    document.body.append(survey);
    try {
      const title = () => survey.shadowRoot?.querySelector('[part=title]')?.textContent;
      for (let i = 0; i < 100 && !title(); i++) await new Promise((r) => setTimeout(r, 20));
      expect(title()).to.equal('CDN round');
    } finally {
      survey.remove();
      }
    });

  it('the classic script carries the round add-on: a board given `endpoint` loads the round\'s plan', async () => {
    await loadScript(IIFE);
    const round = `/__round/cdn-board-${Date.now().toString(36)}`;
    const plan = { format: 'gender-in-practice/plan', version: 1, actions: [{ id: 'a', title: 'From the round', status: 'todo' }] };
    await fetch(`${round}/__control`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ reset: true, plan }) });
    const board = document.createElement('action-plan-board') as HTMLElement & { syncState: string; actions: { id: string }[] };
    board.setAttribute('endpoint', round);
    board.setAttribute('nonce', 'fac-cdn');
    document.body.append(board);
    try {
      const end = Date.now() + 5000;
      while (board.syncState !== 'loaded' && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
      expect(board.syncState).to.equal('loaded');
      expect(board.actions.map((a) => a.id)).to.deep.equal(['a']);
    } finally {
      board.remove();
      localStorage.clear();
    }
  });

  it('makes no network request beyond its own file', async () => {
    const foreign = performance.getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => !n.startsWith(location.origin));
    expect(foreign).to.deep.equal([]);
  });
});
