// Shared internals: per-element language, the draft store's promises about never losing data, events.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocaleController, inheritedLang } from '../../src/internal/locale-controller.js';
import { DraftStore } from '../../src/internal/draft-store.js';
import { emit } from '../../src/internal/events.js';
import { define } from '../../src/internal/define.js';
import { formatNumber, translate } from '../../src/internal/i18n.js';

class LangProbe extends LitElement {
  readonly i18n = new LocaleController(this);
  override render() {
    return html`<span>${this.i18n.locale}</span>`;
  }
}
define('lang-probe', LangProbe);

describe('LocaleController', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('takes the element\'s own lang, then the nearest ancestor\'s, then English', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="fr-CA"><lang-probe></lang-probe><lang-probe lang="en"></lang-probe></div>`);
    const [inherited, own] = wrap.querySelectorAll<LangProbe>('lang-probe');
    expect(inherited.i18n.locale).to.equal('fr');
    expect(inherited.i18n.tag).to.equal('fr-CA');
    expect(own.i18n.locale).to.equal('en');
    const bare = await fixture<LangProbe>(html`<lang-probe></lang-probe>`);
    expect(bare.i18n.locale).to.equal('en');
  });

  it('follows a lang change at run time and re-renders', async () => {
    const el = await fixture<LangProbe>(html`<lang-probe></lang-probe>`);
    document.documentElement.setAttribute('lang', 'fr');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('fr');
    el.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('en');
  });

  it('finds lang through a shadow root', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="fr"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    expect(inheritedLang(inner)).to.equal('fr');
  });
});

describe('DraftStore', () => {
  const key = 'test-draft';
  const read = (d: unknown) => (typeof d === 'object' && d && 'n' in d ? (d as { n: number }) : undefined);
  beforeEach(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith(key)) localStorage.removeItem(k);
  });

  it('saves and restores', () => {
    const a = new DraftStore(key, 'fmt@1', read);
    expect(a.load().status).to.equal('empty');
    expect(a.save({ n: 3 })).to.equal('saved');
    const b = new DraftStore(key, 'fmt@1', read);
    expect(b.load()).to.deep.equal({ status: 'restored', data: { n: 3 } });
  });

  it('moves unreadable data aside before writing, never over it', () => {
    localStorage.setItem(key, '{not json');
    const s = new DraftStore(key, 'fmt@1', read);
    const r = s.load();
    expect(r.status).to.equal('unreadable-kept');
    expect(localStorage.getItem(r.keptAt!)).to.equal('{not json');
    s.save({ n: 1 });
    expect(localStorage.getItem(r.keptAt!)).to.equal('{not json');
  });

  it('treats another format as unreadable (kept)', () => {
    localStorage.setItem(key, JSON.stringify({ format: 'other', data: { n: 1 } }));
    const r = new DraftStore(key, 'fmt@1', read).load();
    expect(r.status).to.equal('unreadable-kept');
  });

  it('reports full storage instead of throwing, and refuses to write where it could not keep garbage', () => {
    localStorage.setItem(key, 'garbage');
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const s = new DraftStore(key, 'fmt@1', read);
      expect(s.load().status).to.equal('unavailable');
      expect(s.save({ n: 2 })).to.equal('unavailable');
    } finally {
      Storage.prototype.setItem = original;
    }
    expect(localStorage.getItem(key)).to.equal('garbage');
  });
});

describe('events, define and i18n helpers', () => {
  it('emits bubbling, composed events that can be vetoed when cancelable', async () => {
    const el = await fixture<HTMLElement>(html`<div><span></span></div>`);
    const span = el.querySelector('span')!;
    let seen: HTMLElementEventMap['ge-error'] | undefined;
    el.addEventListener('ge-error', (e) => { seen = e; e.preventDefault(); });
    const errors = [{ path: 'x', message: 'm' }];
    expect(emit(span, 'ge-error', { errors }, { cancelable: true })).to.equal(false);
    expect(seen!.detail).to.deep.equal({ errors });
    expect(seen!.composed).to.equal(true);
  });

  it('ties an event\'s name to its detail (checked by tsc: npm run typecheck)', () => {
    const target = new EventTarget();
    target.addEventListener('ge-dimension-select', (e) => e.stopPropagation());
    // @ts-expect-error: ge-error's detail is { errors }
    emit(target, 'ge-error', { error: [] });
    // @ts-expect-error: not an event of the package
    emit(target, 'x-test', { a: 1 });
    // @ts-expect-error: a DOM event, not one of ours
    emit(target, 'click', {});
    expect(emit(target, 'ge-dimension-select', { dimensionId: 'D1' })).to.equal(true);
  });

  it('defines a tag once, whatever the number of calls', () => {
    class A extends HTMLElement {}
    class B extends HTMLElement {}
    define('define-once-test', A);
    define('define-once-test', B);
    expect(customElements.get('define-once-test')).to.equal(A);
  });

  it('formats numbers with a decimal comma in French and replaces placeholders', () => {
    expect(formatNumber(6.5, 'fr-CA')).to.equal('6,5');
    expect(formatNumber(6.5, 'en')).to.equal('6.5');
    expect(formatNumber(null, 'en')).to.equal('—');
    const m = { hi: { en: 'Hello {name}', fr: 'Bonjour {name}' } };
    expect(translate(m, 'fr', 'hi', { name: 'Awa' })).to.equal('Bonjour Awa');
  });
});
