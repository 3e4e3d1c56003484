export type { AddPeriodOptions, Overflow, Period, PeriodResult } from './arithmetic.js';
export { addDays, addPeriod, addPeriodWithDetails, daysBetween } from './arithmetic.js';
export type { CalendarDate, DateParts } from './calendar-date.js';
export {
  compareDates,
  daysInMonth,
  formatDate,
  isCalendarDate,
  isLeapYear,
  parseDate,
} from './calendar-date.js';
