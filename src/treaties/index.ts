export {
  TreatyProfileSchema,
  EffectRuleSchema,
  AfterReceiptRuleSchema,
  CalendarRuleSchema,
  NoticePeriodSchema,
  MonthDaySchema,
  SourceUrlSchema,
} from './schema.js';
export type {
  TreatyProfile,
  TreatyProfileInput,
  EffectRule,
  AfterReceiptRule,
  CalendarRule,
  EndOfTermRule,
  SurvivalClause,
} from './schema.js';
export { treaties, treatyIds, getTreaty, isTreatyId, withCatalog } from './catalog.js';
export type { TreatyId } from './catalog.js';
export { defineTreaty, resolveTreaty, unknownTreatyMessage } from './registry.js';
export { registerTreaties, registeredTreaty, registeredTreatyIds, isRegisteredTreaty } from './lookup.js';
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
