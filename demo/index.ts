// The facilitator's page: the seeded workshop (and answers given on this device) on the wheel, targets set on it,
// priorities ranked from it, and the plan fed by them (the board follows the wheel through `source="w"`).
import '../src/socratic-wheel/socratic-wheel.js';
import '../src/action-plan-board/action-plan-board.js';
import { defaultAssessment, respondentGroups } from '../src/core/default-assessment.js';
import { aggregateResponses } from '../src/core/aggregate.js';
import { localize } from '../src/core/text.js';
import type { Priority, SurveyResponse } from '../src/core/types.js';
import type { SocraticWheel } from '../src/socratic-wheel/socratic-wheel.js';
import { syntheticWorkshop, workshopTargets } from './workshop-data.js';
import { RESPONSES_KEY, deviceResponses, onLanguage, t, type Lang } from './shell.js';

const wheel = document.getElementById('w') as SocraticWheel;
const synthetic = syntheticWorkshop(defaultAssessment);
const fromDevice = deviceResponses() as SurveyResponse[];
wheel.assessment = defaultAssessment;
wheel.responses = [...synthetic, ...fromDevice];
wheel.series = [workshopTargets(defaultAssessment)];

// A plan already under way, the first time (afterwards the board restores what was changed in this browser).
const board = document.getElementById('board') as HTMLElement & { actions: unknown[] };
function planStored(): boolean {
  try {
    return localStorage.getItem(board.getAttribute('storage-key') ?? '') !== null;
  } catch {
    return false;
  }
}
const seedPlan = (lang: Lang) => [
  { id: 'gender-budget', title: lang === 'fr' ? 'Repérer les dépenses ÉFH dans les codes budgétaires' : 'Tag GE spending in the budget codes',
    status: 'doing', dimensionId: 'financial-resources', owner: lang === 'fr' ? 'Finances' : 'Finance', due: '2027-03-31', days: 4 },
  { id: 'gfp-terms', title: lang === 'fr' ? 'Rédiger le mandat de la personne référente en genre' : 'Write terms of reference for the gender focal point',
    status: 'todo', dimensionId: 'technical-capacity', owner: lang === 'fr' ? 'RH' : 'HR', due: '2027-01-31', days: 2 },
  { id: 'board-item', title: lang === 'fr' ? 'L’ÉFH à l’ordre du jour de chaque CA' : 'GE on the agenda of every board meeting',
    status: 'done', dimensionId: 'governance', owner: lang === 'fr' ? 'Présidence du CA' : 'Board chair', days: 0.5 },
];
let planTouched = planStored();
board.addEventListener('ge-plan-change', () => {
  planTouched = true;
});

const number = (value: number, lang: Lang) => new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: 1 }).format(value);
const dimensionName = (id: string, lang: Lang) => localize(defaultAssessment.dimensions.find((d) => d.id === id)?.label ?? id, lang);
let priorities: Priority[] = [];

function renderGroups(lang: Lang): void {
  // The core's rule applies here too: a group below the minimum size (and the group hidden to protect it)
  // shows no count, not even on the facilitator's page.
  const result = aggregateResponses(defaultAssessment, wheel.responses ?? [], { groupBy: 'group' });
  const table = document.getElementById('groups') as HTMLTableElement;
  table.replaceChildren();
  const head = table.createTHead().insertRow();
  for (const text of [t('group'), t('respondents')]) head.append(Object.assign(document.createElement('th'), { textContent: text, scope: 'col' }));
  const body = table.createTBody();
  for (const g of result.groups ?? []) {
    const row = body.insertRow();
    const label = respondentGroups.find((r) => r.id === g.group)?.label;
    row.append(Object.assign(document.createElement('th'), { textContent: label ? localize(label, lang) : g.group || '—', scope: 'row' }));
    row.insertCell().textContent = g.suppressed ? t('hiddenCount') : number(g.n, lang);
  }
  const total = table.createTFoot().insertRow();
  total.append(Object.assign(document.createElement('th'), { textContent: t('total'), scope: 'row' }));
  total.insertCell().textContent = number(wheel.responses?.length ?? 0, lang);

  const device = document.getElementById('device')!;
  device.replaceChildren();
  if (fromDevice.length) {
    device.append(`${number(fromDevice.length, lang)} ${t('thisDevice')} `);
    const clear = Object.assign(document.createElement('button'), { type: 'button', textContent: t('clearDevice') });
    clear.addEventListener('click', () => {
      try {
        localStorage.removeItem(RESPONSES_KEY);
      } finally {
        location.reload();
      }
    });
    device.append(clear);
  }
}

function renderPriorities(lang: Lang): void {
  const list = document.getElementById('priorities')!;
  const top = priorities.filter((p) => p.priority > 0).slice(0, 5);
  if (!top.length) {
    list.replaceChildren(Object.assign(document.createElement('li'), { textContent: t('noPriorities'), className: 'empty' }));
    return;
  }
  list.replaceChildren(...top.map((p) => {
    const li = document.createElement('li');
    const name = Object.assign(document.createElement('strong'), { textContent: dimensionName(p.dimensionId, lang) });
    const figures = Object.assign(document.createElement('span'), {
      className: 'figures',
      textContent: `${t('gap')} ${number(p.gap / 10, lang)} · ${t('now')} ${number((p.current ?? 0) / 10, lang)} → ${t('target')} ${number((p.target ?? 0) / 10, lang)}`,
    });
    li.append(name, figures);
    return li;
  }));
}

wheel.addEventListener('ge-priorities-change', (e) => {
  priorities = e.detail.priorities;
  renderPriorities(document.documentElement.lang === 'fr' ? 'fr' : 'en');
});

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  Object.assign(document.createElement('a'), { href: url, download: name }).click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
document.getElementById('svg')!.addEventListener('click', () => download(new Blob([wheel.toSVG()], { type: 'image/svg+xml' }), 'socratic-wheel.svg'));
document.getElementById('png')!.addEventListener('click', async () => download(await wheel.toPNG(), 'socratic-wheel.png'));

onLanguage((lang) => {
  wheel.label = t('wheelLabel');
  if (!planTouched) board.actions = seedPlan(lang); // until someone changes the plan, it follows the language
  renderGroups(lang);
  priorities = wheel.priorities;
  renderPriorities(lang);
});
