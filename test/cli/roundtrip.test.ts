// Round trip: fill each template into .xlsx, read it back with ExcelJS, compare names, headers, formulas and cached results with the plan.
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rangeA1 } from '../../core/plan/a1';
import { cachedAsValue, isPlanError } from '../../core/plan/builder';
import { toDialect } from '../../core/plan/dialect';
import { renderTemplate } from '../../core/renderTemplate';
import { HEADER_ROW } from '../../core/plan/tableLayout';
import type { PlanCached, SheetPlan } from '../../core/plan/types';
import { templates } from '../../core/templates/index';
import { applyPlanXlsx } from '../../cli/xlsx/applyPlan';
import { sampleTables } from '../../samples/index';
import { HOSTILE_TEXT } from '../plan/safety.test';
import { expandedBlocks } from '../../core/plan/copiedDown';

const dir = mkdtempSync(join(tmpdir(), 'dk-xlsx-'));
const NOW = new Date(2026, 10, 24, 9, 30);

async function roundTrip(plans: SheetPlan[], values = false): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  for (const p of plans) applyPlanXlsx(p, wb, { values });
  const file = join(dir, `${Math.random().toString(36).slice(2)}.xlsx`);
  await wb.xlsx.writeFile(file);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(file);
  return back;
}

/** ExcelJS reads cells with a date format back as Dates: compare them as serials. */
const serial = (v: unknown) => (v instanceof Date ? (v.getTime() - Date.UTC(1899, 11, 30)) / 86400000 : v);

function expectCached(v0: ExcelJS.CellValue, want: PlanCached, where: string) {
  const v = serial(v0) as ExcelJS.CellValue;
  // ExcelJS's reader drops a cached 0 (the file holds <v>0</v>: see the XML test below)
  if (want === 0 && v === undefined) return;
  if (isPlanError(want)) expect((v as { error?: string })?.error, where).toBe(want.error);
  else if (typeof want === 'number') expect(v as number, where).toBeCloseTo(want, 9);
  else if (want === '' || want === null) expect(v === null || v === '' || v === undefined, `${where}: ${JSON.stringify(v)}`).toBe(true);
  else expect(v, where).toBe(want);
}

describe('.xlsx round trip of every template', () => {
  const tables = sampleTables();
  const plans = templates.map((t) => {
    const r = renderTemplate(t.id, tables[t.id], { now: NOW, existingSheetNames: [] });
    if (!r.ok) throw new Error(r.error.message['en-US']);
    return r.plan;
  });
  let wb: ExcelJS.Workbook;
  it('writes and reads back one workbook with a sheet per template', async () => {
    wb = await roundTrip(plans);
    expect(wb.worksheets.map((w) => w.name)).toEqual(plans.map((p) => p.name));
  });

  it.each(plans.map((p) => [p.templateId, p] as const))('%s: headers, every formula text and every cached result', (_id, plan) => {
    const ws = wb.getWorksheet(plan.name)!;
    for (const b of expandedBlocks(plan.blocks)) {
      if (b.kind === 'values') {
        b.values.forEach((row, r) => row.forEach((v, c) => v !== null && expect(serial(ws.getCell(b.row + r + 1, b.col + c + 1).value), `${plan.name} ${b.row + r + 1},${b.col + c + 1}`).toEqual(v)));
        continue;
      }
      if (b.spill) {
        const master = ws.getCell(b.row + 1, b.col + 1);
        const f = master.value as ExcelJS.CellFormulaValue & { ref?: string; shareType?: string };
        expect(f.formula).toBe(toDialect(b.formulas[0][0]!, 'excel').slice(1));
        expect(f.shareType).toBe('array');
        expect(f.ref).toBe(rangeA1({ row: b.row, col: b.col, rows: b.cached.length, cols: b.cached[0].length }));
        b.cached.forEach((row, r) =>
          row.forEach((want, c) => {
            const cell = ws.getCell(b.row + r + 1, b.col + c + 1);
            const v = r === 0 && c === 0 ? (cell.value as ExcelJS.CellFormulaValue).result : cell.value;
            expectCached(v as ExcelJS.CellValue, want, `${plan.name} ${cell.address}`);
          }),
        );
      } else {
        b.formulas.forEach((row, r) =>
          row.forEach((f, c) => {
            if (f === null) return;
            const cell = ws.getCell(b.row + r + 1, b.col + c + 1);
            const v = cell.value as ExcelJS.CellFormulaValue;
            expect(v.formula, cell.address).toBe(toDialect(f, 'excel').slice(1));
            expectCached(v.result as ExcelJS.CellValue, b.cached[r][c], `${plan.name} ${cell.address}`);
          }),
        );
      }
    }
    // header cells
    const headers = plan.blocks.find((b) => b.kind === 'values' && b.row === HEADER_ROW && b.col === 0);
    if (headers && headers.kind === 'values') headers.values[0].forEach((h, c) => expect(ws.getCell(HEADER_ROW + 1, c + 1).value).toBe(h));
    // panes and print set-up
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: plan.frozenRows });
    expect(ws.pageSetup.orientation).toBe(plan.print.landscape ? 'landscape' : 'portrait');
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    // ExcelJS reads back the first range of a print area, without the $
    expect(ws.pageSetup.printArea?.split('&&')[0]).toBe(rangeA1(plan.print.areas[0]));
    expect(ws.pageSetup.printTitlesRow).toBe(`${plan.print.repeatRows!.from + 1}:${plan.print.repeatRows!.to + 1}`);
    expect(ws.headerFooter.oddFooter).toContain(plan.lang === 'zh-CN' ? '第 &P 页 / 共 &N 页' : 'Page &P of &N');
    // ExcelJS does not read row breaks back: 'print set-up in the file' below checks them in the XML
    expect(ws.getCell(HEADER_ROW + 2, 1).font?.name).toBe('Microsoft YaHei');
  });

  const dk = renderTemplate('stock-order', tables['stock-order'], { now: NOW, formulas: 'dk' });
  if (!dk.ok) throw new Error('render');
  it('in dk mode DealerKit columns are legacy array formulas in the DK namespace', async () => {
    const ws = (await roundTrip([dk.plan])).worksheets[0];
    const v = ws.getCell('I5').value as ExcelJS.CellFormulaValue;
    expect(v.formula).toBe('DK.SAFETYSTOCK(C5:C44,D5:D44,E5:E44,$N$5)');
  });

  it('portable columns are native formulas in every row, with no DealerKit function', () => {
    const ws = wb.getWorksheet(plans[0].name)!;
    for (const a of ['I5', 'I44', 'J5', 'J44']) {
      const v = ws.getCell(a).value as ExcelJS.CellFormulaValue;
      expect(v.formula, a).toMatch(/^IF\(/);
      expect(v.formula, a).not.toMatch(/DK\.|SAFETYSTOCK|ORDERQTY/);
    }
  });

  it('--values writes the core values and no formulas', async () => {
    const v = await roundTrip([dk.plan], true);
    const ws = v.worksheets[0];
    let formulas = 0;
    ws.eachRow((row) => row.eachCell((c) => (c.formula ? formulas++ : 0)));
    expect(formulas).toBe(0);
    const b = dk.plan.blocks.find((x) => x.kind === 'formulas' && x.spill)!;
    if (b.kind === 'formulas') expect(ws.getCell(b.row + 1, b.col + 1).value).toEqual(cachedAsValue(b.cached[0][0]));
  });
});

describe('the file itself', () => {
  it('stores a cached 0 as <v>0</v> (what other programs show before recalculating)', async () => {
    // JSZip comes with ExcelJS
    const JSZip = (await import('jszip')).default;
    const r = renderTemplate('stock-order', { headers: ['经销商', '上次库存', '上次订货', '本次库存'], rows: [['a', 50, 0, 50]] }, { now: NOW, formulas: 'dk' });
    if (!r.ok) throw new Error('render');
    const wb = new ExcelJS.Workbook();
    applyPlanXlsx(r.plan, wb);
    const file = join(dir, 'zero.xlsx');
    await wb.xlsx.writeFile(file);
    const { readFileSync } = await import('node:fs');
    const xml = await (await JSZip.loadAsync(readFileSync(file))).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml).toMatch(/<c r="I5"[^>]*><f t="array" ref="I5:I5">DK\.SAFETYSTOCK\(C5:C5,D5:D5,E5:E5,\$N\$5\)<\/f><v>0<\/v><\/c>/);
  });
});

describe('blank forms', () => {
  it.each(templates.map((t) => t.id))('%s carries its formulas and validation', async (id) => {
    const r = renderTemplate(id, null, { rows: 12, now: NOW });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const wb = await roundTrip([r.plan]);
    const ws = wb.worksheets[0];
    const formulaBlocks = r.plan.blocks.filter((b) => b.kind === 'formulas');
    for (const b of formulaBlocks) {
      if (b.kind !== 'formulas') continue;
      const first = b.formulas.flat().find((f) => f !== null)!;
      const at = b.formulas.findIndex((row) => row.some((f) => f !== null));
      const col = b.formulas[at].findIndex((f) => f !== null);
      expect((ws.getCell(b.row + at + 1, b.col + col + 1).value as ExcelJS.CellFormulaValue).formula).toBe(toDialect(first, 'excel').slice(1));
    }
    for (const v of r.plan.validations) {
      for (const row of [v.range.row, v.range.row + v.range.rows - 1]) {
        const dv = ws.getCell(row + 1, v.range.col + 1).dataValidation as { type: string; formulae: string[] };
        expect(dv?.type).toBe('list');
        expect(dv.formulae[0]).toBe(`"${v.list.join(',')}"`);
      }
    }
  });
});

describe('safety through the .xlsx', () => {
  it('hostile source text stays text after the round trip', async () => {
    const r = renderTemplate('visitor-log', { headers: ['日期', '来店/来电', '顾客姓名', '电话', '备注'], rows: HOSTILE_TEXT.map((s) => ['2026-11-02', '来店', s, s, s]) }, { now: NOW });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const ws = (await roundTrip([r.plan])).worksheets[0];
    HOSTILE_TEXT.forEach((s, i) => {
      for (const col of [4, 5, 11]) {
        const c = ws.getCell(5 + i, col);
        expect(c.value, c.address).toBe(s);
        expect(c.formula).toBeUndefined();
        expect(c.numFmt).toBe('@');
      }
    });
  });
});

describe('print set-up in the file', () => {
  const JSZipP = import('jszip');
  async function parts(plans: SheetPlan[]) {
    const wb = new ExcelJS.Workbook();
    for (const p of plans) applyPlanXlsx(p, wb);
    const buf = await wb.xlsx.writeBuffer();
    const zip = await (await JSZipP).default.loadAsync(buf as ArrayBuffer);
    const read = (name: string) => zip.file(name)!.async('string');
    return { workbook: await read('xl/workbook.xml'), sheets: await Promise.all(plans.map((_, i) => read(`xl/worksheets/sheet${i + 1}.xml`))) };
  }
  const unxml = (s: string) => s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

  it("quotes a title with apostrophes (O'Brien's) and writes absolute rows, one name per sheet holding every range", async () => {
    const r = renderTemplate('tier-visit-plan', sampleTables()['tier-visit-plan'], { now: NOW, title: "O'Brien's" });
    if (!r.ok) throw new Error('render');
    expect(r.plan.print.areas.length).toBe(2);
    const { workbook } = await parts([r.plan]);
    const names = [...unxml(workbook).matchAll(/<definedName name="([^"]+)" localSheetId="0">([^<]*)<\/definedName>/g)].map((m) => [m[1], m[2]]);
    const q = "'O''Brien''s 2026-11-24'!";
    expect(names).toEqual([
      ['_xlnm.Print_Area', `${q}$A$1:$J$46,${q}$Q$4:$V$19`],
      ['_xlnm.Print_Titles', `${q}$4:$4`],
    ]);
  });

  it('A4, one page wide, page numbers in the font, a break below every customer card', async () => {
    const r = renderTemplate('customer-card', sampleTables()['customer-card'], { now: NOW });
    if (!r.ok) throw new Error('render');
    const { sheets } = await parts([r.plan]);
    const xml = unxml(sheets[0]);
    expect(xml).toMatch(/<pageSetup paperSize="9" orientation="portrait"[^>]* fitToWidth="1" fitToHeight="0"/);
    expect(xml).toMatch(/<sheetPr[^>]*>.*<pageSetUpPr fitToPage="1"\/>/s);
    expect(xml).toContain('<oddFooter>&C&"Microsoft YaHei,Regular"&9第 &P 页 / 共 &N 页</oddFooter>');
    const breaks = [...xml.matchAll(/<brk id="(\d+)" max="16383" man="1"\/>/g)].map((m) => Number(m[1]));
    // six cards of 24 rows from row 5 (the 004 fields made the back 22 lines): breaks below rows 28, 52, 76, 100, 124
    expect(breaks).toEqual([28, 52, 76, 100, 124]);
    expect(breaks).toEqual(r.plan.print.rowBreaks.map((x) => x + 1));
  });
});
