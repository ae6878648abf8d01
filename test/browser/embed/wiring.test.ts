// No code: a page with only the three tags and the classic script. Answering plots the wheel, a target set by
// keyboard ranks priorities, the priorities feed the board. The order of the tags, whether the script comes before
// or after them, and elements added later must not matter.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { bundleTag, closePages, inner, innerAll, openPage, pageHtml, settle, until, type HostPage } from './helpers.js';
import { WORKSHOP_SIZE, answerAndSubmit, answerByClicking, currentValue, respondents, pressOnSpoke, suggestedDimensions, wheelTable, type Board, type Survey, type Wheel } from './flow.js';

const tagsOf = {
  survey: '<ge-survey id="s"></ge-survey>',
  wheel: '<socratic-wheel source="s" editable="target" id="w"></socratic-wheel>',
  board: '<action-plan-board source="w" id="b"></action-plan-board>',
};
type Name = keyof typeof tagsOf;

function parts(page: HostPage) {
  return {
    survey: page.doc.getElementById('s') as Survey,
    wheel: page.doc.getElementById('w') as Wheel,
    board: page.doc.getElementById('b') as Board,
  };
}

/** The whole workshop on `page`, with the checks of each step. */
async function workshop(page: HostPage, byClicking = false): Promise<void> {
  const { survey, wheel, board } = parts(page);
  expect(survey.shadowRoot, 'the survey rendered').to.not.equal(null);
  if (byClicking) {
    await answerByClicking(survey, page.doc);
    await respondents(survey, page.doc, WORKSHOP_SIZE - 1);
  } else expect(await respondents(survey, page.doc), 'the survey accepted every response').to.deep.equal(Array(WORKSHOP_SIZE).fill(true));
  const current = await until(() => currentValue(wheel));
  expect(current, `the submissions are plotted as the current series; the wheel's table: ${JSON.stringify(wheelTable(wheel))}`).to.equal('5');
  const first = survey.assessment.dimensions[0].id;
  expect(wheel.priorities.filter((p) => p.priority > 0), 'no target yet, nothing to close').to.deep.equal([]);
  await pressOnSpoke(wheel, page.doc, 0, 'End');
  expect(wheel.series.find((s) => s.id === 'target')?.values[first]).to.equal(10);
  expect(wheel.priorities[0]).to.deep.include({ dimensionId: first, current: 50, target: 100 });
  await until(() => suggestedDimensions(board).length);
  const offered = innerAll(board, '.suggestions li').map((li) => li.textContent ?? '');
  expect(offered.length, 'the board suggests actions for the priorities').to.be.greaterThan(0);
  expect(page.errors).to.deep.equal([]);
}

const orders: Name[][] = [['survey', 'wheel', 'board'], ['board', 'wheel', 'survey'], ['wheel', 'board', 'survey'], ['survey', 'board', 'wheel']];

describe('embed: no-code wiring, tags and one script', () => {
  afterEach(closePages);

  for (const order of orders) {
    it(`tags ${order.join(', ')}, script after them`, async () => {
      const page = await openPage({ html: pageHtml({ body: `${order.map((n) => tagsOf[n]).join('\n')}${bundleTag}` }) });
      await workshop(page);
    });
    it(`tags ${order.join(', ')}, script in the head (defined before the tags are parsed)`, async () => {
      const page = await openPage({ html: pageHtml({ head: bundleTag, body: order.map((n) => tagsOf[n]).join('\n') }) });
      await workshop(page);
    });
  }

  it('answering by clicking the radios and the survey\'s own buttons', async () => {
    const page = await openPage({ html: pageHtml({ body: `${tagsOf.survey}${tagsOf.wheel}${tagsOf.board}${bundleTag}` }) });
    await workshop(page, true);
  });

  it('a target set with the real keyboard (arrow keys) ranks priorities', async () => {
    const page = await openPage({ html: pageHtml({ body: `${tagsOf.survey}${tagsOf.wheel}${tagsOf.board}${bundleTag}` }) });
    const { survey, wheel, board } = parts(page);
    await respondents(survey, page.doc);
    const slider = await until(() => inner(wheel, '.slider'));
    slider!.focus();
    for (let i = 0; i < 8; i++) await sendKeys({ press: 'ArrowUp' });
    await settle(page.doc);
    const first = survey.assessment.dimensions[0].id;
    expect(wheel.series.find((s) => s.id === 'target')?.values[first]).to.equal(8);
    expect(wheel.priorities[0]?.dimensionId).to.equal(first);
    expect(await until(() => suggestedDimensions(board).length)).to.be.greaterThan(0);
  });

  for (const order of orders) {
    it(`elements added later by script, in the order ${order.join(', ')}`, async () => {
      const page = await openPage({ html: pageHtml({ head: bundleTag }) });
      for (const n of order) {
        page.doc.body.insertAdjacentHTML('beforeend', tagsOf[n]);
        await settle(page.doc);
      }
      await workshop(page);
    });
  }

  it('the script added after the tags, later (a tag manager, a lazy plugin)', async () => {
    const page = await openPage({ html: pageHtml({ body: `${tagsOf.board}${tagsOf.wheel}${tagsOf.survey}` }) });
    const s = page.doc.createElement('script');
    s.src = bundleTag.match(/src="([^"]+)"/)![1];
    await new Promise((r) => { s.onload = r; page.doc.head.append(s); });
    await settle(page.doc);
    await workshop(page);
  });

  it('a board added after the target was set shows the suggestions at once', async () => {
    const page = await openPage({ html: pageHtml({ body: `${tagsOf.survey}${tagsOf.wheel}${bundleTag}` }) });
    const { survey, wheel } = parts(page);
    await respondents(survey, page.doc);
    await pressOnSpoke(wheel, page.doc, 0, 'End');
    expect(wheel.priorities.length).to.be.greaterThan(0);
    page.doc.body.insertAdjacentHTML('beforeend', tagsOf.board);
    await settle(page.doc);
    expect(await until(() => suggestedDimensions(page.doc.getElementById('b')!).length)).to.be.greaterThan(0);
  });

  it('each submission of the survey adds one respondent: the shape appears at the fifth', async () => {
    const page = await openPage({ html: pageHtml({ body: `${tagsOf.survey}${tagsOf.wheel}${bundleTag}` }) });
    const { survey, wheel } = parts(page);
    await respondents(survey, page.doc, WORKSHOP_SIZE - 1, 0);
    expect(currentValue(wheel), 'hidden below 5 respondents').to.equal(null);
    expect(inner(wheel, '.notes')?.textContent).to.contain('4');
    await answerAndSubmit(survey, page.doc, 4, 'last');
    // four respondents at 0 and one at 4: (0 + 0 + 0 + 0 + 10) / 5 on a non-reversed dimension
    expect(await until(() => currentValue(wheel))).to.match(/^\d/);
  });

  it('one respondent submitting again counts once (the same respondent id)', async () => {
    const page = await openPage({ html: pageHtml({ body: `${tagsOf.survey}${tagsOf.wheel}${bundleTag}` }) });
    const { survey, wheel } = parts(page);
    await respondents(survey, page.doc, WORKSHOP_SIZE - 1);
    await answerAndSubmit(survey, page.doc, 2, 'respondent-again');
    await answerAndSubmit(survey, page.doc, 2, 'respondent-again');
    expect(currentValue(wheel)).to.equal('5');
    expect(wheelTable(wheel).rows[0].join(' ')).to.contain('5');
  });
});
