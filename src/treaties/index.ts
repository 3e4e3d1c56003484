export {
  TreatyProfileSchema,
  EffectRuleSchema,
  AfterReceiptRuleSchema,
  CalendarRuleSchema,
  NoticePeriodSchema,
  MonthDaySchema,
  SourceUrlSchema,
} from './schema.js';
export type { TreatyProfile, TreatyProfileInput, EffectRule, AfterReceiptRule, CalendarRule } from './schema.js';
export { treaties, treatyIds, getTreaty, isTreatyId, defineTreaty, resolveTreaty } from './registry.js';
export type { TreatyId } from './registry.js';
export { computeNoticeExpiry, checkNoticeTiming, describeEffectRule } from './notice.js';
export type { NoticeFacts, NoticeExpiry } from './notice.js';
