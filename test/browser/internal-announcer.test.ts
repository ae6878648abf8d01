// The Announcer (src/internal/announcer.ts): the one polite live region an element says things through.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, css, html as litHtml } from 'lit';
import { Announcer } from '../../src/internal/announcer.js';
import { define } from '../../src/internal/define.js';

class AnnouncerProbe extends LitElement {
  static override properties = { other: { type: Boolean } };
  static override styles = css`.hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0; }`;
  other = false;
  readonly announcer = new Announcer(this, 'hidden');
  override render() {
    return this.other ? litHtml`<p class="b">B</p>` : litHtml`<p class="a" role="status">A</p>`;
  }
}
define('announcer-probe', AnnouncerProbe);

const region = (el: Element) => el.shadowRoot!.querySelectorAll('.announcer');

describe('Announcer', () => {
  it('is one polite region, hidden by the element\'s class, before what the element renders', async () => {
    const el = await fixture<AnnouncerProbe>(html`<announcer-probe></announcer-probe>`);
    expect(region(el).length).to.equal(1);
    const r = region(el)[0]!;
    expect(el.shadowRoot!.firstChild).to.equal(r);
    expect([r.getAttribute('role'), r.getAttribute('aria-live')]).to.deep.equal(['status', 'polite']);
    expect(r.textContent).to.equal('');
    const box = r.getBoundingClientRect();
    expect(box.width <= 1 && box.height <= 1).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('says each text; the same text again is written differently, so that it is said again; empty clears', async () => {
    const el = await fixture<AnnouncerProbe>(html`<announcer-probe></announcer-probe>`);
    const r = region(el)[0]!;
    el.announcer.announce('Moved “A” to Doing');
    const first = r.textContent;
    expect(first).to.equal('Moved “A” to Doing');
    el.announcer.announce('Moved “A” to Doing');
    expect(r.textContent).to.not.equal(first);
    expect(r.textContent!.trim()).to.equal(first);
    el.announcer.announce('Moved “A” to Doing');
    expect(r.textContent, 'a third time differs from the second').to.equal(first);
    el.announcer.announce('Saved');
    expect(r.textContent).to.equal('Saved');
    el.announcer.announce('');
    expect(r.textContent).to.equal('');
  });

  it('stays when the element renders something else, or moves in the page', async () => {
    const el = await fixture<AnnouncerProbe>(html`<announcer-probe></announcer-probe>`);
    el.announcer.announce('Kept');
    el.other = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.a')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.b')).to.not.equal(null);
    el.parentElement!.append(el); // moved: disconnected, then connected again
    await el.updateComplete;
    expect(region(el).length).to.equal(1);
    expect(region(el)[0]!.textContent).to.equal('Kept');
  });
});
