// Small helpers to declare fields and texts tersely in the template files, and the seed's data vocabularies.
import type { Bilingual } from '../i18n/lang';
import { lookupParam } from '../plan/paramShapes';
import type { TableReport } from '../plan/tableReport';
import type { FieldSpec, FieldType, ParamSpec } from './types';

export const bi = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

export function field(id: string, zh: string, en: string, type: FieldType, opts: Partial<Omit<FieldSpec, 'id' | 'zh' | 'en' | 'type'>> = {}): FieldSpec {
  return { id, zh, en, type, ...opts };
}

/** The grades of the evaluation form, best first. */
export const GRADES = ['优秀', '良好', '中等', '中下'] as const;
/** The seed's five ways of contact (销售活动日报表). */
export const CONTACT_TYPES = ['面对面拜访', '电话拜访', '短信问候', 'QQ/邮件/微信', '借助第三方'] as const;
export const VISIT_CHANNELS = ['来店', '来电'] as const;
/** The one intent scale of the showroom forms and the prospect list, hottest first. */
export const INTENT_LEVELS = ['H', 'A', 'B', 'C'] as const;
/** Days to the next follow-up by intent (DealerKit default: the seeds name the levels, not the intervals). */
export const INTENT_FOLLOW_UP_DAYS = [2, 4, 7, 14] as const;

/** The follow-up interval of each intent level, as the parameter `intervals` the formulas look up; `note` says what differs. */
export function intentIntervalsParam(note: Bilingual): ParamSpec {
  return lookupParam('intervals', bi('跟进间隔（天）', 'Follow up every (days)'), bi('天', 'Days'), INTENT_LEVELS.map((level, i) => [level, INTENT_FOLLOW_UP_DAYS[i]] as const), note);
}

/** Intent level → days to the next follow-up, as the parameter block holds them. */
export function intervalsByIntent(report: TableReport): Map<string, number> {
  const days = report.params.value('intervals') as number[][];
  return new Map(INTENT_LEVELS.map((level, i) => [level as string, days[i][0]]));
}
/** The seed's 顾客属性分析: where a customer comes from (自然而来 来店/来电/保有基盘, 短期关系 展示会/特定开拓, 内部情报, VIP). */
export const SOURCES = ['来店', '来电', '保有基盘', '展示会', '特定开拓', '内部情报', 'VIP', '其他'] as const;
export const LOST_STAGES = ['接待', '需求分析', '报价', '谈判', '成交前'] as const;
export const LOST_REASONS = ['价格', '产品', '竞品', '服务', '时机', '其他'] as const;
export const CHECK = ['✓'] as const;

/** Quote a text for use inside a formula string literal. */
export const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
