export {
  TreatyProfileSchema,
  EffectRuleSchema,
  AfterReceiptRuleSchema,
  CalendarRuleSchema,
  NoticePeriodSchema,
  MonthDaySchema,
  SourceUrlSchema,
} from './schema.js';
export type { TreatyProfile, TreatyProfileInput, EffectRule, AfterReceiptRule, CalendarRule, EndOfTermRule, SurvivalClause } from './schema.js';
export { treaties, treatyIds, getTreaty, isTreatyId, defineTreaty, resolveTreaty } from './registry.js';
export type { TreatyId } from './registry.js';
export {
  computeNoticeExpiry,
  checkNoticeTiming,
  checkTreatyInForce,
  describeEffectRule,
  earliestNoticeDate,
  effectRuleOf,
  noticeWindowFor,
  roundPeriodEnd,
  survivalUntil,
  termEndFor,
} from './notice.js';
export type { NoticeFacts, NoticeExpiry, NoticeWindow, TermEnd } from './notice.js';
