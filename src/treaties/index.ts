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
export { treaties, treatyIds, getTreaty, isTreatyId, withCatalog } from './catalog.js';
export type { TreatyId } from './catalog.js';
export { defineTreaty, resolveTreaty, unknownTreatyMessage } from './registry.js';
export { registerTreaties, registeredTreaty, registeredTreatyIds, isRegisteredTreaty } from './lookup.js';
export { computeNoticeExpiry, checkNoticeTiming, describeEffectRule } from './notice.js';
export type { NoticeFacts, NoticeExpiry } from './notice.js';
