// renderTemplate: a report template found by id among core/templates/, rendered into a SheetPlan (or a bilingual refusal).
import { planText } from './i18n/plan-messages';
import { renderFailure, renderSpec, type RenderOptions, type RenderResult, type SourceTable } from './plan/render';
import type { TemplateSpec } from './plan/templateSpec';
import { templates } from './templates/index';

export function findTemplate(id: string): TemplateSpec | undefined {
  return templates.find((t) => t.id === id);
}

/** Render the template `templateId` over a source table (null: a blank form). Never throws on user data. */
export function renderTemplate(templateId: string, table: SourceTable | null, options: RenderOptions = {}): RenderResult {
  const spec = findTemplate(templateId);
  if (!spec) return renderFailure('unknown-template', planText('unknownTemplate', { id: String(templateId), list: templates.map((t) => t.id).join(', ') }));
  return renderSpec(spec, table, options);
}
