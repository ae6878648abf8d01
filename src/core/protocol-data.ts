// What the core and a round server must agree on (docs/PROTOCOL.md), as data: the build writes it into the WordPress plugin as assets/protocol.json.
import type { MessageCatalogue } from './message-catalogue.js';
import { VALIDATION_MESSAGES } from './messages-validation.js';
import { COMMENT_PREFIX, CSV_META_COLUMNS } from './csv-columns.js';

/*
 * One source: the TypeScript core imports these values, and scripts/build-wordpress.mjs writes
 * `{ protocol, limits, messages: { validation, server } }` from the built core into the plugin,
 * whose PHP (GIP_Protocol_Data) reads them instead of keeping copies that drift. Patterns are
 * JavaScript RegExp sources; the PHP side turns a final `$` into `\z` (PCRE's `$` also matches
 * before a final newline).
 */

export { VALIDATION_MESSAGES };

/** The version of the round protocol every answer carries (`"protocol": 2`). */
export const PROTOCOL_VERSION = 2;

/** Every limit and id rule both sides apply. */
export const PROTOCOL_LIMITS = {
  /** Largest request body a server reads: a response with long comments or a plan of 2,000 cards fits. */
  maxBodyBytes: 262_144,
  /** Most cards a saved plan may hold. */
  maxPlanActions: 2000,
  /** The plan format and version the board writes (`toJSON()`). */
  planFormat: 'gender-in-practice/plan',
  planVersion: 1,
  /** The wheel's scale, which targets are on. */
  targetMin: 0,
  targetMax: 10,
  /** k: never below 3, 5 by default (DOMAIN.md, "Confidentiality rules"). */
  minGroupSizeFloor: 3,
  defaultMinGroupSize: 5,
  /** Past this many problems, one `too-many-errors` is added and checking stops. */
  maxErrors: 100,
  /** Longest excerpt of a user's string quoted back in a message. */
  previewLength: 40,
  /** Ids name CSV columns, element ids and storage keys: a small safe charset avoids quoting anywhere. */
  idPattern: /^[A-Za-z0-9_][A-Za-z0-9_.:-]*$/.source,
  idMaxLength: 100,
  /** Keys of a translated text. */
  languageTagPattern: /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.source,
  /** A key written after a dot in an error's path (`answers.pw-1`); others are quoted (`answers["a b"]`). */
  pathKeyPattern: /^[A-Za-z0-9_:-]+$/.source,
  pathKeyMaxLength: 200,
  /** Longest comment kept: a paragraph or two is the use; megabytes would clog storage and exports. */
  commentMaxLength: 10_000,
  /** Longest respondent id or group: a random key or a role name, never a free text. */
  respondentFieldMaxLength: 200,
  /** Dates (`submittedAt`, a card's `due`): ISO 8601, a calendar date with an optional time; checked for existence apart. */
  isoDatePattern: /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?(?:Z|[+-](\d{2})(?::?(\d{2}))?)?)?$/.source,
  isoDateMaxLength: 40,
  /** Ids may not start with the prefix of the CSV's comment columns, nor take a metadata column's name. */
  commentPrefix: COMMENT_PREFIX,
  reservedQuestionIds: CSV_META_COLUMNS,
  /** Names every JavaScript object inherits: an id like `constructor` would fool look-ups. */
  objectNames: Object.getOwnPropertyNames(Object.prototype) as readonly string[],
} as const;

/**
 * The server's own texts: problems only a round finds, and the REST answers' messages (codes of
 * docs/PROTOCOL.md "Errors"). A `:1` variant is used when the count it names is 1. French: Quebec
 * usage; non-breaking spaces are added by the formatter.
 */
export const SERVER_MESSAGES: MessageCatalogue = {
  'group-not-in-round': {
    en: 'The group "{found}" is not one of this round’s groups ({groups}). Choose one of them, or none.',
    fr: 'Le groupe « {found} » ne fait pas partie des groupes de ce tour d’évaluation ({groups}). Choisissez-en un, ou aucun.',
  },
  'version-mismatch': {
    en: 'This response was written for version "{found}" of the assessment; this round uses version "{expected}". Reload the page to answer the current version.',
    fr: 'Cette réponse a été rédigée pour la version « {found} » de l’évaluation; ce tour d’évaluation utilise la version « {expected} ». Rechargez la page pour répondre à la version actuelle.',
  },
  'unknown-dimension': {
    en: 'This assessment has no dimension with the id "{id}". Remove this entry or correct the id.',
    fr: 'Cette évaluation n’a aucune dimension dont l’identifiant est « {id} ». Retirez cette entrée ou corrigez l’identifiant.',
  },
  'target-out-of-range': {
    en: 'The target {found} for dimension "{id}" is outside the wheel’s scale. Use a number from {min} to {max}.',
    fr: 'La cible {found} de la dimension « {id} » est hors de l’échelle de la roue. Utilisez un nombre de {min} à {max}.',
  },
  'too-many-items': {
    en: 'The list {path} has {length} items; the limit is {max}.',
    fr: 'La liste {path} compte {length} éléments; la limite est de {max}.',
  },
  'wrong-value': {
    en: 'The field {path} must be {expected}, not {found}.',
    fr: 'Le champ {path} doit valoir {expected}, et non {found}.',
  },
  'invalid-status': {
    en: 'The status {found} is not valid. Use "open" or "closed".',
    fr: 'Le statut {found} n’est pas valide. Utilisez « open » (ouvert) ou « closed » (fermé).',
  },
  rest_not_logged_in: {
    en: 'You are not logged in (or your session has expired). Log in, then reload the page.',
    fr: 'Vous n’êtes pas connecté ou votre session a expiré. Connectez-vous, puis rechargez la page.',
  },
  'ge-forbidden': {
    en: 'Only the facilitators of this round can do this.',
    fr: 'Seules les personnes qui animent ce tour peuvent faire cela.',
  },
  'ge-code-required': {
    en: 'This survey is answered with an invitation code. Enter the code you were given.',
    fr: 'On répond à ce sondage avec un code d’invitation. Entrez le code que vous avez reçu.',
  },
  'ge-code-invalid': {
    en: 'This invitation code is not valid for this survey. Check it and try again.',
    fr: 'Ce code d’invitation n’est pas valide pour ce sondage. Vérifiez-le, puis réessayez.',
  },
  'ge-too-many-attempts:1': {
    en: 'Too many wrong codes were tried from this connection. Try again in 1 minute.',
    fr: 'Trop de codes erronés ont été essayés à partir de cette connexion. Réessayez dans 1 minute.',
  },
  'ge-too-many-attempts': {
    en: 'Too many wrong codes were tried from this connection. Try again in {minutes} minutes.',
    fr: 'Trop de codes erronés ont été essayés à partir de cette connexion. Réessayez dans {minutes} minutes.',
  },
  'ge-not-in-audience': {
    en: 'This round is not open to your account. Ask its facilitators for an invitation code.',
    fr: 'Ce tour n’est pas ouvert à votre compte. Demandez un code d’invitation aux personnes qui l’animent.',
  },
  'ge-unknown-round': {
    en: 'This round does not exist, or is not published.',
    fr: 'Ce tour d’évaluation n’existe pas ou n’est pas publié.',
  },
  'ge-invalid-json': {
    en: 'The request body is not valid JSON.',
    fr: 'Le corps de la requête n’est pas du JSON valide.',
  },
  'ge-too-large': {
    en: 'The request body is {size} bytes long; the limit is {max} bytes.',
    fr: 'Le corps de la requête compte {size} octets; la limite est de {max} octets.',
  },
  'ge-invalid-response:1': {
    en: 'The response has 1 problem.',
    fr: 'La réponse comporte 1 problème.',
  },
  'ge-invalid-response': {
    en: 'The response has {count} problems.',
    fr: 'La réponse comporte {count} problèmes.',
  },
  'ge-invalid-targets:1': {
    en: 'The targets have 1 problem.',
    fr: 'Les cibles comportent 1 problème.',
  },
  'ge-invalid-targets': {
    en: 'The targets have {count} problems.',
    fr: 'Les cibles comportent {count} problèmes.',
  },
  'ge-invalid-plan:1': {
    en: 'The plan has 1 problem.',
    fr: 'Le plan comporte 1 problème.',
  },
  'ge-invalid-plan': {
    en: 'The plan has {count} problems.',
    fr: 'Le plan comporte {count} problèmes.',
  },
  'ge-invalid-status': {
    en: 'The status must be "open" or "closed".',
    fr: 'Le statut doit être « open » (ouvert) ou « closed » (fermé).',
  },
  'ge-round-closed': {
    en: 'This round is closed: it no longer takes responses.',
    fr: 'Ce tour d’évaluation est fermé : il n’accepte plus de réponses.',
  },
  'ge-plan-conflict': {
    en: 'Someone else saved the plan in the meantime (revision {revision}). Choose which version to keep.',
    fr: 'Quelqu’un d’autre a enregistré le plan entre-temps (révision {revision}). Choisissez la version à conserver.',
  },
  'ge-release-too-soon:1': {
    en: 'A new release needs 1 more response, added or changed, so that no one’s answers can be told apart.',
    fr: 'Une nouvelle publication demande encore 1 réponse, nouvelle ou modifiée, pour que les réponses de chaque personne restent impossibles à distinguer.',
  },
  'ge-release-too-soon': {
    en: 'A new release needs {needed} more responses, added or changed, so that no one’s answers can be told apart.',
    fr: 'Une nouvelle publication demande encore {needed} réponses, nouvelles ou modifiées, pour que les réponses de chaque personne restent impossibles à distinguer.',
  },
  'ge-storage': {
    en: 'The server could not store this. Nothing was changed; try again.',
    fr: 'Le serveur n’a pas pu enregistrer ceci. Rien n’a été modifié; réessayez.',
  },
};
