// The en/fr texts of the errors met while reading a CSV file of responses, by code.
import type { MessageCatalogue } from './message-catalogue.js';

// formatMessage prefixes these with "Row 3, column "pw-1": " from the error's row and column.
export const CSV_MESSAGES: MessageCatalogue = {
  'csv-empty': {
    en: 'The file is empty: it has no header row. Use a file made by the export, whose first row names the columns.',
    fr: 'Le fichier est vide : il n’a pas de ligne d’en-tête. Utilisez un fichier produit par l’exportation, dont la première ligne nomme les colonnes.',
  },
  'csv-unterminated-quote': {
    en: 'A quoted cell starts here but its closing quote (") is missing, so the rest of the file could not be read. Add the closing quote.',
    fr: 'Une cellule entre guillemets commence ici, mais le guillemet fermant (") manque : le reste du fichier n’a pas pu être lu. Ajoutez le guillemet fermant.',
  },
  'csv-ragged-row': {
    en: 'This row has {found} cells but the header has {expected}. Look for a missing or extra separator ({separator}), or a separator inside a comment without quotes.',
    fr: 'Cette ligne compte {found} cellules, mais l’en-tête en compte {expected}. Cherchez un séparateur ({separator}) manquant ou en trop, ou un séparateur dans un commentaire sans guillemets.',
  },
  'unknown-column': {
    en: 'This column is neither a question of this assessment nor a known column (assessment_id, assessment_version, respondent_id, group, submitted_at, comment:<question id>), so it was ignored. Check its name.',
    fr: 'Cette colonne n’est ni une question de cette évaluation ni une colonne connue (assessment_id, assessment_version, respondent_id, group, submitted_at, comment:<identifiant de question>) : elle a été ignorée. Vérifiez son nom.',
  },
  'duplicate-column': {
    en: 'This column appears twice; only its first occurrence was read. Remove or rename the copy.',
    fr: 'Cette colonne apparaît deux fois; seule sa première occurrence a été lue. Retirez ou renommez la copie.',
  },
  'csv-invalid-answer': {
    en: 'The answer "{found}" cannot be read. Write a whole number from {min} to {max}, a label of the scale, dk (don’t know) or na (not applicable), or leave the cell empty.',
    fr: 'La réponse « {found} » est illisible. Inscrivez un nombre entier de {min} à {max}, un libellé de l’échelle, dk (je ne sais pas) ou na (ne s’applique pas), ou laissez la cellule vide.',
  },
};

/** The location prefix and the "row skipped" note of a CSV error. */
export const CSV_FRAME = {
  en: { rowColumn: 'Row {row}, column "{column}": ', rowIndex: 'Row {row}, column {column}: ', skipped: ' This row was not imported.' },
  fr: { rowColumn: 'Ligne {row}, colonne « {column} » : ', rowIndex: 'Ligne {row}, colonne {column} : ', skipped: ' Cette ligne n’a pas été importée.' },
} as const;
