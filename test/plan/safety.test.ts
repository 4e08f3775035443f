// Safety: source text never becomes a formula or a number, sheet names are legal and new, nothing names an existing sheet.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDialect } from '../../core/plan/dialect';
import { renderTemplate } from '../../core/renderTemplate';
import { MAX_SHEET_NAME, uniqueSheetName } from '../../core/plan/sheetName';
import { templates } from '../../core/templates/index';
import { planGrid, key } from '../helpers/planGrid';
import { FIRST_DATA_ROW } from '../../core/plan/tableLayout';
import { expandedBlocks } from '../../core/plan/copiedDown';

export const HOSTILE_TEXT = ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '00123', '+8613800000000', '=HYPERLINK("http://x","y")', "'quoted"];

describe('source text stays text', () => {
  it.each(HOSTILE_TEXT)('%s in text fields is a string value, in a text-formatted column, never in a formula', (s) => {
    const r = renderTemplate('prospect-status', { headers: ['姓名或客户', '联系方式', '状态', '最近接触'], rows: [[s, s, s, '2026-11-01']] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const g = planGrid(r.plan);
    for (const c of [0, 1, 7]) {
      expect(g.get(key(FIRST_DATA_ROW, c))).toEqual({ value: s });
      expect(r.plan.formats.some((f) => f.numberFormat === '@' && f.range.col === c && f.range.row === FIRST_DATA_ROW)).toBe(true);
    }
    for (const b of expandedBlocks(r.plan.blocks)) if (b.kind === 'formulas') for (const f of b.formulas.flat()) expect(f ?? '').not.toContain(s.replace(/^[=+@]/, '') || '#never#');
  });

  it.each(HOSTILE_TEXT)('%s in a number field stays the text it was (functions show #VALUE!)', (s) => {
    const r = renderTemplate('stock-order', { headers: ['经销商', '上次库存', '上次订货', '本次库存'], rows: [['a', s, 1, 1]] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const v = planGrid(r.plan).get(key(FIRST_DATA_ROW, 2))!.value;
    // numeric-looking text in a number column becomes that number; anything else stays exactly the text
    if (typeof v === 'number') expect(['-2+3', '00123', '+8613800000000']).not.toContain(s === '00123' || s === '+8613800000000' ? '' : s);
    else expect(v).toBe(s);
    expect(r.plan.warnings.length + (typeof v === 'number' ? 1 : 0)).toBeGreaterThan(0);
  });

  it('names of reps and periods are referenced by cell, never quoted into a formula', () => {
    const evil = '"),HYPERLINK("http://evil';
    const r = renderTemplate('tier-visit-plan', { headers: ['客户', '销售额', '业务员'], rows: [['a', 5, evil], ['b', 3, '=1+1']] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    for (const b of expandedBlocks(r.plan.blocks)) if (b.kind === 'formulas') for (const f of b.formulas.flat()) expect(f ?? '').not.toContain('evil');
  });
});

describe('sheet names', () => {
  it.each([
    ['安全库存与建议订货表', [], '2026-11-23', '安全库存与建议订货表 2026-11-23'],
    ['安全库存与建议订货表', ['安全库存与建议订货表 2026-11-23'], '2026-11-23', '安全库存与建议订货表 2026-11-23 (2)'],
    ['Report', ['report 2026-11-23', 'Report 2026-11-23 (2)'], '2026-11-23', 'Report 2026-11-23 (3)'],
    ['a/b\\c?d*e[f]g:h', [], '', 'a b c d e f g h'],
    ["'quoted'", [], '', 'quoted'],
    ['', [], '', 'DealerKit'],
  ])('%s with %j → %s', (title, existing, keep, want) => {
    expect(uniqueSheetName(title, existing, keep)).toBe(want);
  });

  it('a long title is shortened, never the date or the suffix', () => {
    const long = '这是一个非常非常长的报表标题需要被截短才能放进工作表名称里面去';
    const a = uniqueSheetName(long, [], '2026-11-23');
    expect(Array.from(a).length).toBeLessThanOrEqual(MAX_SHEET_NAME);
    expect(a.endsWith(' 2026-11-23')).toBe(true);
    const b = uniqueSheetName(long, [a], '2026-11-23');
    expect(b.endsWith(' 2026-11-23 (2)')).toBe(true);
    expect(Array.from(b).length).toBeLessThanOrEqual(MAX_SHEET_NAME);
  });

  it('property: always legal, never an existing name', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.array(fc.string({ maxLength: 40 }), { maxLength: 8 }), (title, existing) => {
        const n = uniqueSheetName(title, existing, '2026-11-23');
        expect(Array.from(n).length).toBeLessThanOrEqual(MAX_SHEET_NAME);
        expect(n).not.toMatch(/[\/\\?*\[\]:]/);
        expect(n.startsWith("'")).toBe(false);
        expect(existing.map((e) => e.toLowerCase())).not.toContain(n.toLowerCase());
      }),
    );
  });

  it('the renderer never plans a sheet that exists', () => {
    const existing = ['安全库存与建议订货表 2026-11-24', '安全库存与建议订货表 2026-11-24 (2)'];
    const r = renderTemplate('stock-order', null, { existingSheetNames: existing, now: new Date(2026, 10, 24) });
    expect(r.ok && r.plan.name).toBe('安全库存与建议订货表 2026-11-24 (3)');
  });
});

describe('dialects', () => {
  it.each([
    ['=SAFETYSTOCK(C5:C44,D5:D44,E5:E44)', '=DK.SAFETYSTOCK(C5:C44,D5:D44,E5:E44)'],
    ['=IFERROR(tier(B5:B9),"TIER(x)")', '=IFERROR(DK.tier(B5:B9),"TIER(x)")'],
    ['=MYTIER(A1)+X.TIER(A1)+SUM(A1)', '=MYTIER(A1)+X.TIER(A1)+SUM(A1)'],
    ['=VISITPLAN(G5:G44,"all",$M$8:$O$10)', '=DK.VISITPLAN(G5:G44,"all",$M$8:$O$10)'],
    ['="say ""QUADRANT("""&QUADRANT(A1,B1)', '="say ""QUADRANT("""&DK.QUADRANT(A1,B1)'],
    ['=TIER', '=TIER'],
  ])('%s → %s in Excel, unchanged in Sheets', (f, excel) => {
    expect(toDialect(f, 'excel')).toBe(excel);
    expect(toDialect(f, 'sheets')).toBe(f);
  });
});

describe('the renderer never throws', () => {
  it('on random tables for every template', () => {
    const cell = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.constant(null), fc.boolean(), fc.date({ noInvalidDate: false }), fc.constantFrom('=1+1', '#N/A', '１２', '50%'));
    fc.assert(
      fc.property(fc.constantFrom(...templates.map((t) => t.id)), fc.array(fc.string(), { maxLength: 8 }), fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 12 }), fc.boolean(), (id, headers, rows, live) => {
        const t = templates.find((x) => x.id === id)!;
        // half the time use the template's own headers so the fill goes through
        const hs = rows.length % 2 ? t.fields.map((f) => f.zh) : headers;
        const r = renderTemplate(id, { headers: hs, rows }, { live });
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 150 },
    );
  });
});
