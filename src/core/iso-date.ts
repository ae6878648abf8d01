// Strict check of ISO 8601 date strings, since Date.parse accepts "2025-02-30" and much else.
import { PROTOCOL_LIMITS } from './protocol-data.js';

const ISO_DATE = new RegExp(PROTOCOL_LIMITS.isoDatePattern);

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids time-zone surprises.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * True for a calendar date (`2025-03-14`) or a date and time (`2025-03-14T09:30`,
 * `2025-03-14T09:30:00.000Z`, `2025-03-14 09:30:00-05:00`) that exists on the calendar.
 */
export function isIsoDateString(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > PROTOCOL_LIMITS.isoDateMaxLength) return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59)) return false;
  if (m[6] !== undefined && Number(m[6]) > 59) return false;
  if (m[7] !== undefined && Number(m[7]) > 23) return false;
  if (m[8] !== undefined && Number(m[8]) > 59) return false;
  return true;
}
