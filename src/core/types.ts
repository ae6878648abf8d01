// The data shapes of the public contract (shared/API.md). Pure types: no runtime code.

/** A text in one language (`'Budget'`) or in several, by language code (`{ en: 'Budget', fr: 'Budget' }`). */
export type LocalizedText = string | Record<string, string>;

/** A numeric scale value, "don't know" (`'dk'`) or "not applicable" (`'na'`). */
export type Answer = number | 'dk' | 'na';

/** The languages the package ships its own texts in. */
export type Locale = 'en' | 'fr';

export interface Scale {
  min: number;
  max: number;
  /** One label per step from `min` to `max`. */
  labels: LocalizedText[];
  /** Offer "don't know" (default true). */
  dontKnow?: boolean;
  /** Offer "not applicable" (default true). */
  notApplicable?: boolean;
}

export interface Question {
  id: string;
  text: LocalizedText;
  help?: LocalizedText;
  /** A negatively worded item: `min + max - v` is scored in place of `v`. */
  reverse?: boolean;
  /** Weight in its dimension's mean (default 1). */
  weight?: number;
  required?: boolean;
}

export interface Dimension {
  id: string;
  label: LocalizedText;
  description?: LocalizedText;
  questions: Question[];
}

export interface Assessment {
  id: string;
  version: string;
  title: LocalizedText;
  scale: Scale;
  dimensions: Dimension[];
}

export interface SurveyResponse {
  assessmentId: string;
  assessmentVersion: string;
  respondent?: { id?: string; group?: string };
  /** By question id. */
  answers: Record<string, Answer>;
  comments?: Record<string, string>;
  /** ISO 8601. */
  submittedAt?: string;
}

/** One problem found in an input, at `path` (e.g. `dimensions[2].questions[0].id`). */
export interface ValidationError {
  path: string;
  /** A stable machine-readable code, e.g. `duplicate-id`. */
  code: string;
  /** What is wrong and what to do, in the locale asked for. */
  message: string;
  /** The values quoted in `message`, so `formatMessage(code, params, locale)` can re-render it in another language. */
  params?: MessageParams;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: ValidationError[] };

/** Values substituted into a catalogue message (`{ id: 'pw-1' }`, `{ min: 0, max: 4 }`). */
export type MessageParams = Record<string, string | number>;

/** One problem found while reading a CSV file: `row` counts the header as row 1, as a spreadsheet does. */
export interface CsvError {
  row: number;
  /** The column's header name, or its 1-based position when it has no usable name. */
  column: string | number;
  code: string;
  message: string;
  params?: MessageParams;
}

/** Facilitator prompts raised by the aggregate of a dimension (DOMAIN.md, "Flags"). */
export type AggregateFlag = 'low-agreement' | 'knowledge-gap';

/**
 * Tags shown beside a priority, never folded into its number, so the group stays in charge:
 * `clarify-first` (low agreement), `inform` (knowledge gap), `target-below-current`.
 */
export type PriorityTag = 'clarify-first' | 'inform' | 'target-below-current';

/** One ranked dimension, from `rankPriorities`. Values are on the scale they were given in. */
export interface Priority {
  dimensionId: string;
  current: number | null;
  target: number | null;
  /** max(0, target - current); 0 when either is missing. */
  gap: number;
  /** 0..1, the largest importance is 1 (equal weights by default). */
  importance: number;
  /** gap x importance: "the biggest gap on what matters most". */
  priority: number;
  tags: PriorityTag[];
}

/** A respondent group offered to respondents (`staff`, `management`...), with its label. */
export interface RespondentGroup {
  id: string;
  label: LocalizedText;
}

/**
 * What a practice does for a priority: `act` changes something, `inform` makes known what
 * already exists (for a knowledge gap), `clarify` is a facilitated discussion (for low agreement).
 */
export type PracticeKind = 'act' | 'inform' | 'clarify';

/** One concrete practice of the library that `suggestActions` draws from. */
export interface Practice {
  id: string;
  dimensionId: string;
  title: LocalizedText;
  description: LocalizedText;
  /** Default size in person-days. */
  days: number;
  kind: PracticeKind;
  /** The questions it addresses. */
  questionIds?: string[];
}

/** A draft action for a short-listed dimension, from `suggestActions`. */
export interface SuggestedAction {
  /** Stable: the practice id (or `generic-<dimensionId>` for the fallback). */
  id: string;
  practiceId: string;
  dimensionId: string;
  title: LocalizedText;
  description: LocalizedText;
  days: number;
  kind: PracticeKind;
  /** The `priority` of the dimension it serves. */
  priority: number;
  /** Why this practice came first: the tag that steered it, or `gap` for a plain gap. */
  reason: PriorityTag | 'gap';
  questionIds?: string[];
}

export interface SuggestOptions {
  /** How many dimensions to draw actions for (default 3, clamped to 1..5). */
  top?: number;
  /** How many actions per dimension (default 2, at least 1). */
  perDimension?: number;
  /** A custom practice library (default: the built-in `practices`). */
  practices?: readonly Practice[];
}
