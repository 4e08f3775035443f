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
/** How SCORECARD and DEALERSCORE read a rating, printed beside the scorecards that use them. */
export const GRADE_SCALE_NOTE = bi(
  '评分标准（与 DEALERSCORE、SCORECARD 相同）：优秀 100、良好 80、中等 60、中下 40（A–D 同），也可直接填 0–100 分；空白项不计，得分为有评分项目的加权平均',
  'Grades (as DEALERSCORE and SCORECARD read them): 优秀 100, 良好 80, 中等 60, 中下 40 (A–D alike), or a score 0–100; a blank item is skipped, the score is the weighted mean of the rated items',
);
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

/** The customer columns every showroom register shares (who came or called, what they want, who took them, what next). */
export function showroomCustomerFields(): FieldSpec[] {
  return [
    field('customer', '顾客姓名', 'Customer', 'text', { synonyms: ['姓名', '顾客', 'name'], width: 10 }),
    field('phone', '电话', 'Phone', 'text', { synonyms: ['联系电话', '手机', 'mobile'], width: 14 }),
    field('source', '信息来源', 'Source', 'choice', { list: SOURCES, synonyms: ['来源', '顾客属性', 'lead source'], width: 10 }),
    field('interest', '意向产品', 'Product of interest', 'text', { synonyms: ['意向车型', '意向', 'interest'], width: 12 }),
    field('intent', '意向等级', 'Intent', 'choice', { list: INTENT_LEVELS, synonyms: ['等级', '意向级别', 'level'], width: 8 }),
    field('staff', '接待人员', 'Staff', 'text', { synonyms: ['接待', '销售顾问', 'consultant'] }),
    field('next_step', '后续跟进', 'Next step', 'text', { synonyms: ['跟进', '下一步', 'follow-up'], width: 14 }),
    field('notes', '备注', 'Notes', 'text', { synonyms: ['说明', 'remark'], width: 14 }),
  ];
}
