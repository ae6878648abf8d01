// Demo of the scoring core on a seeded synthetic workshop (25 respondents in four groups).
import { aggregateResponses, defaultAssessment, localize, type AggregateResult } from '../src/index.js';
import { syntheticWorkshop } from './workshop-data.js';

const texts = {
  en: {
    intro: '25 synthetic respondents (staff, management, board, partners) answered the built-in assessment. Each group is shown only when it has at least 5 respondents.',
    table: 'The workshop\'s portrait, by dimension (0–10)', dimension: 'Dimension', all: 'Everyone',
    hidden: 'hidden', low: 'low agreement', gap: 'knowledge gap', switch: 'Français',
  },
  fr: {
    intro: '25 personnes fictives (personnel, direction, CA, partenaires) ont répondu à l’autoévaluation intégrée. Chaque groupe n’est montré que s’il compte au moins 5 personnes.',
    table: 'Le portrait de l’atelier, par dimension (0–10)', dimension: 'Dimension', all: 'Ensemble',
    hidden: 'masqué', low: 'faible accord', gap: 'manque d’information', switch: 'English',
  },
};

const responses = syntheticWorkshop(defaultAssessment);
const result: AggregateResult = aggregateResponses(defaultAssessment, responses, { groupBy: 'group' });

function cell(tag: 'td' | 'th', text: string): HTMLElement {
  const el = document.createElement(tag);
  el.textContent = text;
  return el;
}

function render(locale: 'en' | 'fr'): void {
  const t = texts[locale];
  document.documentElement.lang = locale;
  document.getElementById('title')!.textContent = localize(defaultAssessment.title, locale);
  document.getElementById('intro')!.textContent = t.intro;
  document.getElementById('table-title')!.textContent = t.table;
  document.getElementById('lang')!.textContent = t.switch;
  const fmt = new Intl.NumberFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: 1 });
  const groups = result.groups ?? [];
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  head.append(cell('th', t.dimension), cell('th', t.all), ...groups.map((g) => cell('th', g.group || '—')));
  const body = table.createTBody();
  for (const d of defaultAssessment.dimensions) {
    const row = body.insertRow();
    const all = result.dimensions[d.id];
    const label = cell('th', localize(d.label, locale));
    label.setAttribute('scope', 'row');
    const flags = all.flags.map((f) => (f === 'low-agreement' ? t.low : t.gap)).join(', ');
    if (flags) label.append(Object.assign(document.createElement('div'), { className: 'flag', textContent: flags }));
    row.append(label, cell('td', all.mean == null ? t.hidden : `${fmt.format(all.mean / 10)} (n=${all.n})`));
    for (const g of groups) {
      const v = g.suppressed ? null : g.dimensions[d.id];
      row.append(cell('td', v?.mean == null ? t.hidden : `${fmt.format(v.mean / 10)} (n=${v.n})`));
    }
  }
  document.getElementById('results')!.replaceChildren(table);
}

let locale: 'en' | 'fr' = document.documentElement.lang === 'fr' ? 'fr' : 'en';
document.getElementById('lang')!.addEventListener('click', (e) => {
  locale = locale === 'en' ? 'fr' : 'en';
  (e.currentTarget as HTMLElement).setAttribute('aria-pressed', String(locale === 'fr'));
  render(locale);
});
render(locale);
