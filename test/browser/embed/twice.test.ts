// The script included twice (two plugins, a theme and a page both adding it) and an older copy defined first:
// no error, one definition per tag, and the elements still work.
import { expect } from '@open-wc/testing';
import { ESM, IIFE, bundleTag, closePages, inner, openPage, pageHtml, settle } from './helpers.js';

const tags = ['ge-survey', 'socratic-wheel', 'action-plan-board'];
const body = '<ge-survey id="s"></ge-survey><socratic-wheel id="w" source="s"></socratic-wheel><action-plan-board source="w"></action-plan-board>';

describe('embed: the script twice, and an older copy first', () => {
  afterEach(closePages);

  it('the classic script twice: no error, each tag defined once, every element renders', async () => {
    const page = await openPage({ html: pageHtml({ head: bundleTag, body: `${body}${bundleTag}` }) });
    await settle(page.doc);
    expect(page.errors).to.deep.equal([]);
    for (const tag of tags) {
      expect(page.win.customElements.get(tag), tag).to.be.a('function');
      expect(page.doc.querySelector(tag)!.shadowRoot, tag).to.not.equal(null);
    }
    expect(inner(page.doc.querySelector('ge-survey'), 'input[type=radio]')).to.not.equal(null);
    expect(page.win.GenderInPractice).to.have.property('scoreResponse');
  });

  it('the script twice keeps the first definition: the elements on the page are never redefined', async () => {
    const page = await openPage({ html: pageHtml({ head: bundleTag, body }) });
    const first = tags.map((t) => page.win.customElements.get(t));
    await new Promise<void>((resolve, reject) => {
      const s = page.doc.createElement('script');
      s.src = IIFE;
      s.onload = () => resolve();
      s.onerror = () => reject(new Error('no bundle'));
      page.doc.head.append(s);
    });
    expect(page.errors).to.deep.equal([]);
    expect(tags.map((t) => page.win.customElements.get(t))).to.deep.equal(first);
    expect(page.doc.querySelector('ge-survey')).to.be.instanceOf(first[0]!);
  });

  it('the classic script and the ES module bundle on one page (two plugins): no error', async () => {
    const page = await openPage({ html: pageHtml({ head: `${bundleTag}<script type="module" src="${ESM}"></script>`, body }) });
    await new Promise((r) => setTimeout(r, 300)); // the module runs after the load event may have fired
    await settle(page.doc);
    expect(page.errors).to.deep.equal([]);
    for (const tag of tags) expect(page.win.customElements.get(tag), tag).to.be.a('function');
  });

  it('an older copy defined <socratic-wheel> first: the bundle throws nothing, keeps it, and defines the other two', async () => {
    const older = `<script>
      window.OlderWheel = class extends HTMLElement { connectedCallback() { this.textContent = 'older wheel'; } };
      customElements.define('socratic-wheel', window.OlderWheel);
    </script>`;
    const page = await openPage({ html: pageHtml({ head: older, body: `${body}${bundleTag}` }) });
    await settle(page.doc);
    expect(page.errors).to.deep.equal([]);
    const win = page.win as unknown as { OlderWheel: CustomElementConstructor };
    expect(page.win.customElements.get('socratic-wheel')).to.equal(win.OlderWheel);
    expect(page.doc.querySelector('socratic-wheel')!.textContent).to.equal('older wheel');
    expect(page.win.customElements.get('ge-survey')).to.be.a('function');
    expect(page.win.customElements.get('action-plan-board')).to.be.a('function');
    expect(inner(page.doc.querySelector('ge-survey'), 'input[type=radio]')).to.not.equal(null);
    expect(inner(page.doc.querySelector('action-plan-board'), 'section.column')).to.not.equal(null);
    expect(page.win.GenderInPractice).to.have.property('rankPriorities');
  });

  it('an older copy of all three tags first: the bundle throws nothing and still exposes the core', async () => {
    const older = `<script>${tags.map((t) => `customElements.define('${t}', class extends HTMLElement {});`).join('')}</script>`;
    const page = await openPage({ html: pageHtml({ head: older, body: `${body}${bundleTag}` }) });
    expect(page.errors).to.deep.equal([]);
    expect(page.win.GenderInPractice).to.have.property('defaultAssessment');
  });
});
