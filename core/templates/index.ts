// The report templates, in the order the pane lists them: collected from their files (all.generated.ts), sorted by `order`.
import { collectedTemplates } from './all.generated';
import type { TemplateSpec } from './types';
import type { Lang } from '../i18n/lang';

const byOrder = (a: TemplateSpec, b: TemplateSpec) => (a.order ?? Infinity) - (b.order ?? Infinity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export const templates: readonly TemplateSpec[] = [...collectedTemplates].sort(byOrder);

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
