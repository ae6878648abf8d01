// The board's status line (set by a connection, or saying the round add-on is missing): its words, its buttons, and
// a conflict's choice. Each button fires `ge-status-action` through the board's delegated click handler.
import { html, nothing, type TemplateResult } from 'lit';
import type { BoardPlan, BoardStatus, BoardStatusAction } from './connected.js';
import type { Translate } from './format.js';
import { messages, type MessageKey } from './messages.js';

const PROBLEMS: ReadonlySet<string> = new Set(['offline', 'load-failed', 'expired', 'forbidden', 'not-found', 'refused', 'unreadable', 'missing-addon']);
const BUTTONS: Record<BoardStatusAction, MessageKey> = { retry: 'syncRetry', 'keep-mine': 'keepMine', 'load-saved': 'loadSaved' };

/** The status in the board's language: message `sync-<state>` (`-server` when the store answered with an error); a state it does not know, the connection's own `message`. */
export function statusText(status: BoardStatus, t: Translate): string {
  const { state, params = {} } = status;
  const key = `sync-${state}${params.cause === 'server' && Object.hasOwn(messages, `sync-${state}-server`) ? '-server' : ''}`;
  if (!Object.hasOwn(messages, key)) return status.message ?? '';
  return t(key as MessageKey, { message: status.message || t('syncNoMessage') }) + (state === 'load-failed' && params.kept ? ` ${t('syncKeptHere')}` : '');
}

/** The status line people read (its words are said by the board's announcer, not by this line). */
export function renderStatus(o: { status: BoardStatus; conflict: BoardPlan | null; t: Translate }): TemplateResult {
  const { status, t } = o;
  const text = statusText(status, t);
  const buttons = (status.actions ?? []).filter((a) => Object.hasOwn(BUTTONS, a));
  return html`<div class="sync" part="sync" data-state=${status.state}>
    ${o.conflict ? html`<div class="conflict" role="group" aria-labelledby="conflict-text">
        <p id="conflict-text"><strong>${text}</strong> ${t('syncConflictHelp')}</p>
        <button data-act="keep-mine">${t('keepMine')}</button>
        <button data-act="load-saved">${t('loadSaved')}</button>
      </div>`
      : html`<p class="sync-status ${PROBLEMS.has(status.state) ? 'problem' : ''}">${text}
        ${buttons.map((a) => html`<button data-act=${a}>${t(BUTTONS[a])}</button>`)}</p>`}
    ${status.state === 'refused' && status.errors?.length ? html`<ul class="sync-errors">${status.errors.slice(0, 20).map((e) =>
      html`<li>${e.path ? html`<code>${e.path}</code> ` : nothing}${e.message || e.code}</li>`)}</ul>` : nothing}
  </div>`;
}
