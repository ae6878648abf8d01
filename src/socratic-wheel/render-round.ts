// The status line above the wheel, from what a connection says in `connected`: the release shown
// ("Release 2 of 10:40 · 23 responses"), what the next needs, its buttons, why the results are not
// shown when they are not, and what became of the targets.
import { html, nothing, type TemplateResult } from 'lit';
import type { ResultsState, WheelConnected, WheelStatus, WheelTargetsStatus } from './connected.js';
import type { MessageKey, T } from './messages.js';
import { formatValue as formatNumber } from './number.js';
import { formatDate } from '../internal/i18n.js';

/** The status line: the connection's, or the wheel's own when `endpoint` is set without the add-on. */
export type RoundStatus = Omit<WheelStatus, 'state'> & { state: ResultsState };

const PROBLEM: Partial<Record<ResultsState, MessageKey>> = {
  offline: 'roundOffline', server: 'roundServerDown', expired: 'roundExpired', forbidden: 'roundForbidden',
  'not-found': 'roundNotFound', refused: 'roundRefused', unreadable: 'roundUnreadable', outdated: 'roundOutdated',
  'missing-addon': 'roundMissingAddon',
};
/** States after which "Update" reads "Retry". */
const RETRY: readonly ResultsState[] = ['offline', 'server', 'unreadable', 'outdated'];
const TARGETS: Partial<Record<WheelTargetsStatus['state'], MessageKey>> = {
  saving: 'targetsSaving', saved: 'targetsSaved', retrying: 'targetsRetrying', expired: 'targetsExpired', forbidden: 'targetsForbidden', refused: 'targetsRefused',
};

/** A time in the page's language: of day when it is today ("10:42 AM", "10 h 42"), else with its date. */
function whenText(at: string | undefined, tag: string): string {
  const date = new Date(at ?? '');
  if (Number.isNaN(date.getTime())) return '';
  const today = date.toDateString() === new Date().toDateString();
  return formatDate(date, tag, today ? { hour: 'numeric', minute: '2-digit' }
    : { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
}

/** What became of the targets, in words ('' when nothing is to be said). */
export function targetsText(targets: WheelTargetsStatus | null | undefined, t: T): string {
  const key = targets && TARGETS[targets.state];
  return key ? t(key, { message: targets.message || t('roundNoMessage') }) : '';
}

/** The lines of the status: the release and what the next needs, what became of a request for one, a problem. */
function lines(s: RoundStatus, c: WheelConnected, t: T, tag: string): string[] {
  const { n, next, outcome } = s.params ?? {};
  const count = (x: number) => (x === 0 ? t('roundCountNone') : x === 1 ? t('roundCountOne') : t('roundCountMany', { n: formatNumber(x, tag, 0) }));
  const need = (x: number) => (x === 1 ? t('needOne') : t('needMany', { n: x }));
  const r = c.release;
  const id = String(r?.id ?? s.params?.releases ?? '');
  const k = c.minGroupSize ?? 5;
  const when = r ? whenText(r.at, tag) : '';
  // Facilitators' own responses do not count towards a release: "so far" is what counts, from what the server says is needed.
  const release = n == null ? (s.state === 'loading' ? t('roundLoading') : '')
    : r ? t(when ? 'roundRelease' : 'roundReleaseUndated', { id, when, count: count(r.n) })
      : next?.allowed ? t('roundFirstAllowed', { count: count(n) }) : t('roundNoRelease', { k, n: next ? Math.max(0, k - next.needed) : n });
  const after = n == null || !r || !next ? '' : next.allowed ? t('roundCanRelease', { count: count(n) }) : t('roundNeeds', { count: count(n), need: need(next.needed) });
  const message = (m?: string) => m || t('roundNoMessage');
  const made = outcome === 'made' ? (r ? t('releaseMade', { id }) : '') : outcome === 'too-soon' ? t('releaseTooSoon', { need: need(next?.needed ?? 1) })
    : outcome === 'offline' ? t('releaseOffline') : outcome === 'expired' ? t('roundExpired') : outcome === 'forbidden' ? t('releaseForbidden')
      : outcome === 'refused' ? t('releaseRefused', { message: message(s.params?.outcomeMessage) }) : '';
  const problem = PROBLEM[s.state];
  return [release, after, made, problem ? t(problem, { message: message(s.message) }) : ''];
}

/** The `round` part, or nothing without a status; each button carries its action in `data-action`, for one click handler. */
export function renderRound(s: RoundStatus | null | undefined, c: WheelConnected, t: T, tag: string, onAction: (e: Event) => void): TemplateResult | typeof nothing {
  const targets = c.targetsStatus;
  if (!s && !targets) return nothing;
  const [release, after, made, problem] = s ? lines(s, c, t, tag) : [];
  const actions = s?.actions ?? [];
  const releasing = !!s?.params?.releasing;
  const shown = targetsText(targets, t); // said by the wheel's announcer, not by this line
  return html`<div class="round" part="round">
    <p class="round-line"><span class="round-status" role="status">${release ? html`<span class="round-release">${release}</span>` : nothing}${
      after ? html` <span class="round-next">${after}</span>` : nothing}${made ? html` <span class="round-outcome ${s?.params?.outcome === 'made' ? '' : 'problem'}">${made}</span>` : nothing}</span></p>
    <p class="round-actions" @click=${onAction}>${actions.includes('refresh') ? html`<button type="button" class="round-update"
      data-action="refresh">${t(RETRY.includes(s!.state) ? 'roundRetry' : 'roundUpdate')}</button>` : nothing}
      ${actions.includes('make-release') ? html`<button type="button" class="round-make" data-action="make-release"
        aria-disabled=${releasing ? 'true' : 'false'}>${t(releasing ? 'makingRelease' : 'makeRelease')}</button>` : nothing}</p>
    <div role="alert">${problem ? html`<p class="round-problem">${problem}</p>` : nothing}</div>
    ${shown ? html`<p class="round-targets ${targets!.state !== 'saving' && targets!.state !== 'saved' ? 'problem' : ''}" aria-hidden="true">${shown}</p>` : nothing}
  </div>`;
}
