// <ge-survey> in French and English (switchable at run time, answers kept), and definition text that is never HTML.
import { expect, html } from '@open-wc/testing';
import type { Assessment } from '../../src/core/types.js';
import { $, $$, answer, next, settle, small, survey, text, typeComment } from './ge-survey-helpers.js';

describe('ge-survey: French and English', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('switches language at run time: interface and content change, answers and comments stay', async () => {
    const el = await survey(html`<ge-survey groups="staff,board" .assessment=${small}></ge-survey>`);
    await answer(el, 'w1', '2');
    await typeComment(el, 'w1', 'Mon commentaire');
    el.setAttribute('lang', 'fr');
    await settle();
    await el.updateComplete;
    expect($(el, 'legend')!.textContent).to.equal('Vous répondez à titre de');
    expect([...$$(el, 'fieldset.group label')].map((l) => l.textContent!.trim())).to.deep.equal(['Personnel', 'Conseil d’administration']);
    expect($(el, '#q-w1 legend')!.textContent).to.contain('La direction prend la parole.');
    expect($$(el, '#q-w1 .apart label').map((l) => l.textContent!.trim())).to.deep.equal(['Je ne sais pas', 'Ne s\'applique pas']);
    expect($(el, '#progress-label')!.textContent).to.equal('Questions répondues\u00a0: 1 sur 3');
    expect($(el, 'button.primary')!.textContent).to.equal('Suivant');
    expect($<HTMLInputElement>(el, 'input[name=w1][value="2"]')!.checked).to.equal(true);
    expect($<HTMLTextAreaElement>(el, '#c-w1')!.value).to.equal('Mon commentaire');
    expect(el.response.answers).to.deep.equal({ w1: 2 });
    await expect(el).to.be.accessible();
    el.setAttribute('lang', 'en');
    await settle();
    await el.updateComplete;
    expect($(el, 'button.primary')!.textContent).to.equal('Next');
    expect($<HTMLInputElement>(el, 'input[name=w1][value="2"]')!.checked).to.equal(true);
  });

  it('takes the page\'s language; the thank-you uses the French decimal comma', async () => {
    document.documentElement.setAttribute('lang', 'fr-CA');
    const el = await survey();
    await answer(el, 'w1', '3');
    await answer(el, 'w2', '4');
    await next(el);
    await answer(el, 'm1', '1');
    el.submit();
    await el.updateComplete;
    expect($(el, '#thanks-title')!.textContent).to.equal('Merci, vos réponses ont été envoyées');
    const rows = $$(el, '[part=thank-you] tbody tr').map((r) => r.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows).to.deep.equal(['Volonté politique 8,8', 'Ressources financières 2,5']);
    await expect(el).to.be.accessible();
  });

  it('the error summary and readonly review in French', async () => {
    const el = await survey(html`<ge-survey lang="fr" .assessment=${small}></ge-survey>`);
    el.submit();
    await el.updateComplete;
    expect($(el, '[part=error-summary] h3')!.textContent).to.equal('Il manque des réponses');
    await expect(el).to.be.accessible();
    el.readonly = true;
    await el.updateComplete;
    expect(text(el)).to.contain('Aucune réponse');
    await expect(el).to.be.accessible();
  });
});

describe('ge-survey: definition text is text, never HTML', () => {
  const evil = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
  const hostile: Assessment = {
    ...small,
    title: evil,
    scale: { ...small.scale, labels: [evil, 'javascript:alert(1)', '<b>2</b>', '3', '4'] },
    dimensions: [{
      id: 'x', label: evil, description: `<a href="javascript:alert(1)">${evil}</a>`,
      questions: [{ id: 'x1', text: evil, help: evil, required: true }, { id: 'x2', text: 'javascript:window.__xss=3' }],
    }],
  };

  it('renders <script>, <img onerror> and javascript: strings as text, in every state', async () => {
    (window as { __xss?: number }).__xss = undefined;
    const el = await survey(html`<ge-survey groups=${'<img src=x onerror="window.__xss=4">'} layout="single-page" .assessment=${hostile}></ge-survey>`);
    const check = () => {
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('img, script, b, a[href^="javascript"]')).to.have.length(0);
      expect(root.textContent).to.contain(evil);
    };
    check();
    expect($(el, '#q-x1 legend')!.textContent).to.contain(evil);
    el.submit();
    await el.updateComplete;
    check();
    await answer(el, 'x1', '0');
    el.submit();
    await el.updateComplete;
    check();
    el.readonly = true;
    await el.updateComplete;
    check();
    await new Promise((r) => setTimeout(r, 50));
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });
});
