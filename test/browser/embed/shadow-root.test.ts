// Our elements inside another component's shadow root (a page builder's widget, an app shell): they render, their
// events leave the shadow root (bubbles + composed), and `source` finds its partner in the same shadow root.
import { expect } from '@open-wc/testing';
import { bundleTag, closePages, inner, openPage, pageHtml, settle, until, type HostPage } from './helpers.js';
import { currentValue, pressOnSpoke, respondents, suggestedDimensions, type Board, type Survey, type Wheel } from './flow.js';

const widget = (mode: 'open' | 'closed') => `<script>
  customElements.define('host-widget', class extends HTMLElement {
    constructor() {
      super();
      const root = this.attachShadow({ mode: '${mode}' });
      window.widgetRoot = root;
      root.innerHTML = '<section lang="fr"><ge-survey id="s"></ge-survey>'
        + '<socratic-wheel id="w" source="s" editable="target"></socratic-wheel>'
        + '<action-plan-board id="b" source="w"></action-plan-board></section>';
    }
  });
</script>`;

async function open(mode: 'open' | 'closed'): Promise<{ page: HostPage; root: ShadowRoot; events: string[] }> {
  const page = await openPage({ html: pageHtml({ body: `${widget(mode)}<host-widget></host-widget>${bundleTag}` }) });
  const root = (page.win as unknown as { widgetRoot: ShadowRoot }).widgetRoot;
  const events: string[] = [];
  for (const type of ['ge-survey-change', 'ge-survey-submit', 'ge-wheel-change', 'ge-priorities-change', 'ge-plan-change']) {
    page.doc.addEventListener(type, (e) => events.push(`${e.type} from <${(e.target as Element).localName}>`));
  }
  await settle(root);
  return { page, root, events };
}

for (const mode of ['open', 'closed'] as const) {
  describe(`embed: inside a ${mode} shadow root`, () => {
    let page: HostPage;
    let root: ShadowRoot;
    let events: string[];
    before(async () => {
      ({ page, root, events } = await open(mode));
    });
    after(closePages);

    it('the three elements render, in the language of their nearest lang inside the shadow root', () => {
      expect(page.errors).to.deep.equal([]);
      expect(inner(root.getElementById('s'), 'button.primary')!.textContent!.trim()).to.equal('Suivant');
      expect(inner(root.getElementById('w'), 'svg')).to.not.equal(null);
      expect(inner(root.getElementById('b'), 'section.column')).to.not.equal(null);
    });

    it('a person\'s answer fires ge-survey-change, which leaves the shadow root (composed), retargeted to the host', async () => {
      inner<HTMLInputElement>(root.getElementById('s'), '.scale input')!.click();
      await settle(root);
      expect(events).to.include('ge-survey-change from <host-widget>');
    });

    it('source wiring inside the shadow root: submissions plot the wheel, its target ranks priorities, the board suggests', async () => {
      const survey = root.getElementById('s') as Survey;
      const wheel = root.getElementById('w') as Wheel;
      const board = root.getElementById('b') as Board;
      await respondents(survey, root);
      expect(events).to.include('ge-survey-submit from <host-widget>');
      expect(await until(() => currentValue(wheel)), 'the wheel plots the survey of its own shadow root').to.equal('5');
      await pressOnSpoke(wheel, root, 0, 'End');
      expect(events).to.include('ge-wheel-change from <host-widget>');
      expect(wheel.priorities[0]?.priority).to.be.greaterThan(0);
      expect(await until(() => suggestedDimensions(board).length), 'the board follows the wheel of its own shadow root').to.be.greaterThan(0);
    });

    it('an element with the same id in the page does not capture the wiring', async () => {
      page.doc.body.insertAdjacentHTML('afterbegin', '<socratic-wheel id="w" editable="target"></socratic-wheel>');
      await settle(page.doc);
      const outer = page.doc.getElementById('w') as Wheel;
      await pressOnSpoke(outer, page.doc, 1, 'End');
      await settle(root);
      const board = root.getElementById('b') as Board;
      const shown = suggestedDimensions(board);
      const inside = root.getElementById('w') as Wheel;
      expect(inside.priorities[0].dimensionId).to.equal('political-will');
      expect(shown.length).to.be.greaterThan(0);
      expect(page.errors).to.deep.equal([]);
    });
  });
}
