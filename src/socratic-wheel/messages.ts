// The wheel's interface texts in English and French (Quebec typography: a non-breaking space before ':').
import { translate, type Messages } from '../internal/i18n.js';
import type { Locale } from '../core/types.js';

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
  residual: { en: 'No group, or another group', fr: 'Sans groupe ou autre groupe' },
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
    en: 'Responses so far: {n}. Results are shown from {k} respondents, to protect confidentiality.',
    fr: `Réponses pour l’instant${S}: {n}. Les résultats s’affichent à partir de {k} répondants, pour préserver la confidentialité.`,
  },
  releaseSuppressed: {
    en: 'This release holds {n} responses, fewer than {k} of them from people other than the round’s facilitators: nothing is shown, to protect confidentiality.',
    fr: `Cette publication compte {n} réponses, dont moins de {k} de personnes autres que celles qui animent ce tour${S}: rien n’est affiché, pour préserver la confidentialité.`,
  },
  invalidRelease: { en: 'Part of the release could not be read and is not shown: {first}', fr: `Une partie de la publication est illisible et n’est pas affichée${S}: {first}` },
  commentsTitle: { en: 'Comments ({count})', fr: 'Commentaires ({count})' },
  commentsIntro: { en: 'From the release, by dimension, in random order and without group.', fr: 'Tirés de la publication, par dimension, dans un ordre aléatoire et sans groupe.' },
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
  // With `endpoint`: the round on the server.
  roundLoading: { en: 'Loading results…', fr: 'Chargement des résultats…' },
  roundCountNone: { en: '0 responses', fr: '0 réponse' },
  roundCountOne: { en: '1 response', fr: '1 réponse' },
  roundCountMany: { en: '{n} responses', fr: '{n} réponses' },
  roundRelease: { en: 'Release {id} of {when} · {count}', fr: 'Publication {id} ({when}) · {count}' },
  roundReleaseUndated: { en: 'Release {id} · {count}', fr: 'Publication {id} · {count}' },
  roundNoRelease: { en: 'No release yet: the first needs {k} responses ({n} so far).', fr: `Aucune publication pour l’instant${S}: la première demande {k} réponses ({n} jusqu’ici).` },
  roundFirstAllowed: { en: 'No release yet: {count} now, enough for the first.', fr: `Aucune publication pour l’instant${S}: {count} en ce moment, assez pour la première.` },
  roundNeeds: { en: '{count} now; a new release needs {need}.', fr: '{count} en ce moment; une nouvelle publication demande {need}.' },
  roundCanRelease: { en: '{count} now; a new release can be made.', fr: '{count} en ce moment; une nouvelle publication peut être faite.' },
  needOne: { en: '1 more response, added or changed', fr: 'encore 1 réponse, ajoutée ou modifiée' },
  needMany: { en: '{n} more responses, added or changed', fr: 'encore {n} réponses, ajoutées ou modifiées' },
  makeRelease: { en: 'Make a new release', fr: 'Faire une nouvelle publication' },
  makingRelease: { en: 'Making a release…', fr: 'Publication en cours…' },
  releaseMade: { en: 'Release {id} was made.', fr: 'La publication {id} a été faite.' },
  releaseTooSoon: { en: 'No release was made: a new one needs {need}.', fr: `Aucune publication n’a été faite${S}: une nouvelle publication demande {need}.` },
  releaseOffline: { en: 'No release was made: no connection to the server.', fr: `Aucune publication n’a été faite${S}: pas de connexion au serveur.` },
  releaseForbidden: { en: 'No release was made: only the round’s facilitators can make one.', fr: `Aucune publication n’a été faite${S}: seules les personnes qui animent ce tour peuvent en faire une.` },
  releaseRefused: { en: 'No release was made: {message}', fr: `Aucune publication n’a été faite${S}: {message}` },
  roundOutdated: {
    en: 'This server sends results per person (protocol 1), which could single a respondent out: it must be updated to protocol 2 before the wheel shows its results.',
    fr: `Ce serveur envoie des résultats personne par personne (protocole 1), ce qui pourrait permettre d’identifier une personne${S}: il doit être mis à jour vers le protocole 2 pour que la roue affiche ses résultats.`,
  },
  roundUpdate: { en: 'Update', fr: 'Mettre à jour' },
  roundRetry: { en: 'Retry', fr: 'Réessayer' },
  roundOffline: { en: 'The results could not be loaded: no connection.', fr: `Les résultats n’ont pas pu être chargés${S}: pas de connexion.` },
  roundServerDown: { en: 'The results could not be loaded: the server is not answering.', fr: `Les résultats n’ont pas pu être chargés${S}: le serveur ne répond pas.` },
  roundExpired: { en: 'Your session has expired: reload the page.', fr: `Votre session a expiré${S}: rechargez la page.` },
  roundForbidden: { en: 'Only facilitators can see these results.', fr: 'Seules les personnes qui animent l’atelier peuvent voir ces résultats.' },
  roundNotFound: { en: 'This round does not exist on the server.', fr: 'Ce tour d’évaluation n’existe pas sur le serveur.' },
  roundRefused: { en: 'The results could not be loaded: {message}', fr: `Les résultats n’ont pas pu être chargés${S}: {message}` },
  roundUnreadable: { en: 'The server’s answer could not be read: {message}', fr: `La réponse du serveur est illisible${S}: {message}` },
  roundMissingAddon: {
    en: 'This page needs the round add-on script (gender-in-practice-round.min.js) to reach the server.',
    fr: 'Il manque à cette page le script du module complémentaire des tours d’évaluation (gender-in-practice-round.min.js) pour joindre le serveur.',
  },
  roundNoMessage: { en: 'no reason given.', fr: 'aucune raison donnée.' },
  targetsSaving: { en: 'Saving targets…', fr: 'Enregistrement des cibles…' },
  targetsSaved: { en: 'Targets saved', fr: 'Cibles enregistrées' },
  targetsRetrying: { en: 'Not saved yet: will retry', fr: `Pas encore enregistrées${S}: nouvel essai automatique` },
  targetsExpired: { en: 'Targets not saved: your session has expired, reload the page. They are kept on this device.', fr: `Cibles non enregistrées${S}: votre session a expiré, rechargez la page. Elles sont conservées sur cet appareil.` },
  targetsForbidden: { en: 'Targets not saved: only facilitators can change them.', fr: `Cibles non enregistrées${S}: seules les personnes qui animent l’atelier peuvent les modifier.` },
  targetsRefused: { en: 'Targets not saved: {message}', fr: `Cibles non enregistrées${S}: {message}` },
} satisfies Messages;

export type MessageKey = keyof typeof messages;
/** A message of the wheel in one language, with its `{name}` parameters filled. */
export type T = (key: MessageKey, params?: Record<string, string | number>) => string;

const translators = new Map<Locale, T>();

/**
 * The wheel's `t` for `locale`. A message keeps its last text, given again while its parameters are
 * the same (the summary and the table's caption are asked for at every update).
 */
export function textsOf(locale: Locale): T {
  let t = translators.get(locale);
  if (!t) {
    const last = new Map<MessageKey, [Record<string, string | number>, string]>();
    t = (key, params = {}) => {
      const known = last.get(key);
      const names = Object.keys(params);
      if (known && names.length === Object.keys(known[0]).length && names.every((k) => params[k] === known[0][k])) return known[1];
      const text = translate(messages, locale, key, params);
      last.set(key, [params, text]);
      return text;
    };
    translators.set(locale, t);
  }
  return t;
}
