// With `endpoint`: the round's line above the wheel ("23 responses · updated 10:42", Update), why the
// results are not shown when they are not, and what became of the targets.
import { html, nothing, type TemplateResult } from 'lit';
import type { ResultsState, TargetsState } from './round-sync.js';
import type { MessageKey } from './messages.js';
import type { T } from './render-html.js';

export interface RoundView {
  state: ResultsState;
  /** For `offline`: a network failure (true) or a server error. */
  network: boolean;
  n: number | null;
  /** `n` in the page's language. */
  count: string;
  message: string;
  /** When the results were received, as a time of day ('' before). */
  updated: string;
  targets: TargetsState;
  targetsMessage: string;
}

const PROBLEM: Partial<Record<ResultsState, MessageKey>> = {
  offline: 'roundOffline', server: 'roundServerDown', expired: 'roundExpired', forbidden: 'roundForbidden',
  'not-found': 'roundNotFound', refused: 'roundRefused', unreadable: 'roundUnreadable',
};

/** What the targets' status says; `spoken` leaves out "Saving…", which would be said at every key press. */
export function targetsText(v: RoundView, t: T): { shown: string; spoken: string } {
  const message = v.targetsMessage || t('roundNoMessage');
  const text = v.targets === 'saving' ? t('targetsSaving') : v.targets === 'saved' ? t('targetsSaved')
    : v.targets === 'retrying' ? t('targetsRetrying') : v.targets === 'expired' ? t('targetsExpired')
      : v.targets === 'forbidden' ? t('targetsForbidden') : v.targets === 'refused' ? t('targetsRefused', { message }) : '';
  return { shown: text, spoken: v.targets === 'saving' ? '' : text };
}

export function renderRound(v: RoundView, t: T, onRefresh: () => void): TemplateResult {
  const problem = PROBLEM[v.state];
  const count = v.n === null ? '' : v.n === 0 ? t('roundCountNone') : v.n === 1 ? t('roundCountOne') : t('roundCountMany', { n: v.count });
  const line = v.updated ? t('roundUpdated', { count, time: v.updated }) : v.state === 'loading' ? t('roundLoading') : '';
  const retry = v.state === 'offline' || v.state === 'server' || v.state === 'unreadable';
  const canUpdate = retry || v.state === 'ready' || v.state === 'loading';
  const targets = targetsText(v, t);
  return html`<div class="round" part="round">
    <p class="round-line"><span class="round-status" role="status">${line}</span>
      ${canUpdate ? html`<button type="button" class="round-update" @click=${onRefresh}>${t(retry ? 'roundRetry' : 'roundUpdate')}</button>` : nothing}</p>
    <div role="alert">${problem ? html`<p class="round-problem">${t(problem, { message: v.message || t('roundNoMessage') })}</p>` : nothing}</div>
    ${targets.shown ? html`<p class="round-targets ${targets.spoken && v.targets !== 'saved' ? 'problem' : ''}" aria-hidden="true">${targets.shown}</p>` : nothing}
    <div class="visually-hidden" role="status">${targets.spoken}</div>
  </div>`;
}
