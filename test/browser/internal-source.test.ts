// SourceController on its own: the no-code `source` wiring that the wheel (a survey's submissions)
// and the board (a wheel's priorities) share.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { SourceController } from '../../src/internal/source.js';
import { define } from '../../src/internal/define.js';

interface Heard { detail: unknown; from: string }

/** A host that follows `source` through `ge-priorities-change`, and reads its source's `value` when found. */
class SourceProbe extends LitElement {
  static override properties = { source: {} };
  source: string | null = null;
  heard: Heard[] = [];
  found: string[] = [];
  readonly link = new SourceController(this, {
    event: 'ge-priorities-change', id: () => this.source,
    onEvent: (e, from) => this.heard.push({ detail: e.detail, from: from.id }),
    onSource: (from) => this.found.push(`${from.id}=${(from as Element & { value?: string }).value ?? ''}`),
  });
  protected override willUpdate(): void {
    this.link.sync();
  }
}
define('source-probe', SourceProbe);

const fire = (from: Element, detail: unknown = { priorities: [] }) =>
  from.dispatchEvent(new CustomEvent('ge-priorities-change', { bubbles: true, composed: true, detail }));
const div = (id: string, extra: Record<string, unknown> = {}) => Object.assign(document.createElement('div'), { id, ...extra });

describe('SourceController', () => {
  it('hears the element the id names, once per event, and nothing else; a source added later counts', async () => {
    const probe = await fixture<SourceProbe>(html`<source-probe source="a"></source-probe>`);
    expect(probe.link.element()).to.equal(null);
    const a = div('a', { value: 'first' });
    const b = div('b');
    document.body.append(a, b);
    try {
      fire(a, { n: 1 });
      fire(b, { n: 2 });
      a.append(div('inner'));
      fire(a.firstElementChild!, { n: 3 }); // from inside the source: on its path
      expect(probe.heard).to.deep.equal([{ detail: { n: 1 }, from: 'a' }, { detail: { n: 3 }, from: 'a' }]);
      expect(probe.link.element()).to.equal(a);
    } finally {
      a.remove();
      b.remove();
    }
  });

  it('reads the source when the id changes (sync), not at every update', async () => {
    const a = div('sa', { value: 'A' });
    const b = div('sb', { value: 'B' });
    document.body.append(a, b);
    try {
      const probe = await fixture<SourceProbe>(html`<source-probe source="sa"></source-probe>`);
      expect(probe.found).to.deep.equal(['sa=A']);
      probe.requestUpdate();
      await probe.updateComplete;
      expect(probe.found, 'same id: not read again').to.deep.equal(['sa=A']);
      probe.source = 'sb';
      await probe.updateComplete;
      expect(probe.found).to.deep.equal(['sa=A', 'sb=B']);
      fire(a);
      fire(b, { n: 'b' });
      expect(probe.heard).to.deep.equal([{ detail: { n: 'b' }, from: 'sb' }]);
    } finally {
      a.remove();
      b.remove();
    }
  });

  for (const mode of ['open', 'closed'] as const) {
    it(`finds its partner in its own ${mode} shadow root first, then in the page`, async () => {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const root = host.attachShadow({ mode });
      const page = div('partner', { value: 'page' });
      document.body.append(page);
      try {
        root.innerHTML = '<source-probe source="partner"></source-probe>';
        const probe = root.querySelector<SourceProbe>('source-probe')!;
        await probe.updateComplete;
        expect(probe.link.element(), 'none in the root: the page\'s').to.equal(page);
        const inside = div('partner', { value: 'root' });
        root.append(inside);
        expect(probe.link.element()).to.equal(inside);
        fire(inside, { n: 'inside' }); // heard on the root (a closed root hides it from the document) and on the page: once
        fire(page, { n: 'page' }); // the id names the root's element now
        expect(probe.heard).to.deep.equal([{ detail: { n: 'inside' }, from: 'partner' }]);
      } finally {
        page.remove();
      }
    });
  }

  it('waits for `waitFor` to be defined before reading the source at connection', async () => {
    const tag = `late-source-${Date.now().toString(36)}`;
    const found: string[] = [];
    class Waiter extends LitElement {
      readonly link = new SourceController(this, {
        event: 'ge-priorities-change', id: () => 'late', waitFor: tag,
        onEvent: () => undefined, onSource: (s) => found.push(String((s as Element & { value?: unknown }).value)),
      });
    }
    define(`${tag}-waiter`, Waiter);
    const late = document.createElement(tag);
    late.id = 'late';
    document.body.append(late);
    try {
      await fixture(`<${tag}-waiter></${tag}-waiter>`);
      await new Promise((r) => setTimeout(r));
      expect(found, 'not defined yet: not read').to.deep.equal([]);
      customElements.define(tag, class extends HTMLElement { value = 'defined'; });
      await new Promise((r) => setTimeout(r));
      expect(found).to.deep.equal(['defined']);
    } finally {
      late.remove();
    }
  });

  it('stops listening when its host leaves the page', async () => {
    const a = div('gone', { value: '' });
    document.body.append(a);
    try {
      const probe = await fixture<SourceProbe>(html`<source-probe source="gone"></source-probe>`);
      probe.remove();
      fire(a);
      expect(probe.heard).to.deep.equal([]);
      document.body.append(probe);
      fire(a, { n: 'back' });
      expect(probe.heard).to.deep.equal([{ detail: { n: 'back' }, from: 'gone' }]);
      probe.remove();
    } finally {
      a.remove();
    }
  });
});
