// The demo workbook `npm start` writes: every template filled from the bundled sample, plus a contents sheet.
import ExcelJS from 'exceljs';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { renderTemplate } from '../core/renderTemplate';
import { templates } from '../core/templates/index';
import { sampleTables } from '../samples/index';
import { applyPlanXlsx } from './xlsx/applyPlan';
import { onePageXlsx } from './xlsx/print';

export interface DemoSheet {
  templateId: string;
  sheet: string;
  rows: number;
  formulas: number;
  warnings: string[];
}

export async function writeDemo(path: string, now: Date = new Date()): Promise<DemoSheet[]> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'DealerKit';
  const contents = wb.addWorksheet('目录 Contents');
  contents.columns = [{ width: 34 }, { width: 40 }, { width: 10 }, { width: 60 }];
  contents.addRow(['DealerKit 演示工作簿 / demo workbook']).font = { bold: true, size: 14 };
  contents.addRow(['由 npm start 根据内置示例数据生成 / written by npm start from the bundled sample data']);
  contents.addRow([]);
  contents.addRow(['工作表 / Sheet', '模板 / Template', '行 / Rows', '说明 / Description']).font = { bold: true };
  const tables = sampleTables();
  const made: DemoSheet[] = [];
  const names = [contents.name];
  for (const t of templates) {
    const r = renderTemplate(t.id, tables[t.id], { now, existingSheetNames: names, sourceLabel: `samples/${t.id}` });
    if (!r.ok) throw new Error(`${t.id}: ${r.error.message['en-US']}`);
    applyPlanXlsx(r.plan, wb);
    names.push(r.plan.name);
    const formulas = r.plan.blocks.reduce((a, b) => a + (b.kind === 'formulas' ? b.formulas.flat().filter((f) => f !== null).length : b.kind === 'copiedDown' ? b.rows * b.formulas.length : 0), 0);
    made.push({ templateId: t.id, sheet: r.plan.name, rows: r.plan.dataRows, formulas, warnings: r.plan.warnings.map((w) => w['en-US']) });
    contents.addRow([r.plan.name, `${t.id} — ${t.name['en-US']}`, r.plan.dataRows, t.description['zh-CN']]);
  }
  onePageXlsx(contents, '目录 / Contents');
  mkdirSync(dirname(path), { recursive: true });
  await wb.xlsx.writeFile(path);
  return made;
}
