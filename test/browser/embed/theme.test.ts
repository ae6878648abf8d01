// A WordPress-like theme that styles everything: our elements must look as on a clean page. Shadow DOM keeps the
// theme's selectors out, but inherited properties (font, colour, line height) reach the hosts, and `rem` follows
// the theme's `html { font-size: 62.5% }`: each element must set its own typography and size in em, px or --ge-*.
import { expect } from '@open-wc/testing';
import { bundleTag, closePages, inner, openPage, pageHtml, settle, type HostPage } from './helpers.js';

const body = `
  <ge-survey id="s" groups="staff,management"></ge-survey>
  <socratic-wheel id="w" source="s" editable="target" show-table></socratic-wheel>
  <action-plan-board id="b" budget-days="20"></action-plan-board>`;

/** What must not change between a clean page and a themed one, per element: [selector in its shadow root, label]. */
const parts: Record<string, string[]> = {
  'ge-survey': ['h2[part=title]', 'nav button', 'legend', '.option', '.option input', 'fieldset.question', 'button.primary'],
  'socratic-wheel': ['.plot', '.legend-item', '.table-toggle', 'caption', 'th', 'td'],
  'action-plan-board': ['section.column h2', 'li.card h3.title', 'li.card [data-act=edit]', 'li.card .meta', 'button.add', '.toolbar label', '.toolbar select', '.budget p'],
};
const properties = ['font-family', 'font-size', 'line-height', 'color', 'box-sizing', 'letter-spacing', 'text-transform',
  'font-weight', 'padding-top', 'padding-left', 'border-top-width', 'margin-top', 'text-align'];

async function hostPage(theme: boolean): Promise<HostPage> {
  const page = await openPage({ html: pageHtml({
    head: theme ? '<link rel="stylesheet" href="/test/browser/embed/pages/wordpress-theme.css">' : '',
    body: `${body}${bundleTag}`,
  }) });
  const board = page.doc.getElementById('b') as HTMLElement & { actions: unknown };
  board.actions = [{ id: 'a1', title: 'Gender budget line', status: 'todo', dimensionId: 'financial-resources', owner: 'Finance', days: 3 }];
  const wheel = page.doc.getElementById('w') as HTMLElement & { series: unknown };
  wheel.series = [{ id: 'current', label: 'Current', kind: 'current', values: { 'political-will': 6.5, 'financial-resources': 3 } }];
  await settle(page.doc);
  return page;
}

/** Computed styles and box sizes of every part, keyed `tag selector property`. */
function snapshot(page: HostPage): Map<string, string> {
  const out = new Map<string, string>();
  for (const [tag, selectors] of Object.entries(parts)) {
    const host = page.doc.querySelector(tag)!;
    const hostBox = host.getBoundingClientRect();
    out.set(`${tag} (host) height`, `${Math.round(hostBox.height)}px`);
    for (const selector of selectors) {
      const el = inner(host, selector);
      if (!el) {
        out.set(`${tag} ${selector}`, 'missing');
        continue;
      }
      const cs = page.win.getComputedStyle(el);
      for (const p of properties) out.set(`${tag} ${selector} ${p}`, cs.getPropertyValue(p));
      const box = el.getBoundingClientRect();
      out.set(`${tag} ${selector} width`, `${Math.round(box.width)}px`);
      out.set(`${tag} ${selector} height`, `${Math.round(box.height)}px`);
    }
  }
  return out;
}

describe('embed: a WordPress-like theme that styles everything', () => {
  let clean: HostPage;
  let themed: HostPage;
  before(async () => {
    clean = await hostPage(false);
    themed = await hostPage(true);
  });
  after(closePages);

  it('the theme is really applied to the page around the elements', () => {
    const p = themed.doc.createElement('p');
    themed.doc.body.append(p);
    expect(themed.win.getComputedStyle(p).color).to.equal('rgb(255, 0, 255)');
    expect(themed.win.getComputedStyle(themed.doc.documentElement).fontSize).to.equal('10px');
    expect(themed.win.getComputedStyle(themed.doc.body).fontSize).to.equal('16px'); // same body text size as the clean page
    p.remove();
  });

  it('every element renders its parts on both pages, with no error', () => {
    for (const page of [clean, themed]) {
      expect(page.errors).to.deep.equal([]);
      for (const [tag, selectors] of Object.entries(parts)) {
        for (const s of selectors) expect(inner(page.doc.querySelector(tag), s), `${tag} ${s}`).to.not.equal(null);
      }
    }
  });

  for (const tag of Object.keys(parts)) {
    it(`<${tag}> looks as designed: its parts' typography, colours and boxes match the clean page`, () => {
      const a = snapshot(clean);
      const b = snapshot(themed);
      const leaks = [...a].filter(([k, v]) => k.startsWith(`${tag} `) && b.get(k) !== v).map(([k, v]) => `${k}: ${v} → ${b.get(k)}`);
      expect(leaks.length, `the theme leaks into <${tag}>:\n  ${leaks.join('\n  ')}\n`).to.equal(0);
    });
  }

  it('the elements keep their own font and text colour, not the theme\'s Comic Sans and magenta', () => {
    for (const [tag, selector] of [['ge-survey', '.option'], ['socratic-wheel', '.legend-item'], ['action-plan-board', 'li.card h3.title']]) {
      const cs = themed.win.getComputedStyle(inner(themed.doc.querySelector(tag), selector)!);
      expect(cs.fontFamily, `${tag} ${selector}`).to.not.match(/comic/i);
      expect(cs.color, `${tag} ${selector}`).to.not.equal('rgb(255, 0, 255)');
      expect(cs.lineHeight, `${tag} ${selector}`).to.not.equal(`${parseFloat(cs.fontSize) * 3}px`);
    }
  });
});
