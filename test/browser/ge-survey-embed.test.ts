// <ge-survey> in a page: `src`, an inline JSON definition, invalid definitions, and taking part in a <form>.
import { expect, fixture, html } from '@open-wc/testing';
import type { GeSurvey, SurveyErrorDetail } from '../../src/ge-survey/ge-survey.js';
import { $, $$, answer, next, settle, small, survey, text, until } from './ge-survey-helpers.js';

function errorsOf(target: EventTarget): SurveyErrorDetail['errors'][] {
  const seen: SurveyErrorDetail['errors'][] = [];
  target.addEventListener('ge-error', (e) => seen.push((e as CustomEvent<SurveyErrorDetail>).detail.errors));
  return seen;
}

describe('ge-survey: definition from src or inline', () => {
  const originalFetch = window.fetch;
  afterEach(() => {
    window.fetch = originalFetch;
  });

  it('src: shows a loading state, then the survey', async () => {
    let resolve!: (r: Response) => void;
    const urls: string[] = [];
    window.fetch = ((url: string) => {
      urls.push(url);
      return new Promise<Response>((r) => (resolve = r));
    }) as typeof fetch;
    const el = await survey(html`<ge-survey src="/defs/small.json"></ge-survey>`);
    expect(urls).to.deep.equal(['/defs/small.json']);
    expect($(el, '[role=status]')!.textContent).to.equal('Loading the survey…');
    await expect(el).to.be.accessible();
    resolve(new Response(JSON.stringify(small), { headers: { 'content-type': 'application/json' } }));
    await until(() => el.assessment.id === 'small');
    await el.updateComplete;
    expect(el.assessment.id).to.equal('small');
    expect($(el, '#q-w1')).to.not.equal(null);
  });

  it('src that does not load: a message in the element and ge-error', async () => {
    window.fetch = (() => Promise.resolve(new Response('not here', { status: 404 }))) as typeof fetch;
    const wrap = document.createElement('div');
    const seen = errorsOf(wrap);
    const el = document.createElement('ge-survey');
    el.setAttribute('src', '/does-not-exist-ge-survey.json');
    wrap.append(el);
    await fixture(wrap);
    await until(() => seen.length > 0);
    expect(seen).to.have.length(1);
    expect(seen[0][0]).to.include({ code: 'load-failed' });
    expect(text(el)).to.contain('The survey could not be loaded from /does-not-exist-ge-survey.json (HTTP 404)');
    expect($$(el, 'input')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('an inline <script type="application/json"> child is the definition', async () => {
    const el = await survey(html`<ge-survey><script type="application/json">${JSON.stringify(small)}</script></ge-survey>`);
    expect(el.assessment.id).to.equal('small');
    expect($(el, '#q-m1')).to.equal(null); // paged: second section not shown
    expect($(el, '#q-w1')).to.not.equal(null);
  });

  it('an invalid definition: its errors (path and message) instead of a survey, and ge-error', async () => {
    const bad = { ...small, dimensions: [{ ...small.dimensions[0], questions: [{ id: 'w1', text: 'x' }, { id: 'w1', text: 'y' }] }] };
    const wrap = document.createElement('div');
    const seen = errorsOf(wrap);
    const el = document.createElement('ge-survey');
    el.assessment = bad;
    wrap.append(el);
    await fixture(wrap);
    await el.updateComplete;
    expect($$(el, 'input')).to.have.length(0);
    const items = $$(el, '.problems li');
    expect(items.length).to.be.at.least(1);
    expect(items[0].querySelector('code')!.textContent).to.equal('dimensions[0].questions[1].id');
    expect(seen).to.have.length(1);
    expect(seen[0][0].path).to.equal('dimensions[0].questions[1].id');
    expect(seen[0][0].message).to.be.a('string').and.not.equal('');
    await expect(el).to.be.accessible();
    const english = items[0].textContent;
    el.lang = 'fr';
    await settle();
    await el.updateComplete;
    expect($$(el, '.problems li')[0].textContent, 'the errors follow the element\'s language').to.not.equal(english);
    expect($(el, '.problems h2')!.textContent).to.contain('Ce questionnaire ne peut pas être affiché');
    await expect(el).to.be.accessible();
  });

  it('inline text that is not JSON is reported, not thrown', async () => {
    const el = await survey(html`<ge-survey><script type="application/json">{oops</script></ge-survey>`);
    expect(text(el)).to.contain('is not valid JSON');
  });
});

describe('ge-survey: form-associated', () => {
  const KEY = 'ge-survey-form-test';
  afterEach(() => localStorage.removeItem(KEY));

  async function inForm(): Promise<{ form: HTMLFormElement; el: GeSurvey }> {
    const form = await fixture<HTMLFormElement>(html`<form><input name="other" value="x">
      <ge-survey name="answers" storage-key=${KEY} .assessment=${small}></ge-survey><button>Send</button></form>`);
    const el = form.querySelector('ge-survey')!;
    await el.updateComplete;
    return { form, el };
  }

  it('submits its response as JSON under its name', async () => {
    const { form, el } = await inForm();
    await answer(el, 'w1', '4');
    const value = new FormData(form).get('answers') as string;
    expect(JSON.parse(value)).to.deep.include({ assessmentId: 'small', assessmentVersion: '1', answers: { w1: 4 } });
  });

  it('makes the form invalid while required answers are missing, and blocks its submission', async () => {
    const { form, el } = await inForm();
    let submitted = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted++;
    });
    expect(form.checkValidity()).to.equal(false);
    expect(el.validity?.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Please answer every required question (2 missing).');
    expect(el.form).to.equal(form);
    form.requestSubmit();
    expect(submitted).to.equal(0);
    await answer(el, 'w1', 'dk');
    expect(form.checkValidity()).to.equal(false);
    await next(el);
    await answer(el, 'm1', '0');
    expect(form.checkValidity()).to.equal(true);
    form.requestSubmit();
    expect(submitted).to.equal(1);
  });

  it('resets with the form: answers and the draft cleared', async () => {
    const { form, el } = await inForm();
    await answer(el, 'w1', '2');
    expect(localStorage.getItem(KEY)).to.contain('"w1":2');
    form.reset();
    await el.updateComplete;
    expect(el.response.answers).to.deep.equal({});
    expect($<HTMLInputElement>(el, 'input[name=w1][value="2"]')!.checked).to.equal(false);
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(JSON.parse(new FormData(form).get('answers') as string).answers).to.deep.equal({});
  });

  it('is disabled with a disabled fieldset around it', async () => {
    const wrap = await fixture<HTMLFormElement>(html`<form><fieldset disabled><ge-survey name="a" .assessment=${small}></ge-survey></fieldset></form>`);
    const el = wrap.querySelector('ge-survey')!;
    await el.updateComplete;
    expect($<HTMLFieldSetElement>(el, 'fieldset.contents')!.disabled).to.equal(true);
    expect($<HTMLInputElement>(el, 'input[name=w1]')!.matches(':disabled')).to.equal(true);
    expect(wrap.checkValidity(), 'a disabled control is barred from validation').to.equal(true);
  });
});

describe('ge-survey: assessment swapped at run time', () => {
  it('keeps the answers to questions that still exist', async () => {
    const { small2 } = await import('./ge-survey-helpers.js');
    const el = await survey();
    await answer(el, 'w1', '1');
    el.assessment = small2;
    await el.updateComplete;
    expect(el.response).to.deep.include({ assessmentVersion: '2', answers: { w1: 1 } });
  });

  it('a src load aborted by moving the element loads again once it is back', async () => {
    const original = window.fetch;
    window.fetch = ((_: string, init?: RequestInit) => new Promise<Response>((resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      setTimeout(() => resolve(new Response(JSON.stringify(small))), 30);
    })) as typeof fetch;
    try {
      const el = await survey(html`<ge-survey src="/x.json"></ge-survey>`);
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await until(() => el.assessment.id === 'small');
      await el.updateComplete;
      expect($(el, '#q-w1')).to.not.equal(null);
    } finally {
      window.fetch = original;
    }
  });
});
