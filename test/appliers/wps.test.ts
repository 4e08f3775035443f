// The WPS applier over the recording ET fake: every template at 10 / 1,000 / 100,000 rows, host calls constant in rows, clean failures.
import { describe, expect, it } from 'vitest';
import { absoluteRanges, rangeA1 } from '../../core/plan/a1';
import { toDialect } from '../../core/plan/dialect';
import { renderTemplate } from '../../core/renderTemplate';
import type { SheetPlan } from '../../core/plan/types';
import { templates } from '../../core/templates/index';
import { applyPlanWps, bgr, WpsApplyError } from '../../wps/applier/applyPlan';
import { FakeEtWorkbook, key } from '../fakes/fakeWps';
import { NOW, scaledPlan, scaledTable } from '../helpers/scaled';
import { expandedBlocks } from '../../core/plan/copiedDown';

function workbook() {
  const wb = new FakeEtWorkbook(['Sheet1', '数据']);
  const s = wb.sheet('Sheet1')!;
  s.values.set(key(0, 0), '经销商');
  s.formulas.set(key(1, 1), '=A2*2');
  return wb;
}
const snapshot = (wb: FakeEtWorkbook, name: string) => {
  const s = wb.sheet(name)!;
  return JSON.stringify([[...s.values], [...s.formulas]]);
};

/** Every cell the plan writes reads back as the plan says: text as text, formulas in Excel's (= WPS's) dialect. */
function expectMatches(wb: FakeEtWorkbook, plan: SheetPlan) {
  const s = wb.sheet(plan.name)!;
  expect(s).toBeTruthy();
  const bad: string[] = [];
  // the last block to write a cell decides it
  const want = new Map<string, { v?: unknown; f?: string }>();
  for (const b of expandedBlocks(plan.blocks)) {
    if (b.kind === 'values') b.values.forEach((row, r) => row.forEach((v, c) => v !== null && v !== '' && want.set(key(b.row + r, b.col + c), { v })));
    else if (b.spill) want.set(key(b.row, b.col), { f: toDialect(b.formulas[0][0]!, 'excel') });
    else b.formulas.forEach((row, r) => row.forEach((f, c) => f !== null && want.set(key(b.row + r, b.col + c), { f: toDialect(f, 'excel') })));
  }
  for (const [k, w] of want) {
    if (w.f !== undefined ? s.formulas.get(k) !== w.f : s.formulas.has(k) || s.values.get(k) !== w.v) bad.push(`${k}: ${String(s.values.get(k) ?? s.formulas.get(k))} ≠ ${String(w.f ?? w.v)}`);
    if (bad.length > 5) break;
  }
  expect(bad).toEqual([]);
  expect(s.validations.length).toBe(plan.validations.length);
  expect(s.conditionalFormats.map((c) => c.formula)).toEqual(plan.conditionalFormats.map((c) => toDialect(c.formula, 'excel')));
  expect(s.pageSetup).toMatchObject({ PaperSize: 9, Orientation: plan.print.landscape ? 2 : 1, FitToPagesWide: 1, Zoom: false });
  // every chart drawn, so its place prints too (as in Excel)
  const areas = [...plan.print.areas, ...plan.print.chartAreas];
  if (areas.length) expect(s.pageSetup.PrintArea).toBe(absoluteRanges(areas));
  expect([...s.hiddenColumns].sort()).toEqual([...plan.hiddenColumns].sort());
  // charts as the plan maps them (the Excel applier's mapping): type, title, each series from its own column
  const type = { bar: 57, column: 51, line: 4, scatter: -4169, pareto: 51 } as const;
  expect(
    s.charts.map((c) => ({ type: c.type, title: c.title, series: c.series.map((x) => [x.name, x.values, x.xValues, x.chartType ?? null, x.axisGroup ?? null]), axes: c.axisTitles })),
  ).toEqual(
    plan.charts.map((c) => ({
      type: type[c.type],
      title: c.title,
      series: c.series.map((x) => [x.name, `${plan.name}!${rangeA1(x.values)}`, `${plan.name}!${rangeA1(c.categories)}`, x.drawAs === 'line' && c.type !== 'line' ? 4 : null, x.secondaryAxis ? 2 : null]),
      axes: { ...(c.xTitle ? { 1: c.xTitle } : {}), ...(c.yTitle ? { 2: c.yTitle } : {}) },
    })),
  );
  expect(String(s.pageSetup.CenterFooter)).toContain(plan.lang === 'zh-CN' ? '第 &P 页 / 共 &N 页' : 'Page &P of &N');
  expect(s.pageBreaks.length).toBe(plan.print.rowBreaks.length);
  if (plan.frozenRows) expect(wb.window).toMatchObject({ SplitRow: plan.frozenRows, FreezePanes: true });
}

/** Figures for the report: host calls per template and size. */
const figures: Record<string, Record<number, number>> = {};
const shapes: Record<string, Record<number, string>> = {};

/** What decides the applier's calls: the blocks (kind, spill) and the counts of formats, merges, rules and charts, not the rows. */
function planShape(plan: SheetPlan): string {
  return JSON.stringify([plan.blocks.map((b) => (b.kind === 'formulas' ? (b.spill ? 's' : 'f') : b.kind === 'copiedDown' ? 'c' : 'v')).join(''), plan.formats.length, plan.merges.length, plan.validations.length, plan.conditionalFormats.length, plan.charts.length]);
}

describe('WPS applier', () => {
  for (const t of templates) {
    describe(t.id, () => {
      it.each([10, 1000, 100_000])('%i rows: the sheet matches the plan; host calls do not grow with rows', { timeout: 300_000 }, (n) => {
        if (t.layout === 'cards' && n === 100_000) {
          const r = renderTemplate(t.id, scaledTable(t.id, n));
          expect(r.ok).toBe(false);
          return;
        }
        for (const formulas of ['portable', 'dk'] as const) {
          const wb = workbook();
          wb.keepCells = n <= 1000;
          const before = snapshot(wb, 'Sheet1');
          const plan = renderTemplate(t.id, scaledTable(t.id, n), { now: NOW, existingSheetNames: wb.sheets.map((s) => s.name), formulas });
          if (!plan.ok) throw new Error(plan.error.message['en-US']);
          const res = applyPlanWps(plan.plan, wb.app);
          expect(res.sheetName).toBe(plan.plan.name);
          if (n <= 1000) expectMatches(wb, plan.plan);
          expect(snapshot(wb, 'Sheet1')).toBe(before);
          expect(wb.sheets.map((s) => s.name)).toEqual(['Sheet1', '数据', plan.plan.name]);
          expect(wb.app.ScreenUpdating).toBe(true);
          // page breaks are one call per customer card (a page each): counted apart
          const calls = wb.calls.filter((c) => c.call !== 'HPageBreaks.Add').length;
          (figures[`${t.id} ${formulas}`] ??= {})[n] = calls;
          (shapes[`${t.id} ${formulas}`] ??= {})[n] = planShape(plan.plan);
        }
        if (n === 100_000 || (t.layout === 'cards' && n === 1000)) {
          for (const formulas of ['portable', 'dk']) {
            const f = figures[`${t.id} ${formulas}`];
            const shape = shapes[`${t.id} ${formulas}`];
            // the same plan shape takes the same calls at any size; a column past its function's portable
            // maxRows is written as values with a note (a different shape), and then a few calls differ
            if (shape[n] === shape[10]) expect(f[n], `${t.id} ${formulas}: ${JSON.stringify(f)}`).toBe(f[10]);
            else expect(Math.abs(f[n] - f[10]), `${t.id} ${formulas}: ${JSON.stringify(f)}`).toBeLessThanOrEqual(8);
          }
        }
      });

      it('an injected failure removes only the new sheet', () => {
        for (const failOn of ['Formula', 'FormatConditions.Add', 'Value2', 'PageSetup.PrintArea']) {
          const wb = workbook();
          const before = snapshot(wb, 'Sheet1');
          wb.failOn = failOn;
          const plan = scaledPlan(t.id, 50, wb.sheets.map((s) => s.name));
          let err: unknown = null;
          try {
            applyPlanWps(plan, wb.app);
          } catch (e) {
            err = e;
          }
          if (!wb.calls.some((c) => c.call === failOn)) continue; // this template makes no such call
          expect(err).toBeInstanceOf(WpsApplyError);
          expect((err as WpsApplyError).messages['zh-CN']).toContain('已删除未完成的新工作表');
          expect(wb.sheets.map((s) => s.name)).toEqual(['Sheet1', '数据']);
          expect(snapshot(wb, 'Sheet1')).toBe(before);
          expect(wb.app.DisplayAlerts).toBe(true);
        }
      });
    });
  }

  describe('a chart WPS refuses is a note, not a failed fill', () => {
    const withCharts = templates.filter((t) => renderTemplate(t.id, scaledTable(t.id, 20), { now: NOW }).ok && scaledPlan(t.id, 20).charts.length > 0);
    it('some templates have charts', () => expect(withCharts.length).toBeGreaterThan(0));
    it.each(withCharts.map((t) => t.id))('%s: AddChart2 or a series refused', (id) => {
      for (const failOn of ['Shapes.AddChart2', 'Series.Values', 'AxisTitle.Text']) {
        const wb = workbook();
        wb.failOn = failOn;
        const plan = scaledPlan(id, 20, wb.sheets.map((s) => s.name));
        const res = applyPlanWps(plan, wb.app);
        if (!wb.calls.some((c) => c.call === failOn)) continue; // no chart here has an axis title
        const s = wb.sheet(plan.name)!;
        expect(wb.sheets.map((x) => x.name)).toEqual(['Sheet1', '数据', plan.name]);
        // the table is written; the failed chart is not left half-made; the note names it in both languages
        // the injected failure throws at every such call: a chart fails when it makes that call
        const survives = plan.charts.map((c) => failOn === 'AxisTitle.Text' && !c.xTitle && !c.yTitle);
        expect(s.charts.map((c) => c.title)).toEqual(plan.charts.filter((_, i) => survives[i]).map((c) => c.title));
        expect(res.notes.length).toBe(survives.filter((x) => !x).length);
        expect(res.notes[0]['zh-CN']).toContain('未能在 WPS 中生成');
        expect(res.notes[0]['en-US']).toContain('injected failure');
        expect(plan.print.chartAreas.length).toBe(plan.charts.length);
        expect(s.pageSetup.PrintArea).toBe(absoluteRanges([...plan.print.areas, ...plan.print.chartAreas.filter((_, i) => survives[i])]));
        expect(s.formulas.size + s.values.size).toBeGreaterThan(0);
      }
    });
  });

  it('a WPS whose Shapes has no AddChart2 gets the same charts through Shapes.AddChart', () => {
    const plan = scaledPlan('tier-visit-plan', 20, ['Sheet1', '数据']);
    expect(plan.charts.length).toBeGreaterThan(0);
    const wb = workbook();
    wb.hasAddChart2 = false;
    const res = applyPlanWps(plan, wb.app);
    expect(res.notes).toEqual([]);
    expect(wb.calls.filter((c) => c.call === 'Shapes.AddChart').length).toBe(plan.charts.length);
    expect(wb.sheet(plan.name)!.charts.map((c) => c.title)).toEqual(plan.charts.map((c) => c.title));
  });

  it('refuses a name that is taken instead of touching that sheet', () => {
    const wb = workbook();
    const plan = { ...scaledPlan('stock-order', 5), name: '数据' };
    expect(() => applyPlanWps(plan, wb.app)).toThrow(WpsApplyError);
    expect(wb.sheets).toHaveLength(2);
    expect(wb.calls.some((c) => c.call === 'Worksheets.Add')).toBe(false);
  });

  it('writes hostile text as typed text, never as a formula or number', () => {
    const evil = ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '00123', '+8613800000000', "'quoted", '2026-11-23', '1,234'];
    const r = renderTemplate('visitor-log', { headers: ['日期', '来店/来电', '顾客姓名', '备注'], rows: evil.map((s) => ['2026-11-02', '来店', s, s]) });
    if (!r.ok) throw new Error('render');
    const wb = workbook();
    applyPlanWps(r.plan, wb.app);
    const s = wb.sheet(r.plan.name)!;
    const texts = [...s.values.values()];
    for (const e of evil) expect(texts).toContain(e);
    expect([...s.formulas.values()].some((f) => evil.includes(f))).toBe(false);
  });

  it('colours go to ET as BGR longs', () => {
    expect(bgr('#FF0000')).toBe(0x0000ff);
    expect(bgr('#0000FF')).toBe(0xff0000);
    expect(bgr('#123456')).toBe(0x563412);
  });

  it('prints the call counts', () => {
    console.log(JSON.stringify(figures));
  });
});
