// The en/fr texts of validation errors, by code. French: Quebec usage; spacing is fixed by formatMessage.
import type { MessageCatalogue } from './message-catalogue.js';

/*
 * Placeholders: {path} a location like dimensions[2].questions[0].id; {found} a short preview of
 * the wrong value; {id} an id as written; numbers are formatted in the reader's locale.
 * Type messages name the location because they are about the structure of the data; the others
 * name the question or value, which also reads well when the location is a CSV cell.
 */
export const VALIDATION_MESSAGES: MessageCatalogue = {
  unreadable: {
    en: 'This value could not be read: reading it raised an error. Pass plain data, such as the result of JSON.parse().',
    fr: 'Cette valeur est illisible : sa lecture a déclenché une erreur. Fournissez des données simples, comme le résultat de JSON.parse().',
  },
  'too-many-errors': {
    en: 'More than {max} problems were found; only the first {max} are listed. Fix them and check again.',
    fr: 'Plus de {max} problèmes ont été trouvés; seuls les {max} premiers sont affichés. Corrigez-les, puis vérifiez de nouveau.',
  },
  'assessment-not-object': {
    en: 'An assessment must be an object such as { "id": …, "dimensions": [ … ] }, not {found}. If you have JSON text, parse it first.',
    fr: 'Une évaluation doit être un objet comme { "id": …, "dimensions": [ … ] }, et non {found}. Si vous avez du texte JSON, analysez-le d’abord.',
  },
  'response-not-object': {
    en: 'A response must be an object such as { "assessmentId": …, "answers": { … } }, not {found}.',
    fr: 'Une réponse doit être un objet comme { "assessmentId": …, "answers": { … } }, et non {found}.',
  },
  required: {
    en: 'The field {path} is missing. Add it.',
    fr: 'Le champ {path} est manquant. Ajoutez-le.',
  },
  'not-object': {
    en: 'The field {path} must be an object ({ … }), not {found}.',
    fr: 'Le champ {path} doit être un objet ({ … }), et non {found}.',
  },
  'not-array': {
    en: 'The field {path} must be a list ([ … ]), not {found}.',
    fr: 'Le champ {path} doit être une liste ([ … ]), et non {found}.',
  },
  'not-string': {
    en: 'The field {path} must be text (a string), not {found}.',
    fr: 'Le champ {path} doit être du texte (une chaîne), et non {found}.',
  },
  'not-number': {
    en: 'The field {path} must be a finite number, not {found}.',
    fr: 'Le champ {path} doit être un nombre fini, et non {found}.',
  },
  'not-integer': {
    en: 'The field {path} must be a whole number, not {found}.',
    fr: 'Le champ {path} doit être un nombre entier, et non {found}.',
  },
  'not-boolean': {
    en: 'The field {path} must be true or false, not {found}.',
    fr: 'Le champ {path} doit valoir true ou false, et non {found}.',
  },
  'not-text': {
    en: 'The field {path} must be a text: a non-empty string, or translations such as { "en": "Budget", "fr": "Budget" }; found {found}.',
    fr: 'Le champ {path} doit être un texte : une chaîne non vide, ou des traductions comme { "en": "Budget", "fr": "Budget" }; valeur trouvée : {found}.',
  },
  'empty-string': {
    en: 'The field {path} is empty. Write a value.',
    fr: 'Le champ {path} est vide. Inscrivez une valeur.',
  },
  'invalid-language': {
    en: '"{found}" is not a language code. Use codes such as "en", "fr" or "fr-CA" as the keys of a translated text.',
    fr: '« {found} » n’est pas un code de langue. Utilisez des codes comme « en », « fr » ou « fr-CA » comme clés d’un texte traduit.',
  },
  'invalid-id': {
    en: '"{found}" is not a usable id. Use 1 to {max} characters among the letters A–Z and a–z, digits and _ . : - (no spaces or accents), starting with a letter, a digit or _. Ids name file columns and saved answers, so they must stay simple.',
    fr: '« {found} » n’est pas un identifiant utilisable. Employez de 1 à {max} caractères parmi les lettres A–Z et a–z, les chiffres et _ . : - (sans espace ni accent), en commençant par une lettre, un chiffre ou _. Les identifiants nomment les colonnes des fichiers et les réponses enregistrées : ils doivent rester simples.',
  },
  'reserved-id': {
    en: 'The id "{found}" is reserved (a column name of the CSV export, or a JavaScript built-in name). Choose another id.',
    fr: 'L’identifiant « {found} » est réservé (nom de colonne de l’exportation CSV ou nom interne de JavaScript). Choisissez-en un autre.',
  },
  'duplicate-dimension-id': {
    en: 'Dimension id "{id}" is used twice (also at {other}). Give each dimension its own id.',
    fr: 'L’identifiant de dimension « {id} » est utilisé deux fois (aussi à {other}). Donnez à chaque dimension son propre identifiant.',
  },
  'duplicate-question-id': {
    en: 'Question id "{id}" is used twice (also at {other}). Give each question its own id.',
    fr: 'L’identifiant de question « {id} » est utilisé deux fois (aussi à {other}). Donnez à chaque question son propre identifiant.',
  },
  'scale-min-max': {
    en: 'The scale’s minimum ({min}) must be smaller than its maximum ({max}).',
    fr: 'Le minimum de l’échelle ({min}) doit être plus petit que son maximum ({max}).',
  },
  'scale-labels-count': {
    en: 'A scale from {min} to {max} has {expected} steps, so it needs {expected} labels, one per step; it has {found}.',
    fr: 'Une échelle de {min} à {max} compte {expected} échelons : il lui faut donc {expected} libellés, un par échelon; elle en a {found}.',
  },
  'invalid-weight': {
    en: 'The weight {found} is not valid. Use a number equal to or greater than 0 (the default is 1).',
    fr: 'Le poids {found} n’est pas valide. Utilisez un nombre égal ou supérieur à 0 (1 par défaut).',
  },
  'no-dimensions': {
    en: 'The assessment has no dimensions. Add at least one.',
    fr: 'L’évaluation ne contient aucune dimension. Ajoutez-en au moins une.',
  },
  'no-questions': {
    en: 'The list {path} is empty: each dimension needs at least one question.',
    fr: 'La liste {path} est vide : chaque dimension doit contenir au moins une question.',
  },
  'assessment-mismatch': {
    en: 'This response belongs to assessment "{found}", not "{expected}". Open it with its own assessment.',
    fr: 'Cette réponse appartient à l’évaluation « {found} », et non à « {expected} ». Ouvrez-la avec sa propre évaluation.',
  },
  'unknown-question': {
    en: 'This assessment has no question with the id "{id}". Remove this entry or correct the id.',
    fr: 'Cette évaluation n’a aucune question dont l’identifiant est « {id} ». Retirez cette entrée ou corrigez l’identifiant.',
  },
  'answer-out-of-scale': {
    en: 'The answer {found} to question "{id}" is outside the scale. Use a whole number from {min} to {max}.',
    fr: 'La réponse {found} à la question « {id} » est hors de l’échelle. Utilisez un nombre entier de {min} à {max}.',
  },
  'answer-invalid': {
    en: 'The answer {found} to question "{id}" is not valid. Use a whole number from {min} to {max}, or "dk" (don’t know) or "na" (not applicable) where the assessment offers them.',
    fr: 'La réponse {found} à la question « {id} » n’est pas valide. Utilisez un nombre entier de {min} à {max}, ou « dk » (je ne sais pas) ou « na » (ne s’applique pas) si l’évaluation les offre.',
  },
  'dk-not-offered': {
    en: 'Question "{id}" cannot be answered "don’t know": this assessment does not offer it (scale.dontKnow is false). Choose a value on the scale.',
    fr: 'La question « {id} » ne peut pas recevoir la réponse « je ne sais pas » : cette évaluation ne l’offre pas (scale.dontKnow vaut false). Choisissez une valeur de l’échelle.',
  },
  'na-not-offered': {
    en: 'Question "{id}" cannot be answered "not applicable": this assessment does not offer it (scale.notApplicable is false). Choose a value on the scale.',
    fr: 'La question « {id} » ne peut pas recevoir la réponse « ne s’applique pas » : cette évaluation ne l’offre pas (scale.notApplicable vaut false). Choisissez une valeur de l’échelle.',
  },
  'too-long': {
    en: 'This text is {length} characters long; the limit is {max}. Shorten it.',
    fr: 'Ce texte compte {length} caractères; la limite est de {max}. Raccourcissez-le.',
  },
  'invalid-date': {
    en: '"{found}" is not a valid date. Use the ISO 8601 form, such as 2025-03-14 or 2025-03-14T09:30:00Z.',
    fr: '« {found} » n’est pas une date valide. Utilisez la forme ISO 8601, par exemple 2025-03-14 ou 2025-03-14T09:30:00Z.',
  },
};
