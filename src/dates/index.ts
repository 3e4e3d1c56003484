export {
  isCalendarDate,
  isLeapYear,
  daysInMonth,
  parseDate,
  formatDate,
  compareDates,
} from './calendar-date.js';
export type { CalendarDate, DateParts } from './calendar-date.js';
export { addPeriod, addPeriodWithDetails, addDays, daysBetween } from './arithmetic.js';
export type { Period, Overflow, AddPeriodOptions, PeriodResult } from './arithmetic.js';
