// With `endpoint`: the round's lines above the wheel ("Release 2 of 10:40 · 23 responses", what the
// next release needs, Update and "Make a new release"), why the results are not shown when they
// are not, and what became of the targets.
import { html, nothing, type TemplateResult } from 'lit';
import type { ReleaseOutcome, ResultsState, TargetsState } from './round-sync.js';
import type { NextRelease } from '../core/release-rule.js';
import type { MessageKey } from './messages.js';
import type { T } from './render-html.js';

export interface RoundView {
  state: ResultsState;
  /** For `offline`: a network failure (true) or a server error. */
  network: boolean;
  message: string;
  /** The live count, null before the first answer. */
  n: number | null;
  /** A count of responses in the page's language ("26 responses"). */
  count: (n: number) => string;
  /** The release drawn: its id, when it was made ('' when the server did not say), its count. */
  release: { id: string; when: string; n: number } | null;
  k: number;
  next: NextRelease | null;
  releasing: boolean;
  outcome: ReleaseOutcome;
  outcomeMessage: string;
  targets: TargetsState;
  targetsMessage: string;
}

const PROBLEM: Partial<Record<ResultsState, MessageKey>> = {
  offline: 'roundOffline', server: 'roundServerDown', expired: 'roundExpired', forbidden: 'roundForbidden',
  'not-found': 'roundNotFound', refused: 'roundRefused', unreadable: 'roundUnreadable', outdated: 'roundOutdated',
};

/** What the targets' status says; `spoken` leaves out "Saving…", which would be said at every key press. */
export function targetsText(v: RoundView, t: T): { shown: string; spoken: string } {
  const message = v.targetsMessage || t('roundNoMessage');
  const text = v.targets === 'saving' ? t('targetsSaving') : v.targets === 'saved' ? t('targetsSaved')
    : v.targets === 'retrying' ? t('targetsRetrying') : v.targets === 'expired' ? t('targetsExpired')
      : v.targets === 'forbidden' ? t('targetsForbidden') : v.targets === 'refused' ? t('targetsRefused', { message }) : '';
  return { shown: text, spoken: v.targets === 'saving' ? '' : text };
}

const need = (n: number, t: T) => (n === 1 ? t('needOne') : t('needMany', { n }));

/** "Release 2 of 10:40 · 23 responses", or before the first, what the first needs. */
function releaseLine(v: RoundView, t: T): string {
  if (v.n === null) return v.state === 'loading' ? t('roundLoading') : '';
  const r = v.release;
  if (r) return t(r.when ? 'roundRelease' : 'roundReleaseUndated', { id: r.id, when: r.when, count: v.count(r.n) });
  if (v.next?.allowed) return t('roundFirstAllowed', { count: v.count(v.n) });
  // Facilitators' own responses do not count towards a release: "so far" is what counts, from what the server says is needed.
  return t('roundNoRelease', { k: v.k, n: v.next ? Math.max(0, v.k - v.next.needed) : v.n });
}

/** "26 responses now; a new release needs 2 more responses, added or changed." (after the first release). */
function nextLine(v: RoundView, t: T): string {
  if (v.n === null || !v.release || !v.next) return '';
  return v.next.allowed ? t('roundCanRelease', { count: v.count(v.n) }) : t('roundNeeds', { count: v.count(v.n), need: need(v.next.needed, t) });
}

function outcomeText(v: RoundView, t: T): string {
  switch (v.outcome) {
    case 'made': return v.release ? t('releaseMade', { id: v.release.id }) : '';
    case 'too-soon': return t('releaseTooSoon', { need: need(v.next?.needed ?? 1, t) });
    case 'offline': return t('releaseOffline');
    case 'expired': return t('roundExpired');
    case 'forbidden': return t('releaseForbidden');
    case 'refused': return t('releaseRefused', { message: v.outcomeMessage || t('roundNoMessage') });
    default: return '';
  }
}

export function renderRound(v: RoundView, t: T, onRefresh: () => void, onRelease: (e: Event) => void): TemplateResult {
  const problem = PROBLEM[v.state];
  const retry = v.state === 'offline' || v.state === 'server' || v.state === 'unreadable' || v.state === 'outdated';
  const canUpdate = retry || v.state === 'ready' || v.state === 'loading';
  const canRelease = v.state === 'ready' && !!v.next?.allowed;
  const targets = targetsText(v, t);
  const [first, second, third] = [releaseLine(v, t), nextLine(v, t), outcomeText(v, t)];
  return html`<div class="round" part="round">
    <p class="round-line"><span class="round-status" role="status">${first ? html`<span class="round-release">${first}</span>` : nothing}${
      second ? html` <span class="round-next">${second}</span>` : nothing}${third ? html` <span class="round-outcome ${v.outcome === 'made' ? '' : 'problem'}">${third}</span>` : nothing}</span></p>
    <p class="round-actions">${canUpdate ? html`<button type="button" class="round-update" @click=${onRefresh}>${t(retry ? 'roundRetry' : 'roundUpdate')}</button>` : nothing}
      ${canRelease ? html`<button type="button" class="round-make" aria-disabled=${v.releasing ? 'true' : 'false'}
        @click=${onRelease}>${t(v.releasing ? 'makingRelease' : 'makeRelease')}</button>` : nothing}</p>
    <div role="alert">${problem ? html`<p class="round-problem">${t(problem, { message: v.message || t('roundNoMessage') })}</p>` : nothing}</div>
    ${targets.shown ? html`<p class="round-targets ${targets.spoken && v.targets !== 'saved' ? 'problem' : ''}" aria-hidden="true">${targets.shown}</p>` : nothing}
    <div class="visually-hidden" role="status">${targets.spoken}</div>
  </div>`;
}
