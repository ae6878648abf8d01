// <action-plan-board> moves: keyboard (pick up, arrows, drop, Escape), "Move to…", pointer and touch drag, each announced.
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import type { ActionPlanBoard } from '../../src/action-plan-board/action-plan-board.js';
import { $, active, announced, board, frame, handle, idsIn, plan } from './action-plan-board-helpers.js';

function changes(el: ActionPlanBoard) {
  const seen: string[][] = [];
  el.addEventListener('ge-plan-change', (e) => seen.push(e.detail.actions.map((a) => `${a.id}:${a.status}`)));
  return seen;
}

async function press(el: ActionPlanBoard, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

const center = (node: Element): [number, number] => {
  const r = node.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
};

describe('<action-plan-board> keyboard moves', () => {
  it('picks up with Space, moves with arrows, drops with Space, announcing each step', async () => {
    const el = await board();
    const seen = changes(el);
    handle(el, 'a').focus();
    await press(el, 'Space');
    expect(announced(el)).to.match(/^Picked up “Standing GE item on the board agenda” in To do, position 1 of 2/);
    expect($(el, 'li[data-id="a"]').classList.contains('picked')).to.equal(true);
    await expect(el).to.be.accessible(); // the picked-up state
    await press(el, 'ArrowDown');
    expect(idsIn(el, 'todo')).to.deep.equal(['b', 'a']);
    expect(announced(el)).to.equal('Moved “Standing GE item on the board agenda” to To do, position 2 of 2');
    await press(el, 'ArrowRight');
    expect(idsIn(el, 'doing')).to.deep.equal(['c', 'a']);
    expect(announced(el)).to.equal('Moved “Standing GE item on the board agenda” to Doing, position 2 of 2');
    expect(active(el)).to.equal(handle(el, 'a')); // focus follows the card into its new column
    await press(el, 'ArrowUp');
    expect(idsIn(el, 'doing')).to.deep.equal(['a', 'c']);
    expect(seen).to.have.length(0); // nothing final until the drop
    await press(el, 'Enter');
    expect(announced(el)).to.equal('Dropped “Standing GE item on the board agenda” in Doing, position 1 of 2');
    expect(seen).to.deep.equal([['b:todo', 'a:doing', 'c:doing', 'd:done']]);
    expect(active(el)).to.equal(handle(el, 'a'));
    await press(el, 'ArrowDown'); // dropped: arrows no longer move it
    expect(idsIn(el, 'doing')).to.deep.equal(['a', 'c']);
  });

  it('Escape cancels and restores the card where it was', async () => {
    const el = await board();
    const seen = changes(el);
    handle(el, 'b').focus();
    await press(el, 'Space');
    await press(el, 'ArrowRight');
    await press(el, 'ArrowRight');
    expect(idsIn(el, 'done')).to.include('b');
    await press(el, 'Escape');
    expect(idsIn(el, 'todo')).to.deep.equal(['a', 'b']);
    expect(idsIn(el, 'done')).to.deep.equal(['d']);
    expect(announced(el)).to.equal('Move cancelled. “Review pay for gaps” is back in To do, position 2 of 2');
    expect(seen).to.have.length(0);
    expect(active(el)).to.equal(handle(el, 'b'));
  });

  it('announces in the element\'s language', async () => {
    const el = await board(plan(), { lang: 'fr' });
    handle(el, 'a').focus();
    await press(el, 'Space');
    await press(el, 'ArrowRight');
    expect(announced(el)).to.equal('«\u00a0Standing GE item on the board agenda\u00a0» déplacée dans «\u00a0En cours\u00a0», position 1 sur 2');
  });

  it('moves past cards hidden by a filter without counting them as steps', async () => {
    const el = await board([...plan(), { id: 'e', title: 'E', status: 'todo', owner: 'Marie' }]);
    const owner = $<HTMLSelectElement>(el, 'select[data-filter="owner"]');
    owner.value = 'Marie';
    owner.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(idsIn(el, 'todo')).to.deep.equal(['a', 'e']);
    handle(el, 'a').focus();
    await press(el, 'Space');
    await press(el, 'ArrowDown');
    await press(el, 'Space');
    expect(el.actions.filter((x) => x.status === 'todo').map((x) => x.id)).to.deep.equal(['b', 'e', 'a']);
  });

  it('right to left, the arrows follow the columns as laid out: ArrowLeft to the next column, ArrowRight back', async () => {
    const el = await board();
    el.setAttribute('dir', 'rtl');
    await el.updateComplete;
    const x = (column: string) => $(el, `section.column[data-column="${column}"]`).getBoundingClientRect().left;
    expect(x('todo')).to.be.greaterThan(x('doing')); // to do on the right, doing on its left
    handle(el, 'a').focus();
    await press(el, 'Space');
    await press(el, 'ArrowRight'); // nothing right of the first column
    expect(idsIn(el, 'todo')).to.deep.equal(['a', 'b']);
    await press(el, 'ArrowLeft');
    expect(idsIn(el, 'doing')).to.deep.equal(['a', 'c']);
    expect(announced(el)).to.equal('Moved “Standing GE item on the board agenda” to Doing, position 1 of 2');
    await press(el, 'ArrowLeft');
    expect(idsIn(el, 'done')).to.deep.equal(['a', 'd']);
    await press(el, 'ArrowRight');
    expect(idsIn(el, 'doing')).to.deep.equal(['a', 'c']);
    expect(active(el)).to.equal(handle(el, 'a'));
    await press(el, 'Space');
    expect(el.actions.find((a) => a.id === 'a')?.status).to.equal('doing');
  });
});

describe('<action-plan-board> "Move to…"', () => {
  it('moves a card to a chosen column and place without dragging (WCAG 2.5.7)', async () => {
    const el = await board();
    const seen = changes(el);
    $(el, 'li[data-id="b"] [data-act="move-to"]').click();
    await el.updateComplete;
    expect($(el, 'li[data-id="b"] [part="move-to"]').getAttribute('aria-expanded')).to.equal('true');
    const column = $<HTMLSelectElement>(el, '.move-menu select[data-move="column"]');
    expect(active(el)).to.equal(column);
    column.value = 'done';
    column.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    const position = $<HTMLSelectElement>(el, '.move-menu select[data-move="position"]');
    expect([...position.options].map((o) => o.text)).to.deep.equal(['1 of 2', '2 of 2']);
    position.value = '0';
    $(el, '[data-act="move-apply"]').click();
    await el.updateComplete;
    expect(idsIn(el, 'done')).to.deep.equal(['b', 'd']);
    expect(announced(el)).to.equal('Moved “Review pay for gaps” to Done, position 1 of 2');
    expect(seen).to.have.length(1);
    expect(active(el)).to.equal($(el, 'li[data-id="b"] [data-act="move-to"]'));
  });

  it('reorders within a column, and Escape closes it', async () => {
    const el = await board();
    $(el, 'li[data-id="b"] [data-act="move-to"]').click();
    await el.updateComplete;
    $<HTMLSelectElement>(el, '.move-menu select[data-move="position"]').value = '0';
    $(el, '[data-act="move-apply"]').click();
    await el.updateComplete;
    expect(idsIn(el, 'todo')).to.deep.equal(['b', 'a']);
    $(el, 'li[data-id="a"] [data-act="move-to"]').click();
    await el.updateComplete;
    await press(el, 'Escape');
    expect(el.shadowRoot!.querySelector('.move-menu')).to.equal(null);
    expect(active(el)).to.equal($(el, 'li[data-id="a"] [data-act="move-to"]'));
  });
});

describe('<action-plan-board> pointer drag', () => {
  afterEach(() => resetMouse());

  it('drags a card by its handle to another column, with a placeholder, and announces the drop', async () => {
    const el = await board();
    const seen = changes(el);
    const [x, y] = center(handle(el, 'a'));
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    const doing = $(el, 'ul.cards[data-column="doing"]');
    const c = $(el, 'li[data-id="c"]').getBoundingClientRect();
    const target: [number, number] = [Math.round(c.left + c.width / 2), Math.round(c.top + 2)];
    await sendMouse({ type: 'move', position: [x + 10, y + 5] });
    await sendMouse({ type: 'move', position: target });
    await frame();
    expect($(el, 'li[data-id="c"]').getAttribute('data-drop')).to.equal('before'); // the placeholder
    expect($(el, 'li[data-id="a"]').hasAttribute('data-dragging')).to.equal(true);
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(idsIn(el, 'doing')).to.deep.equal(['a', 'c']);
    expect(doing.querySelector('[data-drop]')).to.equal(null);
    expect(seen).to.deep.equal([['b:todo', 'a:doing', 'c:doing', 'd:done']]);
    expect(announced(el)).to.equal('Moved “Standing GE item on the board agenda” to Doing, position 1 of 2');
  });

  it('drops at the end of a column and reorders within one', async () => {
    const el = await board();
    const [x, y] = center(handle(el, 'a'));
    const list = $(el, 'ul.cards[data-column="todo"]').getBoundingClientRect();
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x, y + 10] });
    await sendMouse({ type: 'move', position: [x, Math.round(list.bottom - 2)] });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(idsIn(el, 'todo')).to.deep.equal(['b', 'a']);
  });

  it('a press without movement moves nothing; Escape during a drag cancels', async () => {
    const el = await board();
    const seen = changes(el);
    const [x, y] = center(handle(el, 'a'));
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'up' });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: center($(el, 'ul.cards[data-column="done"]')) });
    await sendKeys({ press: 'Escape' });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(idsIn(el, 'todo')).to.deep.equal(['a', 'b']);
    expect(seen).to.have.length(0);
    expect($(el, 'li[data-id="a"]').hasAttribute('data-dragging')).to.equal(false);
  });

  it('works with touch pointers: handle has touch-action none', async () => {
    const el = await board();
    const grip = handle(el, 'b');
    expect(getComputedStyle(grip).touchAction).to.equal('none');
    const [x, y] = center(grip);
    const [tx, ty] = center($(el, 'ul.cards[data-column="done"]'));
    const init = { bubbles: true, composed: true, pointerId: 7, pointerType: 'touch', isPrimary: true, button: 0 };
    grip.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: x, clientY: y }));
    grip.dispatchEvent(new PointerEvent('pointermove', { ...init, clientX: x + 20, clientY: y }));
    grip.dispatchEvent(new PointerEvent('pointermove', { ...init, clientX: tx, clientY: ty + 200 }));
    grip.dispatchEvent(new PointerEvent('pointerup', { ...init, clientX: tx, clientY: ty + 200 }));
    await el.updateComplete;
    expect(idsIn(el, 'done')).to.deep.equal(['d', 'b']);
  });
});
