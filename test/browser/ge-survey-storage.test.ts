// <ge-survey> never loses an answer: autosave and reload, a new assessment version, broken storage, export and import.
import { expect, fixture, html } from '@open-wc/testing';
import type { GeSurvey, SurveyErrorDetail } from '../../src/ge-survey/ge-survey.js';
import { DRAFT_FORMAT } from '../../src/ge-survey/survey-storage.js';
import { $, $$, answer, next, small, small2, survey, text, typeComment, until } from './ge-survey-helpers.js';

const KEY = 'ge-survey-test';
const NOT_SAVED = 'Your answers are not being saved on this device';

function clearKeys(): void {
  for (const k of Object.keys(localStorage)) if (k.startsWith(KEY)) localStorage.removeItem(k);
}

/** Mounts a fresh element, as a reload of the page would. */
async function mount(assessment = small): Promise<GeSurvey> {
  return survey(html`<ge-survey storage-key=${KEY} groups="staff,board" .assessment=${assessment}></ge-survey>`);
}

describe('ge-survey: autosave and restore', () => {
  beforeEach(clearKeys);
  afterEach(clearKeys);

  it('saves every change at once and restores answers, comments, group and section after a reload', async () => {
    let el = await mount();
    $$<HTMLInputElement>(el, 'fieldset.group input')[1].click();
    await answer(el, 'w1', '2');
    expect(JSON.parse(localStorage.getItem(KEY)!).data.answers).to.deep.equal({ w1: 2 }); // at once, no debounce
    await typeComment(el, 'w1', 'Only in speeches');
    await next(el);
    await answer(el, 'm1', 'na');
    el.remove();

    el = await mount();
    expect($(el, '#sec-money'), 'the section').to.not.equal(null);
    expect($<HTMLInputElement>(el, 'input[name=m1][value=na]')!.checked).to.equal(true);
    expect(el.response.answers).to.deep.equal({ w1: 2, m1: 'na' });
    expect(el.response.comments).to.deep.equal({ w1: 'Only in speeches' });
    expect(el.response.respondent?.group).to.equal('board');
    expect(text(el)).to.contain('Your saved answers were restored.');
    $<HTMLButtonElement>(el, '[data-action=prev]')!.click();
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#c-w1')!.value).to.equal('Only in speeches');
    expect($<HTMLInputElement>(el, 'input[name=w1][value="2"]')!.checked).to.equal(true);
  });

  it('another version: answers to questions that still exist are restored, the others kept aside, and the respondent told', async () => {
    let el = await mount(small);
    await answer(el, 'w1', '4');
    await typeComment(el, 'w2', 'kept?');
    await next(el);
    await answer(el, 'm1', '1');
    el.remove();

    el = await mount(small2);
    expect(el.response.answers).to.deep.equal({ w1: 4 });
    expect(el.response.comments).to.deep.equal({ w2: 'kept?' });
    expect(el.response.assessmentVersion).to.equal('2');
    expect($(el, '[role=status]')!.textContent).to.contain('This survey has changed since your last visit: 1 answers were restored; 1 answers or comments');
    const stored = JSON.parse(localStorage.getItem(KEY)!).data;
    expect(stored.orphans).to.deep.equal([{ assessmentId: 'small', assessmentVersion: '1', answers: { m1: 1 }, comments: {} }]);
    await answer(el, 'w2', '0'); // later saves keep the orphans
    expect(JSON.parse(localStorage.getItem(KEY)!).data.orphans[0].answers).to.deep.equal({ m1: 1 });
    await expect(el).to.be.accessible();
  });

  it('storage full: the survey still works and says politely that answers are not being saved', async () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const el = await mount();
      const status = $(el, '[role=status]')!;
      expect(status.textContent).to.contain(NOT_SAVED);
      await answer(el, 'w1', '3');
      expect(el.response.answers).to.deep.equal({ w1: 3 });
      await next(el);
      await answer(el, 'm1', '3');
      expect(el.submit()).to.equal(true);
    } finally {
      Storage.prototype.setItem = original;
    }
  });

  it('storage disabled (access throws): the survey works and says so', async () => {
    const original = Storage.prototype.getItem;
    Storage.prototype.getItem = function () {
      throw new DOMException('denied', 'SecurityError');
    };
    try {
      const el = await mount();
      expect(text(el)).to.contain(NOT_SAVED);
      await answer(el, 'w1', '1');
      expect(el.response.answers.w1).to.equal(1);
    } finally {
      Storage.prototype.getItem = original;
    }
  });

  it('garbage in the key: the survey works, says so, fires ge-error and keeps the garbage', async () => {
    localStorage.setItem(KEY, '{not json');
    const errors: SurveyErrorDetail['errors'][] = [];
    const wrap = await fixture<HTMLDivElement>(html`<div @ge-error=${(e: CustomEvent<SurveyErrorDetail>) => errors.push(e.detail.errors)}>
      <ge-survey storage-key=${KEY} .assessment=${small}></ge-survey></div>`);
    const el = wrap.querySelector('ge-survey')!;
    await el.updateComplete;
    expect(text(el)).to.contain('could not be read. They were kept aside, not deleted.');
    expect(errors).to.have.length(1);
    expect(errors[0][0]).to.include({ path: 'storage', code: 'draft-unreadable' });
    const kept = Object.keys(localStorage).filter((k) => k.startsWith(`${KEY}.unreadable-`));
    expect(kept).to.have.length(1);
    expect(localStorage.getItem(kept[0])).to.equal('{not json');
    expect(localStorage.getItem(KEY), 'nothing written before a change').to.equal('{not json');
    await answer(el, 'w1', '2');
    expect(localStorage.getItem(kept[0])).to.equal('{not json');
    expect(JSON.parse(localStorage.getItem(KEY)!).data.answers).to.deep.equal({ w1: 2 });
  });

  it('garbage that cannot be moved aside (storage full) is never overwritten', async () => {
    localStorage.setItem(KEY, JSON.stringify({ format: 'someone-else', data: 1 }));
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const el = await mount();
      expect(text(el)).to.contain(NOT_SAVED);
      await answer(el, 'w1', '2');
    } finally {
      Storage.prototype.setItem = original;
    }
    expect(localStorage.getItem(KEY)).to.equal(JSON.stringify({ format: 'someone-else', data: 1 }));
  });

  it('the stored envelope names its format', async () => {
    const el = await mount();
    await answer(el, 'w1', '0');
    expect(JSON.parse(localStorage.getItem(KEY)!).format).to.equal(DRAFT_FORMAT);
  });
});

describe('ge-survey: export and import of one\'s own answers', () => {
  let clicked: HTMLAnchorElement[] = [];
  const original = HTMLAnchorElement.prototype.click;
  beforeEach(() => {
    clicked = [];
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
  });
  afterEach(() => {
    HTMLAnchorElement.prototype.click = original;
  });

  async function importText(el: GeSurvey, content: string): Promise<void> {
    const input = $<HTMLInputElement>(el, 'input[type=file]')!;
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'answers.json', { type: 'application/json' }));
    input.files = dt.files;
    const before = $(el, 'details.transfer')!.innerHTML;
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await until(() => $(el, 'details.transfer')!.innerHTML !== before); // the file is read asynchronously
    await el.updateComplete;
  }

  it('downloads a small JSON file of the response, and loads it back on another device', async () => {
    const el = await survey();
    await answer(el, 'w1', '3');
    await typeComment(el, 'w1', 'hm');
    $<HTMLButtonElement>(el, '[data-action=export]')!.click();
    expect(clicked).to.have.length(1);
    expect(clicked[0].download).to.equal('small-1-answers.json');
    const json = await (await fetch(clicked[0].href)).text();
    expect(json.length).to.be.below(1000);
    expect(JSON.parse(json)).to.deep.include({ assessmentId: 'small', answers: { w1: 3 }, comments: { w1: 'hm' } });

    const other = await survey();
    await importText(other, json);
    expect(other.response.answers).to.deep.equal({ w1: 3 });
    expect(other.response.comments).to.deep.equal({ w1: 'hm' });
    expect(text(other)).to.contain('Your answers were loaded from the file.');
  });

  it('an invalid file shows its errors and overwrites nothing', async () => {
    const el = await survey();
    await answer(el, 'w1', '1');
    await importText(el, JSON.stringify({ assessmentId: 'small', assessmentVersion: '1', answers: { w1: 9, zz: 1 } }));
    expect(el.response.answers).to.deep.equal({ w1: 1 });
    const errors = $$(el, '.import-errors li').map((li) => li.textContent);
    expect(errors).to.have.length(2);
    expect(errors[0]).to.match(/^answers\.w1: /);
    await importText(el, 'not json');
    expect($$(el, '.import-errors li')[0].textContent).to.contain('not a JSON file of answers');
    expect(el.response.answers).to.deep.equal({ w1: 1 });
    $<HTMLDetailsElement>(el, 'details.transfer')!.open = true;
    await expect(el).to.be.accessible();
  });
});
