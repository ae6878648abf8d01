// The plan as a file: CSV for spreadsheets (French Excel included) and JSON that reads back, with issues for what it cannot.
import { formatCsv, stripBom, type CsvSeparator } from './csv-format.js';
import { guardFormula } from './csv-guard.js';
import { isArray, isPlainObject, readKey } from './safe-read.js';
import { normalizePlan, type PlanAction, type PlanIssue } from './plan.js';
import { PROTOCOL_LIMITS } from './protocol-data.js';

export const PLAN_FORMAT = PROTOCOL_LIMITS.planFormat;

export interface PlanCsvOptions {
  /**
   * `;` by default: Excel in French (and other decimal-comma locales) splits a double-clicked
   * `.csv` on `;`, since `,` is its decimal mark. Use `,` for English Excel and most tools.
   */
  separator?: CsvSeparator;
  /** Decimal mark of `days`: `,` with the `;` separator, else `.` (so the sheet reads them as numbers). */
  decimal?: '.' | ',';
  /** Byte-order mark first (default true): without it Excel reads UTF-8 accents as Latin-1. */
  bom?: boolean;
  /** The dimension's name for the `dimension` column (default: the id). */
  dimensionName?: (dimensionId: string) => string;
}

export const PLAN_CSV_COLUMNS = ['id', 'title', 'status', 'dimensionId', 'dimension', 'owner', 'due', 'days', 'notes'] as const;

/**
 * The plan as CSV (RFC 4180: quoted fields, CRLF): one row per card in board order. Free text
 * that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) is prefixed with `'`.
 */
export function planToCsv(actions: readonly PlanAction[], options: PlanCsvOptions = {}): string {
  const separator = options.separator ?? ';';
  const decimal = options.decimal ?? (separator === ';' ? ',' : '.');
  const name = options.dimensionName ?? ((id: string) => id);
  const rows: string[][] = [[...PLAN_CSV_COLUMNS]];
  for (const a of actions) {
    const days = typeof a.days === 'number' ? String(a.days).replace('.', decimal) : '';
    rows.push([
      guardFormula(a.id), guardFormula(a.title), guardFormula(a.status), guardFormula(a.dimensionId ?? ''),
      guardFormula(a.dimensionId ? name(a.dimensionId) : ''), guardFormula(a.owner ?? ''), a.due ?? '', days,
      guardFormula(a.notes ?? ''),
    ]);
  }
  return formatCsv(rows, separator, options.bom ?? true);
}

/** The plan as JSON: `{ format, version, actions }`, which planFromJson reads back exactly. */
export function planToJson(actions: readonly PlanAction[]): string {
  return JSON.stringify({ format: PLAN_FORMAT, version: PROTOCOL_LIMITS.planVersion, actions }, null, 2);
}

/**
 * A plan from JSON text: `{ actions: [...] }` (what planToJson writes) or a bare array of cards.
 * Keeps every card it can read; `issues` says what it could not read or had to change.
 */
export function planFromJson(text: string): { actions: PlanAction[]; issues: PlanIssue[] } {
  let data: unknown;
  try {
    data = JSON.parse(stripBom(String(text)));
  } catch (error) {
    return { actions: [], issues: [{ path: '', code: 'not-json', params: { detail: String((error as Error)?.message ?? error) } }] };
  }
  if (isArray(data)) return normalizePlan(data, 'actions');
  const list = isPlainObject(data) ? readKey(data, 'actions') : undefined;
  if (!isArray(list)) return { actions: [], issues: [{ path: '', code: 'not-a-plan', params: {} }] };
  return normalizePlan(list, 'actions');
}
