// With `endpoint`: the board's save status, its Retry button, and the choice offered in a conflict.
import { html, nothing, type TemplateResult } from 'lit';
import type { RemoteIssue } from '../internal/remote.js';
import type { SyncState } from './plan-sync.js';
import type { Translate } from './format.js';

const PROBLEMS: ReadonlySet<SyncState> = new Set(['offline', 'load-failed', 'expired', 'forbidden', 'not-found', 'refused', 'unreadable']);

export function renderSync(o: { state: SyncState; text: string; spoken: string; errors: readonly RemoteIssue[]; t: Translate }): TemplateResult {
  const { state, t } = o;
  const retry = state === 'offline' || state === 'load-failed' || state === 'unreadable';
  return html`<div class="sync" part="sync" data-state=${state}>
    ${state === 'conflict' ? html`<div class="conflict" role="group" aria-labelledby="conflict-text">
        <p id="conflict-text"><strong>${o.text}</strong> ${t('syncConflictHelp')}</p>
        <button data-act="keep-mine">${t('keepMine')}</button>
        <button data-act="load-saved">${t('loadSaved')}</button>
      </div>`
      : html`<p class="sync-status ${PROBLEMS.has(state) ? 'problem' : ''}">${o.text}
        ${retry ? html`<button data-act="sync-retry">${t('syncRetry')}</button>` : nothing}</p>`}
    ${state === 'refused' && o.errors.length ? html`<ul class="sync-errors">${o.errors.slice(0, 20).map((e) =>
      html`<li>${e.path ? html`<code>${e.path}</code> ` : nothing}${e.message || e.code}</li>`)}</ul>` : nothing}
    <div class="sr-only" role="status">${o.spoken}</div>
  </div>`;
}
