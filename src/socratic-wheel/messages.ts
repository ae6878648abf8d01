// The wheel's interface texts in English and French (Quebec typography: a non-breaking space before ':').
import type { Messages } from '../internal/i18n.js';

const S = '\u00a0';

export const messages = {
  name: { en: 'Socratic wheel', fr: 'Roue socratique' },
  summary: {
    en: 'Highest: {high} ({highValue}); lowest: {low} ({lowValue}); {dimensions}, {series}.',
    fr: `Valeur la plus haute${S}: {high} ({highValue}); la plus basse${S}: {low} ({lowValue}); {dimensions}, {series}.`,
  },
  summaryEmpty: { en: '{dimensions}, {series}, no values yet.', fr: `{dimensions}, {series}, aucune valeur pour l’instant.` },
  dimensionsOne: { en: '1 dimension', fr: '1 dimension' },
  dimensionsMany: { en: '{count} dimensions', fr: '{count} dimensions' },
  seriesOne: { en: '1 series', fr: '1 série' },
  seriesMany: { en: '{count} series', fr: '{count} séries' },
  valueText: { en: '{value} of {max}', fr: '{value} sur {max}' },
  notSet: { en: 'not set', fr: 'non défini' },
  sliderLabel: { en: '{dimension}, {series}', fr: '{dimension}, {series}' },
  showTable: { en: 'Show table', fr: 'Afficher le tableau' },
  hideTable: { en: 'Hide table', fr: 'Masquer le tableau' },
  tableCaption: { en: '{name}: values by dimension, from 0 to {max}', fr: `{name}${S}: valeurs par dimension, de 0 à {max}` },
  dimension: { en: 'Dimension', fr: 'Dimension' },
  spread: { en: '{series}: spread (Q1–Q3)', fr: `{series}${S}: dispersion (Q1–Q3)` },
  respondents: { en: 'Respondents', fr: 'Répondants' },
  notes: { en: 'Notes', fr: 'Remarques' },
  n: { en: 'n = {n}', fr: 'n = {n}' },
  lowAgreement: { en: 'low agreement', fr: 'faible consensus' },
  knowledgeGap: { en: 'knowledge gap', fr: 'manque d’information' },
  targetBelow: { en: 'target below current', fr: 'cible inférieure à la situation actuelle' },
  legend: { en: 'Series shown', fr: 'Séries affichées' },
  noteLowAgreement: { en: '≠ low agreement: why do we see this differently?', fr: `≠ faible consensus${S}: pourquoi voyons-nous cela différemment${S}?` },
  noteKnowledgeGap: { en: '? knowledge gap: many “don’t know” answers', fr: `? manque d’information${S}: beaucoup de réponses «${S}Je ne sais pas${S}»` },
  noteTargetBelow: { en: '↓ target below current', fr: '↓ cible inférieure à la situation actuelle' },
  noteGaps: { en: 'A break in an outline is a missing value, not a zero.', fr: 'Une interruption du contour est une valeur manquante, pas un zéro.' },
  current: { en: 'Current', fr: 'Situation actuelle' },
  target: { en: 'Target', fr: 'Cible' },
  noGroup: { en: 'No group given', fr: 'Sans groupe' },
  groupLimit: { en: 'At most {max} groups are shown at a time: hide one to show another.', fr: `Au plus {max} groupes sont affichés à la fois${S}: masquez-en un pour en afficher un autre.` },
  suppressedOne: {
    en: '1 group has fewer than {k} respondents and is not shown, to protect confidentiality.',
    fr: '1 groupe compte moins de {k} répondants et n’est pas affiché, pour préserver la confidentialité.',
  },
  suppressedMany: {
    en: '{count} groups have fewer than {k} respondents and are not shown, to protect confidentiality.',
    fr: '{count} groupes comptent moins de {k} répondants et ne sont pas affichés, pour préserver la confidentialité.',
  },
  complementary: {
    en: '{count} more group(s) are not shown, so that a hidden group cannot be worked out from the total.',
    fr: '{count} autre(s) groupe(s) ne sont pas affichés, pour qu’on ne puisse pas déduire un groupe masqué du total.',
  },
  belowMinimum: {
    en: '{n} respondent(s) so far: results are shown from {k} respondents, to protect confidentiality.',
    fr: '{n} répondant(s) pour l’instant${S}: les résultats s’affichent à partir de {k} répondants, pour préserver la confidentialité.',
  },
  noDimensions: { en: 'No dimensions to draw.', fr: 'Aucune dimension à afficher.' },
  invalidAssessment: { en: 'The assessment cannot be read: {first}', fr: `L’évaluation ne peut pas être lue${S}: {first}` },
  unknownDimension: { en: 'Unknown dimensions ignored: {ids}.', fr: `Dimensions inconnues ignorées${S}: {ids}.` },
  outOfRange: { en: '{count} value(s) outside 0–{max} were clamped.', fr: '{count} valeur(s) hors de 0–{max} ramenée(s) dans l’échelle.' },
  notNumber: { en: '{count} value(s) are not numbers and are left out.', fr: '{count} valeur(s) non numérique(s) laissée(s) de côté.' },
  invalidSeries: { en: '{count} series could not be read and are ignored.', fr: '{count} série(s) illisible(s) ignorée(s).' },
  duplicateSeries: { en: 'Duplicate series ignored: {ids}.', fr: `Séries en double ignorées${S}: {ids}.` },
  invalidDimension: { en: '{count} dimension(s) could not be read and are ignored.', fr: '{count} dimension(s) illisible(s) ignorée(s).' },
  duplicateDimension: { en: 'Duplicate dimensions ignored: {ids}.', fr: `Dimensions en double ignorées${S}: {ids}.` },
  invalidMax: { en: 'The maximum “{value}” is not a positive number: 10 is used.', fr: `Le maximum «${S}{value}${S}» n’est pas un nombre positif${S}: 10 est utilisé.` },
  error: { en: 'The wheel cannot be drawn: {message}', fr: `La roue ne peut pas être affichée${S}: {message}` },
} satisfies Messages;

export type MessageKey = keyof typeof messages;
