// The survey's interface texts in English and Quebec French (a non-breaking space before a colon and inside « », none before ? ! ;).
import type { Messages } from '../internal/i18n.js';

const S = '\u00a0';

export const messages = {
  loading: { en: 'Loading the survey…', fr: 'Chargement du questionnaire…' },
  loadFailed: { en: 'The survey could not be loaded from {url} ({reason}).', fr: `Impossible de charger le questionnaire depuis {url} ({reason}).` },
  inlineUnreadable: { en: 'The survey definition in the page is not valid JSON ({reason}).', fr: `La définition du questionnaire dans la page n’est pas du JSON valide ({reason}).` },
  invalidTitle: { en: 'This survey cannot be shown: its definition has errors', fr: `Ce questionnaire ne peut pas être affiché${S}: sa définition comporte des erreurs` },
  root: { en: '(the definition)', fr: '(la définition)' },
  // French avoids agreeing "répondue(s)" with a number: a label, then the figures.
  progress: { en: '{answered} of {total} questions answered', fr: `Questions répondues${S}: {answered} sur {total}` },
  sections: { en: 'Sections', fr: 'Sections' },
  sectionCount: { en: '{answered} of {total}', fr: '{answered} sur {total}' },
  sectionOf: { en: 'Section {n} of {total}', fr: 'Section {n} sur {total}' },
  previous: { en: 'Previous', fr: 'Précédent' },
  next: { en: 'Next', fr: 'Suivant' },
  submit: { en: 'Submit my answers', fr: 'Envoyer mes réponses' },
  requiredNote: { en: 'Questions marked * need an answer. “Don’t know” and “Not applicable” are answers too.', fr: `Les questions marquées d’un * exigent une réponse. «${S}Je ne sais pas${S}» et «${S}Ne s’applique pas${S}» sont aussi des réponses.` },
  otherAnswers: { en: 'Other answers', fr: 'Autres réponses' },
  addComment: { en: 'Add a comment', fr: 'Ajouter un commentaire' },
  comment: { en: 'Comment (optional)', fr: 'Commentaire (facultatif)' },
  needsAnswer: { en: 'This question needs an answer.', fr: 'Cette question exige une réponse.' },
  errorTitle: { en: 'Some answers are missing', fr: 'Il manque des réponses' },
  errorIntro: { en: 'Nothing was sent. Answer these questions, then submit again:', fr: `Rien n’a été envoyé. Répondez à ces questions, puis envoyez de nouveau${S}:` },
  validityMissing: { en: 'Please answer every required question ({count} missing).', fr: 'Veuillez répondre à toutes les questions obligatoires ({count} sans réponse).' },
  groupLegend: { en: 'You are answering as', fr: 'Vous répondez à titre de' },
  groupHelp: { en: 'Only your group is recorded, never your name.', fr: 'Seul votre groupe est enregistré, jamais votre nom.' },
  thanksTitle: { en: 'Thank you, your answers were sent', fr: 'Merci, vos réponses ont été envoyées' },
  thanksIntro: { en: 'Your own values on the wheel (0 to 10). They are yours alone, not the group’s.', fr: `Vos propres valeurs sur la roue (de 0 à 10). Ce sont les vôtres seulement, pas celles du groupe.` },
  dimension: { en: 'Dimension', fr: 'Dimension' },
  yourValue: { en: 'Your value (0–10)', fr: 'Votre valeur (0 à 10)' },
  notEnough: { en: 'not enough answers', fr: 'pas assez de réponses' },
  change: { en: 'Change my answers', fr: 'Modifier mes réponses' },
  reviewTitle: { en: 'Answers', fr: 'Réponses' },
  noAnswer: { en: 'No answer', fr: 'Aucune réponse' },
  commentPrefix: { en: 'Comment: {text}', fr: `Commentaire${S}: {text}` },
  groupIs: { en: 'Group: {group}', fr: `Groupe${S}: {group}` },
  questionN: { en: 'question {n}', fr: 'question {n}' },
  saveCopy: { en: 'Save a copy of my answers', fr: 'Enregistrer une copie de mes réponses' },
  loadCopy: { en: 'Load my answers from a file', fr: 'Charger mes réponses depuis un fichier' },
  transfer: { en: 'Move to another device', fr: 'Passer à un autre appareil' },
  importFailed: { en: 'That file was not used; your answers are unchanged:', fr: `Ce fichier n’a pas été utilisé; vos réponses n’ont pas changé${S}:` },
  importNotJson: { en: 'The file is not a JSON file of answers ({reason}).', fr: `Le fichier n’est pas un fichier JSON de réponses ({reason}).` },
  imported: { en: 'Your answers were loaded from the file.', fr: 'Vos réponses ont été chargées depuis le fichier.' },
  notSaved: { en: 'Your answers are not being saved on this device. Keep this page open until you submit, or save a copy of your answers.', fr: `Vos réponses ne sont pas enregistrées sur cet appareil. Gardez cette page ouverte jusqu’à l’envoi, ou enregistrez une copie de vos réponses.` },
  unreadableKept: { en: 'Answers saved earlier on this device could not be read. They were kept aside, not deleted.', fr: `Des réponses enregistrées plus tôt sur cet appareil n’ont pas pu être lues. Elles ont été mises de côté, pas supprimées.` },
  restored: { en: 'Your saved answers were restored.', fr: 'Vos réponses enregistrées ont été récupérées.' },
  migrated: {
    en: 'This survey has changed since your last visit: {restored} answers were restored; {aside} answers or comments to questions that changed or no longer exist were kept aside on this device.',
    fr: `Ce questionnaire a changé depuis votre dernière visite${S}: {restored} réponses ont été récupérées; {aside} réponses ou commentaires à des questions modifiées ou retirées ont été mis de côté sur cet appareil.`,
  },
  migratedAll: { en: 'This survey has changed since your last visit: your {restored} answers were restored.', fr: `Ce questionnaire a changé depuis votre dernière visite${S}: vos {restored} réponses ont été récupérées.` },
  storageUnreadable: { en: 'Saved answers under “{key}” could not be read.', fr: `Les réponses enregistrées sous «${S}{key}${S}» n’ont pas pu être lues.` },
  responseRejected: { en: 'The response given to the survey was not used:', fr: `La réponse fournie au questionnaire n’a pas été utilisée${S}:` },
} satisfies Messages;

export type MessageKey = keyof typeof messages;
