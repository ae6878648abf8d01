// The status line above the wheel, from what a connection says in `connected`: the release shown
// ("Release 2 of 10:40 · 23 responses"), what the next needs, its buttons, why the results are not
// shown when they are not, and what became of the targets.
import { html, nothing, type TemplateResult } from 'lit';
import type { ResultsState, WheelConnected, WheelRelease, WheelStatus, WheelTargetsStatus } from './connected.js';
import type { MessageKey, T } from './messages.js';
import { formatValue as formatNumber } from './number.js';
import { formatDate } from '../internal/i18n.js';

export interface RoundView {
  state: ResultsState;
  params: NonNullable<WheelStatus['params']>;
  message: string;
  actions: NonNullable<WheelStatus['actions']>;
  /** The release drawn: its id, when it was made ('' when the server did not say), its count. */
  release: { id: string; when: string; n: number } | null;
  k: number;
  targets: WheelTargetsStatus | null;
  /** A count of responses in the wheel's language ("26 responses"). */
  count: (n: number) => string;
}

/** The status line's view, or null when there is none (no connection, and no add-on missing). */
export function roundView(connected: WheelConnected | null | undefined, missing: boolean, t: T, tag: string): RoundView | null {
  const status: (Omit<WheelStatus, 'state'> & { state: ResultsState }) | null | undefined = missing ? { state: 'missing-addon' } : connected?.status;
  const targets = missing ? null : connected?.targetsStatus ?? null;
  if (!status && !targets) return null;
  const r: WheelRelease | null | undefined = connected?.release;
  const params = status?.params ?? {};
  const at = r?.at ? new Date(r.at) : null;
  return {
    state: status?.state ?? 'off', params, message: status?.message ?? '', actions: status?.actions ?? [], targets, k: connected?.minGroupSize ?? 5,
    release: r ? { id: String(r.id ?? params.releases ?? ''), when: at && !Number.isNaN(at.getTime()) ? whenText(at, tag) : '', n: r.n } : null,
    count: (n) => (n === 0 ? t('roundCountNone') : n === 1 ? t('roundCountOne') : t('roundCountMany', { n: formatNumber(n, tag, 0) })),
  };
}

/** A time in the page's language: of day when it is today ("10:42 AM", "10 h 42"), else with its date. */
function whenText(date: Date, tag: string): string {
  const today = date.toDateString() === new Date().toDateString();
  return formatDate(date, tag, today ? { hour: 'numeric', minute: '2-digit' }
    : { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
}

const PROBLEM: Partial<Record<ResultsState, MessageKey>> = {
  offline: 'roundOffline', server: 'roundServerDown', expired: 'roundExpired', forbidden: 'roundForbidden',
  'not-found': 'roundNotFound', refused: 'roundRefused', unreadable: 'roundUnreadable', outdated: 'roundOutdated',
  'missing-addon': 'roundMissingAddon',
};
/** States after which "Update" reads "Retry". */
const RETRY: readonly ResultsState[] = ['offline', 'server', 'unreadable', 'outdated'];

/** What the targets' status says; `spoken` leaves out "Saving…", which would be said at every key press. */
export function targetsText(v: WheelTargetsStatus | null, t: T): { shown: string; spoken: string } {
  const message = v?.message || t('roundNoMessage');
  const state = v?.state;
  const text = state === 'saving' ? t('targetsSaving') : state === 'saved' ? t('targetsSaved')
    : state === 'retrying' ? t('targetsRetrying') : state === 'expired' ? t('targetsExpired')
      : state === 'forbidden' ? t('targetsForbidden') : state === 'refused' ? t('targetsRefused', { message }) : '';
  return { shown: text, spoken: state === 'saving' ? '' : text };
}

const need = (n: number, t: T) => (n === 1 ? t('needOne') : t('needMany', { n }));

/** "Release 2 of 10:40 · 23 responses", or before the first, what the first needs. */
function releaseLine(v: RoundView, t: T): string {
  const { n, next } = v.params;
  if (n == null) return v.state === 'loading' ? t('roundLoading') : '';
  const r = v.release;
  if (r) return t(r.when ? 'roundRelease' : 'roundReleaseUndated', { id: r.id, when: r.when, count: v.count(r.n) });
  if (next?.allowed) return t('roundFirstAllowed', { count: v.count(n) });
  // Facilitators' own responses do not count towards a release: "so far" is what counts, from what the server says is needed.
  return t('roundNoRelease', { k: v.k, n: next ? Math.max(0, v.k - next.needed) : n });
}

/** "26 responses now; a new release needs 2 more responses, added or changed." (after the first release). */
function nextLine(v: RoundView, t: T): string {
  const { n, next } = v.params;
  if (n == null || !v.release || !next) return '';
  return next.allowed ? t('roundCanRelease', { count: v.count(n) }) : t('roundNeeds', { count: v.count(n), need: need(next.needed, t) });
}

function outcomeText(v: RoundView, t: T): string {
  switch (v.params.outcome) {
    case 'made': return v.release ? t('releaseMade', { id: v.release.id }) : '';
    case 'too-soon': return t('releaseTooSoon', { need: need(v.params.next?.needed ?? 1, t) });
    case 'offline': return t('releaseOffline');
    case 'expired': return t('roundExpired');
    case 'forbidden': return t('releaseForbidden');
    case 'refused': return t('releaseRefused', { message: v.params.outcomeMessage || t('roundNoMessage') });
    default: return '';
  }
}

/** The `round` part; each button carries its action in `data-action`, for one click handler. */
export function renderRound(v: RoundView, t: T, onAction: (e: Event) => void): TemplateResult {
  const problem = PROBLEM[v.state];
  const targets = targetsText(v.targets, t);
  const [first, second, third] = [releaseLine(v, t), nextLine(v, t), outcomeText(v, t)];
  const releasing = !!v.params.releasing;
  return html`<div class="round" part="round">
    <p class="round-line"><span class="round-status" role="status">${first ? html`<span class="round-release">${first}</span>` : nothing}${
      second ? html` <span class="round-next">${second}</span>` : nothing}${third ? html` <span class="round-outcome ${v.params.outcome === 'made' ? '' : 'problem'}">${third}</span>` : nothing}</span></p>
    <p class="round-actions" @click=${onAction}>${v.actions.includes('refresh') ? html`<button type="button" class="round-update"
      data-action="refresh">${t(RETRY.includes(v.state) ? 'roundRetry' : 'roundUpdate')}</button>` : nothing}
      ${v.actions.includes('make-release') ? html`<button type="button" class="round-make" data-action="make-release"
        aria-disabled=${releasing ? 'true' : 'false'}>${t(releasing ? 'makingRelease' : 'makeRelease')}</button>` : nothing}</p>
    <div role="alert">${problem ? html`<p class="round-problem">${t(problem, { message: v.message || t('roundNoMessage') })}</p>` : nothing}</div>
    ${targets.shown ? html`<p class="round-targets ${targets.spoken && v.targets?.state !== 'saved' ? 'problem' : ''}" aria-hidden="true">${targets.shown}</p>` : nothing}
    <div class="visually-hidden" role="status">${targets.spoken}</div>
  </div>`;
}
