// Pages pay only for what they use: a web admin's page with one element loads that element's
// script and nothing else; server code comes only with the round add-on, added by the page.
// Each page is a same-origin iframe (srcdoc) with its own window, registry and resource timing.
import { expect } from '@open-wc/testing';

const REGISTRY = Symbol.for('gender-in-practice/connectors@1');

interface Frame {
  win: Window & typeof globalThis;
  doc: Document;
  /** Paths of every resource the page requested (scripts, fetches, chunks). */
  requested(): string[];
  remove(): void;
}

async function page(body: string): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width:800px;height:600px;border:0';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.srcdoc = `<!doctype html><html lang="en"><meta charset="utf-8"><body>${body}</body></html>`;
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as Window & typeof globalThis;
  return {
    win,
    doc: iframe.contentDocument!,
    requested: () => win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
    remove: () => iframe.remove(),
  };
}

async function until<T>(read: () => T, what: string, ms = 5000): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  for (;;) {
    const v = read();
    if (v) return v as NonNullable<T>;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const connectors = (win: Window) => (win as unknown as Record<symbol, Map<string, unknown> | undefined>)[REGISTRY];
const shadowText = (el: Element | null) => el?.shadowRoot?.textContent ?? '';

type Manifest = { entries: Record<string, { initial: string[]; later: string[] }> };
const esmManifest = async (): Promise<Manifest> => (await fetch('/dist/cdn/esm/manifest.json')).json() as Promise<Manifest>;

describe('pages load only what they use', () => {
  it('a survey-only page loads ge-survey.min.js alone: no other script, no request, no server code evaluated', async () => {
    const f = await page('<ge-survey></ge-survey><script src="/dist/cdn/ge-survey.min.js"></script>');
    try {
      const survey = f.doc.querySelector('ge-survey')!;
      await until(() => survey.shadowRoot?.querySelector('input[type=radio]'), 'the survey\'s questions');
      expect(f.requested()).to.deep.equal(['/dist/cdn/ge-survey.min.js']);
      expect(f.win.customElements.get('socratic-wheel')).to.equal(undefined);
      expect(f.win.customElements.get('action-plan-board')).to.equal(undefined);
      // The round add-on registers its connector when it is evaluated: none here.
      expect(connectors(f.win)?.has('round') ?? false).to.equal(false);
    } finally {
      f.remove();
    }
  });

  it('a survey-only page in ES modules loads the survey\'s files of esm/ and none of the round add-on\'s', async () => {
    const { entries } = await esmManifest();
    const f = await page('<ge-survey></ge-survey><script type="module" src="/dist/cdn/esm/ge-survey.js"></script>');
    try {
      const survey = f.doc.querySelector('ge-survey')!;
      await until(() => survey.shadowRoot?.querySelector('input[type=radio]'), 'the survey\'s questions');
      const files = f.requested().map((p) => p.replace('/dist/cdn/esm/', ''));
      expect([...files].sort()).to.deep.equal([...entries['ge-survey'].initial].sort());
      const roundOnly = entries['gender-in-practice-round'].initial.filter((x) => !entries['ge-survey'].initial.includes(x));
      expect(roundOnly.length).to.be.greaterThan(0);
      expect(files.filter((x) => roundOnly.includes(x))).to.deep.equal([]);
      expect(connectors(f.win)?.has('round') ?? false).to.equal(false);
    } finally {
      f.remove();
    }
  });

  it('a survey given `endpoint` without the add-on names the missing script and requests nothing; adding the add-on\'s script starts it', async () => {
    const id = `pages-${Date.now().toString(36)}`;
    const assessment = { id: 'pages', version: '1', title: 'Round of the page', scale: { min: 0, max: 4, labels: ['0', '1', '2', '3', '4'] },
      dimensions: [{ id: 'd', label: 'One', questions: [{ id: 'q1', text: 'A question' }] }] };
    await fetch(`/__round/${id}/__control`, { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ reset: true, assessment, groups: [] }) });
    const f = await page(`<ge-survey endpoint="/__round/${id}" nonce="member-pages"></ge-survey><script src="/dist/cdn/ge-survey.min.js"></script>`);
    try {
      const survey = f.doc.querySelector('ge-survey')!;
      await until(() => shadowText(survey).includes('gender-in-practice-round.min.js'), 'the missing add-on\'s message');
      expect(f.requested()).to.deep.equal(['/dist/cdn/ge-survey.min.js']);
      // A separate script: the registry on the page's global object is shared by both.
      const s = f.doc.createElement('script');
      s.src = '/dist/cdn/gender-in-practice-round.min.js';
      f.doc.body.append(s);
      await until(() => survey.shadowRoot?.querySelector('[part=title]')?.textContent === 'Round of the page', 'the round\'s assessment');
      expect(f.requested()).to.include('/dist/cdn/gender-in-practice-round.min.js');
      expect(f.requested().some((p) => p.startsWith(`/__round/${id}`))).to.equal(true);
      expect(shadowText(survey)).not.to.include('gender-in-practice-round.min.js');
    } finally {
      f.remove();
    }
  });

  it('a board page in ES modules renders before its practice library, which comes as a later chunk and fills the suggestions', async () => {
    const { entries } = await esmManifest();
    const priorities = [{ dimensionId: 'political-will', current: 20, target: 80, gap: 60, importance: 1, priority: 60, tags: [] }];
    const f = await page('<action-plan-board></action-plan-board><script type="module" src="/dist/cdn/esm/action-plan-board.js"></script>');
    try {
      const board = f.doc.querySelector('action-plan-board') as HTMLElement & { priorities?: unknown; updateComplete: Promise<unknown> };
      await until(() => f.win.customElements.get('action-plan-board'), 'the board\'s definition');
      board.priorities = priorities;
      await board.updateComplete;
      const later = entries['action-plan-board'].later;
      expect(later.length).to.equal(1);
      expect(f.requested()).to.include(`/dist/cdn/esm/${later[0]}`);
      await until(() => board.shadowRoot?.querySelector('[part=suggestions] button'), 'a suggested action');
    } finally {
      f.remove();
    }
  });

  it('the three elements\' script defines all three and registers no connector', async () => {
    const f = await page('<script src="/dist/cdn/gender-in-practice-elements.min.js"></script>');
    try {
      for (const tag of ['ge-survey', 'socratic-wheel', 'action-plan-board']) expect(f.win.customElements.get(tag), tag).to.be.a('function');
      expect(connectors(f.win)?.has('round') ?? false).to.equal(false);
      expect(f.requested()).to.deep.equal(['/dist/cdn/gender-in-practice-elements.min.js']);
    } finally {
      f.remove();
    }
  });
});
