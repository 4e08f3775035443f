// The eleven report templates, in the order the pane lists them.
import { customerCard } from './customerCard';
import { dailyActivity } from './dailyActivity';
import { dealerEvaluation } from './dealerEvaluation';
import { lostSaleAnalysis } from './lostSaleAnalysis';
import { marketQuadrant } from './marketQuadrant';
import { prospectStatus } from './prospectStatus';
import { showroomStats } from './showroomStats';
import { stockOrder } from './stockOrder';
import { targetVsActual } from './targetVsActual';
import { tierVisitPlan } from './tierVisitPlan';
import { visitorLog } from './visitorLog';
import type { TemplateSpec } from './types';
import type { Lang } from '../i18n/lang';

export const templates: readonly TemplateSpec[] = [
  stockOrder,
  dealerEvaluation,
  tierVisitPlan,
  targetVsActual,
  dailyActivity,
  prospectStatus,
  customerCard,
  marketQuadrant,
  visitorLog,
  showroomStats,
  lostSaleAnalysis,
];

export interface TemplateSummary {
  id: string;
  name: string;
  description: string;
  /** each field's header in this language, and the names it is matched by (so a pane can re-match locally) */
  fields: { id: string; header: string; required: boolean; zh: string; en: string; synonyms?: string[] }[];
}

/** What a pane or the command line lists: JSON-safe, in one language. */
export function listTemplates(lang: Lang): TemplateSummary[] {
  return templates.map((t) => ({
    id: t.id,
    name: t.name[lang],
    description: t.description[lang],
    fields: t.fields.map((f) => ({ id: f.id, header: lang === 'zh-CN' ? f.zh : f.en, required: !!f.required, zh: f.zh, en: f.en, ...(f.synonyms ? { synonyms: [...f.synonyms] } : {}) })),
  }));
}
