// A readable Markdown snapshot of every template's plan for the bundled sample, in zh-CN and en-US (`npm run gen` rewrites them).
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../core/renderTemplate';
import { templates } from '../../core/templates/index';
import { sampleTables } from '../../samples/index';
import { expectGolden } from '../helpers/golden';
import { planMarkdown } from '../helpers/planMarkdown';

const NOW = new Date(2026, 10, 24, 9, 30);
const tables = sampleTables();

describe('golden plans', () => {
  const cases = templates.flatMap((t) => (['zh-CN', 'en-US'] as const).map((lang) => ({ id: t.id, lang })));
  it.each(cases)('$id ($lang)', ({ id, lang }) => {
    const r = renderTemplate(id, tables[id], { lang, now: NOW, sourceLabel: `samples/${id}` });
    expect(r.ok, JSON.stringify(!r.ok && r.error)).toBe(true);
    if (!r.ok) return;
    const md = planMarkdown(r.plan);
    expectGolden(new URL(`../golden/plans/${id}.${lang}.md`, import.meta.url), md);
  });
});
