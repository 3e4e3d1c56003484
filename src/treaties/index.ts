export type { TreatyId } from './catalog.js';
export { getTreaty, isTreatyId, treaties, treatyIds, withCatalog } from './catalog.js';
export { isRegisteredTreaty, registeredTreaty, registeredTreatyIds } from './lookup.js';
export type { NoticeExpiry, NoticeFacts, NoticeWindow, TermEnd } from './notice.js';
export {
  checkNoticeTiming,
  checkTreatyInForce,
  computeNoticeExpiry,
  describeEffectRule,
  earliestNoticeDate,
  effectRuleOf,
  noticeWindowFor,
  roundPeriodEnd,
  survivalUntil,
  termEndFor,
} from './notice.js';
export { defineTreaty, registerTreaties, resolveTreaty, unknownTreatyMessage } from './registry.js';
export type {
  AfterReceiptRule,
  CalendarRule,
  EffectRule,
  EndOfTermRule,
  Rounding,
  SurvivalClause,
  TreatyProfile,
  TreatyProfileInput,
} from './schema.js';
export {
  AfterReceiptRuleSchema,
  CalendarRuleSchema,
  EffectRuleSchema,
  MonthDaySchema,
  NoticePeriodSchema,
  RoundingSchema,
  SourceUrlSchema,
  TreatyProfileSchema,
} from './schema.js';
