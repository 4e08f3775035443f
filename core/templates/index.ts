// The report templates, in the order the pane lists them.
import { bigCustomerReview } from './bigCustomerReview';
import { customerCard } from './customerCard';
import { dailyActivity } from './dailyActivity';
import { dealerEvaluation } from './dealerEvaluation';
import { dealerSelection } from './dealerSelection';
import { lostSaleAnalysis } from './lostSaleAnalysis';
import { marketQuadrant } from './marketQuadrant';
import { prospectStatus } from './prospectStatus';
import { showroomStats } from './showroomStats';
import { stockOrder } from './stockOrder';
import { targetScreening } from './targetScreening';
import { targetVsActual } from './targetVsActual';
import { tierVisitPlan } from './tierVisitPlan';
import { visitorLog } from './visitorLog';
import { workPlan } from './workPlan';
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
  bigCustomerReview,
  dealerSelection,
  targetScreening,
  workPlan,
];

export interface TemplateSummary {
  id: string;
  name: string;
  description: string;
  fields: { id: string; header: string; required: boolean }[];
}

/** What a pane or the command line lists: JSON-safe, in one language. */
export function listTemplates(lang: Lang): TemplateSummary[] {
  return templates.map((t) => ({
    id: t.id,
    name: t.name[lang],
    description: t.description[lang],
    fields: t.fields.map((f) => ({ id: f.id, header: lang === 'zh-CN' ? f.zh : f.en, required: !!f.required })),
  }));
}
