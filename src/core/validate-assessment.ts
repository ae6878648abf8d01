// Checking an untrusted assessment definition field by field, building a clean copy on the way.
import type { Assessment, Dimension, LocalizedText, Question, Scale } from './types.js';
import type { Issues } from './validate-context.js';
import { RESERVED_QUESTION_IDS } from './csv-columns.js';
import { isPlainObject, pathIndex, preview } from './safe-read.js';
import { checkText, readBoolean, readField, readId, readList, readNumber, readObject, readString, readText } from './validate-fields.js';

/** Where each id was first seen, to point at both places of a duplicate. */
type Seen = Map<string, string>;

/**
 * The scale: `min` and `max` integers with min < max, and exactly one label per step. Integer
 * bounds are required because answers are whole steps, each shown with its own label.
 */
function checkScale(issues: Issues, root: object): Scale | undefined {
  const scale = readObject(issues, root, 'scale', 'scale', true);
  if (!scale) return undefined;
  const min = readNumber(issues, scale, 'min', 'scale.min', true);
  const max = readNumber(issues, scale, 'max', 'scale.max', true);
  const rangeOk = min !== undefined && max !== undefined && min < max;
  if (min !== undefined && max !== undefined && !rangeOk) issues.add('scale', 'scale-min-max', { min, max });
  const labels = readList(issues, scale, 'labels', 'scale.labels');
  const cleanLabels: LocalizedText[] = [];
  let labelsOk = labels !== undefined;
  if (labels) {
    if (rangeOk && labels.length !== max - min + 1) {
      issues.add('scale.labels', 'scale-labels-count', { min, max, expected: max - min + 1, found: labels.length });
      labelsOk = false;
    } else {
      for (let i = 0; i < labels.length; i += 1) {
        const at = pathIndex('scale.labels', i);
        const label = checkText(issues, readField(issues, labels.list, i, at), at);
        if (label === undefined) labelsOk = false;
        else cleanLabels.push(label);
      }
    }
  }
  const dontKnow = readBoolean(issues, scale, 'dontKnow', 'scale.dontKnow');
  const notApplicable = readBoolean(issues, scale, 'notApplicable', 'scale.notApplicable');
  if (!rangeOk || !labelsOk) return undefined;
  const clean: Scale = { min, max, labels: cleanLabels };
  if (dontKnow !== undefined) clean.dontKnow = dontKnow;
  if (notApplicable !== undefined) clean.notApplicable = notApplicable;
  return clean;
}

/** An id that must be unique within `seen`; `objectPath` is what a duplicate's message points to. */
function checkUniqueId(issues: Issues, obj: object, objectPath: string, seen: Seen, code: string, reserved?: ReadonlySet<string>) {
  const id = readId(issues, obj, 'id', `${objectPath}.id`, reserved);
  if (id === undefined) return undefined;
  const other = seen.get(id);
  if (other !== undefined) return issues.add(`${objectPath}.id`, code, { id, other });
  seen.set(id, objectPath);
  return id;
}

function checkQuestion(issues: Issues, value: unknown, path: string, seen: Seen): Question | undefined {
  if (!isPlainObject(value)) return issues.add(path, 'not-object', { found: preview(value) });
  const id = checkUniqueId(issues, value, path, seen, 'duplicate-question-id', RESERVED_QUESTION_IDS);
  const text = readText(issues, value, 'text', `${path}.text`, true);
  const help = readText(issues, value, 'help', `${path}.help`, false);
  const reverse = readBoolean(issues, value, 'reverse', `${path}.reverse`);
  const required = readBoolean(issues, value, 'required', `${path}.required`);
  let weight = readField(issues, value, 'weight', `${path}.weight`);
  if (weight !== undefined && (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0)) {
    weight = issues.add(`${path}.weight`, typeof weight === 'number' ? 'invalid-weight' : 'not-number', { found: preview(weight) });
  }
  if (id === undefined || text === undefined) return undefined;
  const clean: Question = { id, text };
  if (help !== undefined) clean.help = help;
  if (reverse !== undefined) clean.reverse = reverse;
  if (typeof weight === 'number') clean.weight = weight + 0;
  if (required !== undefined) clean.required = required;
  return clean;
}

function checkDimension(issues: Issues, value: unknown, path: string, dimIds: Seen, questionIds: Seen): Dimension | undefined {
  if (!isPlainObject(value)) return issues.add(path, 'not-object', { found: preview(value) });
  const id = checkUniqueId(issues, value, path, dimIds, 'duplicate-dimension-id');
  const label = readText(issues, value, 'label', `${path}.label`, true);
  const description = readText(issues, value, 'description', `${path}.description`, false);
  const list = readList(issues, value, 'questions', `${path}.questions`);
  const questions: Question[] = [];
  let ok = list !== undefined;
  if (list && list.length === 0) {
    issues.add(`${path}.questions`, 'no-questions');
    ok = false;
  }
  for (let i = 0; list && i < list.length; i += 1) {
    const at = pathIndex(`${path}.questions`, i);
    const question = checkQuestion(issues, readField(issues, list.list, i, at), at, questionIds);
    if (question) questions.push(question);
    else ok = false;
  }
  if (!ok || id === undefined || label === undefined) return undefined;
  const clean: Dimension = { id, label, questions };
  if (description !== undefined) clean.description = description;
  return clean;
}

/** The clean copy of a valid assessment, or undefined once errors are recorded in `issues`. */
export function checkAssessment(issues: Issues, input: unknown): Assessment | undefined {
  if (!isPlainObject(input)) return issues.add('', 'assessment-not-object', { found: preview(input) });
  const id = readId(issues, input, 'id', 'id');
  const version = readString(issues, input, 'version', 'version', true);
  const title = readText(issues, input, 'title', 'title', true);
  const scale = checkScale(issues, input);
  const list = readList(issues, input, 'dimensions', 'dimensions');
  if (list && list.length === 0) issues.add('dimensions', 'no-dimensions');
  const dimensions: Dimension[] = [];
  const dimIds: Seen = new Map();
  const questionIds: Seen = new Map();
  for (let i = 0; list && i < list.length; i += 1) {
    const at = pathIndex('dimensions', i);
    const dimension = checkDimension(issues, readField(issues, list.list, i, at), at, dimIds, questionIds);
    if (dimension) dimensions.push(dimension);
  }
  if (issues.errors.length > 0 || id === undefined || version === undefined || title === undefined || !scale) return undefined;
  return { id, version, title, scale, dimensions };
}
