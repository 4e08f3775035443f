// Portable reports recalculated in LibreOffice: the demo, every blank form and summaries keyed by hostile names keep DealerKit's values.
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RenderOptions, SourceTable } from '../../core/plan/render';
import { renderTemplate } from '../../core/renderTemplate';
import { templates } from '../../core/templates/index';
import { writeDemo } from '../../cli/demo';
import { applyPlanXlsx } from '../../cli/xlsx/applyPlan';
import { sampleTables } from '../../samples/index';
import { cellResult, haveLibreOffice, isFormulaCell, recalculate, sameResult, showResult, type CellResult } from '../helpers/libreoffice';

// Made now, in this machine's zone: LibreOffice's TODAY() is this machine's date, and the overdue flags
// (prospect-status, visitor-log) must be cached for the day they are recalculated on.
const NOW = new Date();
const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
/** the formula mode under test (RenderOptions.formulas) */
const PORTABLE: RenderOptions = { formulas: 'portable', now: NOW, timeZone: ZONE };

/**
 * Names that COUNTIF/SUMIF criteria would read as patterns or comparisons (issue 14 item 5): a wildcard beside a
 * name it matches (张* and 张伟), ?, ~, <>, =name, >0, <5.
 */
const HOSTILE = ['张*', '王?', '~李', '<>', '=王五', '>0', '<5', '*', '赵~*钱'];
/** The columns summaries group by (per rep, per period, per staff, per source, per reason). */
const GROUP_HEADERS = ['业务员', '月份', '接待人员', '信息来源', '原因', '失控阶段'];

/** The sample with every other distinct value of each grouping column renamed to a hostile name (the rest kept, so 张* sits beside 张伟). */
function hostileTable(t: SourceTable): SourceTable | null {
  const cols = GROUP_HEADERS.map((h) => t.headers.indexOf(h)).filter((i) => i >= 0);
  if (cols.length === 0) return null;
  let k = 0;
  const rows = t.rows.map((r) => [...r]);
  for (const c of cols) {
    const distinct = [...new Set(t.rows.map((r) => r[c]).filter((v) => typeof v === 'string' && v !== ''))];
    const rename = new Map<unknown, string>();
    distinct.forEach((v, i) => i % 2 === 0 && rename.set(v, HOSTILE[k++ % HOSTILE.length]));
    for (const r of rows) if (rename.has(r[c])) r[c] = rename.get(r[c])!;
  }
  return { headers: t.headers, rows };
}

interface Book {
  what: string;
  input: string;
  output?: string;
}

describe.skipIf(!haveLibreOffice)('portable reports recalculated in LibreOffice (recalculate always on load)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dk-lo-reports-'));
  const books: Book[] = [
    { what: 'the demo workbook', input: join(dir, 'demo.xlsx') },
    { what: 'every blank form', input: join(dir, 'blank-forms.xlsx') },
    { what: 'summaries keyed by hostile names', input: join(dir, 'hostile-names.xlsx') },
  ];
  const hostileSheets: string[] = [];
  let ms = 0;

  beforeAll(async () => {
    await writeDemo(books[0].input, NOW);
    // one workbook per kind keeps LibreOffice to one launch for all three
    const blank = new ExcelJS.Workbook();
    const names: string[] = [];
    for (const t of templates) {
      const r = renderTemplate(t.id, null, { ...PORTABLE, blank: true, existingSheetNames: names });
      if (!r.ok) throw new Error(`${t.id}: ${r.error.message['en-US']}`);
      applyPlanXlsx(r.plan, blank);
      names.push(r.plan.name);
    }
    await blank.xlsx.writeFile(books[1].input);
    const hostile = new ExcelJS.Workbook();
    const tables = sampleTables();
    for (const t of templates) {
      const table = hostileTable(tables[t.id]);
      if (!table) continue;
      const r = renderTemplate(t.id, table, { ...PORTABLE, existingSheetNames: hostileSheets });
      if (!r.ok) throw new Error(`${t.id}: ${r.error.message['en-US']}`);
      applyPlanXlsx(r.plan, hostile);
      hostileSheets.push(r.plan.name);
    }
    await hostile.xlsx.writeFile(books[2].input);
    const r = await recalculate(
      books.map((b) => b.input),
      join(dir, 'out'),
    );
    r.outputs.forEach((o, i) => (books[i].output = o));
    ms = r.ms;
    console.log(`LibreOffice recalculated the demo, ${names.length} blank forms and ${hostileSheets.length} hostile-name reports in one launch: ${Math.round(ms)} ms`);
  }, 240_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes summaries keyed by hostile names for every template that groups', () => {
    // per rep, per period, per staff/source, per reason: tier-visit-plan, target-vs-actual, daily-activity, showroom-stats, lost-sale-analysis…
    expect(hostileSheets.length).toBeGreaterThanOrEqual(5);
  });

  it.each(books.map((b) => b.what))('%s: every formula cell recalculates to the value DealerKit cached, and no cell is #NAME?', async (what) => {
    const book = books.find((b) => b.what === what)!;
    const mine = new ExcelJS.Workbook();
    await mine.xlsx.readFile(book.input);
    const theirs = new ExcelJS.Workbook();
    await theirs.xlsx.readFile(book.output!);
    const differ: string[] = [];
    const names: string[] = [];
    const dkCalls: string[] = [];
    let formulas = 0;
    for (const ws of mine.worksheets) {
      const lo = theirs.getWorksheet(ws.name);
      expect(lo, `${book.what}: LibreOffice kept the sheet ${ws.name}`).toBeDefined();
      ws.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: false }, (cell) => {
          if (!isFormulaCell(cell)) return;
          formulas++;
          if (/\bDK\./i.test(cell.formula ?? '')) dkCalls.push(`${ws.name}!${cell.address}`);
          const cached: CellResult = cellResult(cell);
          const got = cellResult(lo!.getCell(cell.address));
          if (!sameResult(got, cached)) differ.push(`${ws.name}!${cell.address}: cached ${showResult(cached)}, LibreOffice ${showResult(got)}  =${String(cell.formula).slice(0, 160)}`);
        }),
      );
      lo!.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: false }, (cell) => {
          const v = cellResult(cell);
          if (typeof v === 'object' && v.error === '#NAME?') names.push(`${ws.name}!${cell.address}`);
        }),
      );
    }
    expect(formulas, `${book.what} has formulas to check`).toBeGreaterThan(0);
    expect.soft(dkCalls.slice(0, 10), `${book.what}: portable mode writes no DK.* call`).toEqual([]);
    expect.soft(names.slice(0, 20), `${book.what}: ${names.length} cells are #NAME?`).toEqual([]);
    expect(differ.slice(0, 30), `${book.what}: ${differ.length} of ${formulas} formula cells differ after recalculation`).toEqual([]);
  });
});
