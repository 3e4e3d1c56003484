/**
 * Baseline: adding months with the built-in `Date`, in UTC. String in, string
 * out, clamped to the month end, the way such code is usually written by hand.
 * Valid for years 100–9999 (Date.UTC maps years 0–99 to 1900–1999).
 */

/** The period this baseline supports. */
export interface MonthsPeriod {
  readonly months: number;
}

/**
 * `YYYY-MM-DD` plus whole months: the same day of the month, or the last day
 * of a shorter month.
 *
 * @example
 * addPeriodDateUtc('2025-08-31', { months: 6 }); //=> '2026-02-28'
 */
export function addPeriodDateUtc(date: string, period: MonthsPeriod): string {
  const time = Date.parse(date); // a date-only ISO string is read as UTC
  if (Number.isNaN(time)) throw new RangeError(`${date} is not a date`);
  const start = new Date(time);
  const year = start.getUTCFullYear();
  const month = start.getUTCMonth() + period.months;
  const day = start.getUTCDate();
  // Day 0 of the month after the target month is the target month's last day.
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(day, lastDay))).toISOString().slice(0, 10);
}
