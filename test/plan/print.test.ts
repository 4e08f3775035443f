// The print spec of every template: A4, one page wide, what prints (table, summaries, not the parameter block), text ≥ 7 pt, totals, cards.
import { describe, expect, it } from 'vitest';
import { absoluteRanges, sheetPrefix } from '../../core/plan/a1';
import { fitScale, MAX_ROW_BREAKS, widthPoints } from '../../core/plan/print';
import { displayWidth, formatNumber, headerLines, settingsPart, shownFormat } from '../../core/plan/printText';
import { renderTemplate } from '../../core/renderTemplate';
import { FIRST_DATA_ROW, HEADER_ROW, SETTINGS_ROW } from '../../core/plan/tableLayout';
import type { RangeRef, SheetPlan } from '../../core/plan/types';
import { templates } from '../../core/templates/index';
import { sampleTables } from '../../samples/index';
import { key, planGrid, shown } from '../helpers/planGrid';

const NOW = new Date(2026, 10, 24, 9, 30);
const tables = sampleTables();
const inside = (r: RangeRef, row: number, col: number) => row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;

function plan(id: string, lang: 'zh-CN' | 'en-US' = 'zh-CN', blank = false): SheetPlan {
  const r = renderTemplate(id, blank ? null : tables[id], { now: NOW, lang, blank });
  if (!r.ok) throw new Error(r.error.message['en-US']);
  return r.plan;
}

const cases = templates.flatMap((t) => (['zh-CN', 'en-US'] as const).flatMap((lang) => [false, true].map((blank) => ({ id: t.id, lang, blank, table: t.layout !== 'cards' }))));

describe('every template prints on A4, one page wide, numbered, in a CJK font', () => {
  it.each(cases)('$id ($lang, blank $blank)', ({ id, lang, blank }) => {
    const p = plan(id, lang, blank);
    expect(p.print).toMatchObject({ paper: 'A4', fitToWidth: true, repeatRows: { from: HEADER_ROW, to: HEADER_ROW }, font: { name: 'Microsoft YaHei', size: 10 } });
    expect(p.print.footer).toBe(lang === 'zh-CN' ? '第 &P 页 / 共 &N 页' : 'Page &P of &N');
    // the first range is the report from its title: every cell left of the parameter block, top to bottom
    const first = p.print.areas[0];
    expect(first).toMatchObject({ row: 0, col: 0 });
    const g = planGrid(p);
    const headerCols = [...Array(p.extent.cols).keys()].filter((c) => g.has(key(HEADER_ROW, c)) && c < (p.print.areas[1]?.col ?? p.extent.cols));
    let tableCols = 0;
    while (g.has(key(HEADER_ROW, tableCols))) tableCols++;
    for (const k of g.keys()) {
      const [r, c] = k.split(',').map(Number);
      if (c < tableCols) expect(inside(first, r, c), `cell ${k} of the table prints`).toBe(true);
    }
    expect(headerCols.length).toBeGreaterThan(0);
    // text stays readable: the one scale that fits the widest range keeps 10 pt at ≥ 7 pt
    expect(fitScale(p.print, p.columnWidths, p.hiddenColumns) * p.print.font.size).toBeGreaterThanOrEqual(7);
  });
});

describe('what prints beside the table', () => {
  // summaries, or the seeds' notes beside the table (dealer evaluation's rating standards, the visitor log's notes, …)
  const withSummaries = ['showroom-stats', 'lost-sale-analysis', 'target-vs-actual', 'tier-visit-plan', 'daily-activity', 'dealer-evaluation', 'visitor-log', 'big-customer-review', 'dealer-selection', 'target-screening', 'work-plan'];
  it.each(templates.filter((t) => t.layout !== 'cards').map((t) => t.id))('%s: summaries print, the parameter block does not', (id) => {
    const p = plan(id);
    const g = planGrid(p);
    let tableCols = 0;
    while (g.has(key(HEADER_ROW, tableCols))) tableCols++;
    const hasParams = g.has(key(HEADER_ROW, tableCols + 1)) && String(shown(g.get(key(HEADER_ROW, tableCols + 1)))).startsWith('参数');
    expect(p.print.areas.length).toBe(withSummaries.includes(id) ? 2 : 1);
    const summary = p.print.areas[1];
    for (const [k] of g) {
      const [r, c] = k.split(',').map(Number);
      if (c <= tableCols) continue;
      const printed = p.print.areas.some((a) => inside(a, r, c));
      // right of the table: summaries (from the second range's column on) print; the parameter block never does
      if (summary && c >= summary.col) expect(printed, `summary cell ${k}`).toBe(true);
      else expect(printed, `parameter cell ${k}`).toBe(false);
    }
    // summaries begin at the header row, so the repeated row on their page is their own title
    if (summary) {
      expect(summary.row).toBe(HEADER_ROW);
      expect(String(shown(g.get(key(HEADER_ROW, summary.col))))).not.toMatch(/^参数/);
    }
    // the chart's place (a note in .xlsx) is never in the print area; Excel prints the chart area itself
    for (const ch of p.charts) expect(p.print.areas.some((a) => inside(a, ch.anchor.row, ch.anchor.col))).toBe(false);
    expect(p.print.chartAreas.length).toBe(p.charts.length);
    // the settings line names every parameter with its value
    const line = g.get(key(SETTINGS_ROW, 0));
    if (hasParams) {
      expect(line?.formula).toMatch(/^="所用参数："&/);
      const spec = templates.find((t) => t.id === id)!;
      for (const prm of spec.params) expect(String(line?.cached)).toContain(prm.label['zh-CN']);
      expect(inside(p.print.areas[0], SETTINGS_ROW, 0)).toBe(true);
    } else expect(line).toBeUndefined();
  });

  it('the settings line says what was used (安全库存倍数 1.5; shares as percentages; matrices row by row)', () => {
    expect(shown(planGrid(plan('stock-order')).get(key(SETTINGS_ROW, 0)))).toBe('所用参数：安全库存倍数 1.5  ·  补货预警：库存低于安全库存的 20%');
    expect(shown(planGrid(plan('tier-visit-plan', 'en-US')).get(key(SETTINGS_ROW, 0)))).toBe('Settings used: A up to share 80%  ·  B up to share 95%  ·  Per month A 8/4/4, B 4/2/2, C 1/1/1');
    const values = plan('stock-order', 'zh-CN');
    const off = renderTemplate('stock-order', tables['stock-order'], { now: NOW, live: false });
    if (!off.ok) throw new Error('render');
    // values only: the same words, as a value
    expect(shown(planGrid(off.plan).get(key(SETTINGS_ROW, 0)))).toBe(shown(planGrid(values).get(key(SETTINGS_ROW, 0))));
    expect(planGrid(off.plan).get(key(SETTINGS_ROW, 0))?.formula).toBeUndefined();
  });
});

describe('totals read like their column and fit it', () => {
  it.each(templates.filter((t) => t.totals?.length).map((t) => t.id))('%s', (id) => {
    const p = plan(id);
    const totalRow = FIRST_DATA_ROW + p.dataRows;
    const g = planGrid(p);
    for (let c = 1; c < p.extent.cols; c++) {
      const cell = g.get(key(totalRow, c));
      if (!cell?.formula) continue;
      const formats = p.formats.filter((f) => inside(f.range, totalRow, c) && f.numberFormat);
      const column = p.formats.filter((f) => inside(f.range, FIRST_DATA_ROW, c) && f.numberFormat);
      const fmt = formats[formats.length - 1]?.numberFormat;
      expect(fmt, `total in column ${c} has a number format`).toBeDefined();
      expect(fmt).toBe(column[column.length - 1]?.numberFormat);
      expect(displayWidth(formatNumber(cell.cached as number, fmt)) + 1, `column ${c} wide enough`).toBeLessThanOrEqual(p.columnWidths[c]);
    }
  });
});

describe('customer cards', () => {
  it('one card per page: a break below each card but the last, the front/back row repeated, portrait', () => {
    const p = plan('customer-card');
    expect(p.print.landscape).toBe(false);
    const n = p.dataRows;
    expect(p.print.rowBreaks.length).toBe(n - 1);
    const g = planGrid(p);
    // the row after each break is the next card's title line
    for (const r of p.print.rowBreaks) expect(String(shown(g.get(key(r + 1, 0))))).toMatch(/^【/);
    expect(p.print.areas).toEqual([{ row: 0, col: 0, rows: FIRST_DATA_ROW + n * 24, cols: 5 }]);
  });

  it(`stops at Excel's ${MAX_ROW_BREAKS} page breaks and says so`, () => {
    const r = renderTemplate('customer-card', null, { now: NOW, blank: true, rows: MAX_ROW_BREAKS + 10 });
    if (!r.ok) throw new Error('render');
    expect(r.plan.print.rowBreaks.length).toBe(MAX_ROW_BREAKS);
    expect(r.plan.warnings.map((w) => w['en-US']).join()).toMatch(/at most 1,026 page breaks.*from card 1,028/);
  });
});

describe('print text helpers', () => {
  it('widths, wrapped lines, shown numbers', () => {
    expect(displayWidth('安全库存 ab')).toBe(11);
    expect(headerLines('今年销售较之去年', 12)).toBe(2);
    expect(headerLines('Sales', 10)).toBe(1);
    expect(headerLines('No cross-selling or price cuts', 10)).toBeGreaterThanOrEqual(4);
    expect(formatNumber(3012345.5, '#,##0.##')).toBe('3,012,345.50');
    expect(formatNumber(0.953, '0.0%')).toBe('95.3%');
    expect(formatNumber(19870.5, '#,##0')).toBe('19,871');
    expect(widthPoints(10)).toBe(56.25);
  });
  it("optional decimals fixed to what the column needs (Excel shows '258.' in #,##0.##)", () => {
    expect(shownFormat('#,##0.##', [258, 1, null, 'x'])).toBe('#,##0');
    expect(shownFormat('#,##0.##', [258, 19870.5])).toBe('#,##0.0');
    expect(shownFormat('#,##0.##', [0.25, 3])).toBe('#,##0.00');
    expect(shownFormat('#,##0.#', [0.25])).toBe('#,##0.0');
    expect(shownFormat('#,##0.##;[Red]-#,##0.##', [-20555, 4])).toBe('#,##0;[Red]-#,##0');
    expect(shownFormat('#,##0.##', [null, null])).toBe('#,##0.##');
    expect(shownFormat('0.0%', [0.5])).toBe('0.0%');
    // every written number column of the stock sheet: no optional decimals left where the data are whole
    const p = plan('stock-order');
    expect(p.formats.filter((f) => f.range.row === FIRST_DATA_ROW && f.range.col === 2 && f.numberFormat).map((f) => f.numberFormat)).toEqual(['#,##0']);
  });
  it('settings parts: ROUND for formatted numbers, cells as they are otherwise', () => {
    expect(settingsPart('倍数', [[1.5]], { row: 4, col: 13, rows: 1, cols: 1 }, undefined, '0.0#')).toEqual({ text: '倍数 1.5', f: '"倍数 "&ROUND($N$5,2)' });
    expect(settingsPart('占比', [[0.483333]], { row: 4, col: 13, rows: 1, cols: 1 }, undefined, '0.0%')).toEqual({ text: '占比 48.3%', f: '"占比 "&ROUND($N$5*100,1)&"%"' });
    expect(settingsPart('措施', [['激励']], { row: 4, col: 13, rows: 1, cols: 1 }, undefined, undefined).f).toBe('"措施 "&$N$5');
  });
  it("sheet names are quoted with apostrophes doubled, rows absolute", () => {
    expect(sheetPrefix("O'Brien's")).toBe("'O''Brien''s'!");
    expect(absoluteRanges([{ row: 0, col: 0, rows: 46, cols: 11 }, { row: 3, col: 13, rows: 5, cols: 2 }], "O'B")).toBe("'O''B'!$A$1:$K$46,'O''B'!$N$4:$O$8");
  });
});

describe('helper columns', () => {
  it("portable DEALERSCORE's item points are hidden columns named in their header, so they neither show nor print", () => {
    const r = renderTemplate('dealer-evaluation', sampleTables()['dealer-evaluation'], { formulas: 'portable', now: new Date('2026-11-24T09:30:00Z'), timeZone: 'UTC' });
    if (!r.ok) throw new Error('render');
    const p = r.plan;
    const g = planGrid(p);
    const hidden = p.hiddenColumns.map((c) => String(shown(g.get(key(HEADER_ROW, c)))));
    expect(hidden.length).toBe(8);
    for (const h of hidden) expect(h).toMatch(/（分）$/);
    // without hiding them the evaluation prints below 7 pt
    expect(fitScale(p.print, p.columnWidths) * p.print.font.size).toBeLessThan(7);
    expect(fitScale(p.print, p.columnWidths, p.hiddenColumns) * p.print.font.size).toBeGreaterThanOrEqual(7);
    const dk = renderTemplate('dealer-evaluation', sampleTables()['dealer-evaluation'], { formulas: 'dk', now: new Date('2026-11-24T09:30:00Z'), timeZone: 'UTC' });
    if (!dk.ok) throw new Error('render');
    expect(dk.plan.hiddenColumns).toEqual([]);
  });
});
