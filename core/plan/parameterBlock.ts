// The editable parameter block right of the table (values, small matrices, live defaults) and the settings line above the table.
import { planText } from '../i18n/plan-messages';
import { cell, rect } from './a1';
import { settingsPart } from './printText';
import { COLORS, HEADER_ROW, SETTINGS_ROW } from './tableLayout';
import type { TableReport } from './tableReport';
import type { ParamSpec } from './templateSpec';
import type { RangeRef } from './types';

export class ParameterBlock {
  private readonly entries = new Map<string, { ref: RangeRef; value: ParamSpec['value'] }>();
  /** columns the block takes (0: none) */
  width = 0;
  /** the next free row of the block's column (for helper cells the formulas read) */
  nextRow = HEADER_ROW;

  constructor(
    private readonly templateId: string,
    /** the block's first column: one empty column right of the table */
    readonly col: number,
  ) {}

  /** "$M$5", or "$M$6:$O$8" for a matrix: the parameter as formulas read it */
  ref(id: string): string {
    const p = this.entries.get(id);
    if (!p) throw new Error(`template ${this.templateId}: no parameter ${id}`);
    const r = p.ref;
    return r.rows === 1 && r.cols === 1 ? cell(r.row, r.col, true) : `${cell(r.row, r.col, true)}:${cell(r.row + r.rows - 1, r.col + r.cols - 1, true)}`;
  }

  /** the parameter's value as written (a live default: the value it gives now) */
  value(id: string): ParamSpec['value'] {
    return this.entries.get(id)!.value;
  }

  /** a matrix parameter with its row labels (the table VLOOKUP reads) */
  lookupTable(id: string): string {
    const r = this.entries.get(id)!.ref;
    return `${cell(r.row, r.col - 1, true)}:${cell(r.row + r.rows - 1, r.col + r.cols - 1, true)}`;
  }

  /** Write the block (from the header row down) and the settings line; nothing when the template has no parameters. */
  write(report: TableReport) {
    const params = report.spec.params;
    if (!params.length) return;
    const sheet = report.sheet;
    const text = report.text.bind(report);
    const c = this.col;
    let r = HEADER_ROW;
    let width = 2;
    const settings: { text: string; f: string }[] = [];
    sheet.values(r, c, [[text(planText('params'))]]);
    sheet.format({ range: rect(r, c, 1, 2), bold: true, fill: COLORS.paramHead });
    r++;
    for (const p of params) {
      if (Array.isArray(p.value)) {
        const m = p.value;
        const head = [text(p.label), ...(p.colLabels ?? []).map((l) => text(l))];
        sheet.values(r, c, [head]);
        sheet.format({ range: rect(r, c, 1, head.length), bold: true });
        r++;
        sheet.values(r, c, m.map((row, i) => [p.rowLabels?.[i] ?? '', ...row]));
        const ref = rect(r, c + 1, m.length, m[0].length);
        sheet.format({ range: ref, fill: COLORS.param, border: 'thin', ...(p.numberFormat ? { numberFormat: p.numberFormat } : {}) });
        this.entries.set(p.id, { ref, value: p.value });
        width = Math.max(width, head.length);
        settings.push(settingsPart(text(p.label), m, ref, p.rowLabels, p.numberFormat));
        r += m.length;
      } else if (p.compute) {
        sheet.values(r, c, [[text(p.label)]]);
        const ref = rect(r, c + 1, 1, 1);
        this.entries.set(p.id, { ref, value: p.value });
        const { f, v } = p.compute(report);
        sheet.formulas(r, c + 1, [[f]], [[v]]);
        this.entries.set(p.id, { ref, value: v });
        sheet.format({ range: ref, fill: COLORS.param, border: 'thin', ...(p.numberFormat ? { numberFormat: p.numberFormat } : {}) });
        settings.push(settingsPart(text(p.label), [[v]], ref, undefined, p.numberFormat));
        r++;
      } else {
        sheet.values(r, c, [[text(p.label), p.value]]);
        const ref = rect(r, c + 1, 1, 1);
        sheet.format({ range: ref, fill: COLORS.param, border: 'thin', ...(p.numberFormat ? { numberFormat: p.numberFormat } : {}) });
        this.entries.set(p.id, { ref, value: p.value });
        settings.push(settingsPart(text(p.label), [[p.value]], ref, undefined, p.numberFormat));
        r++;
      }
      if (p.note) {
        sheet.values(r, c, [[text(p.note)]]);
        sheet.format({ range: rect(r, c, 1, 1), italic: true, fontColor: '#666666' });
        r++;
      }
    }
    sheet.width(c, 18);
    for (let k = 1; k < width; k++) sheet.width(c + k, 10);
    this.width = width;
    this.nextRow = r;
    // the settings used, as one line above the table: live text that follows edits to the block
    const lineWidth = Math.max(report.columns.count, 4);
    const prefix = text(planText('settingsUsed'));
    const sep = '  ·  ';
    const line = prefix + settings.map((x) => x.text).join(sep);
    const f = `=${quoteText(prefix)}&${settings.map((x) => x.f).join(`&${quoteText(sep)}&`)}`;
    sheet.grid(SETTINGS_ROW, 0, [[{ f, v: line }]]);
    sheet.merge(rect(SETTINGS_ROW, 0, 1, lineWidth));
    sheet.format({ range: rect(SETTINGS_ROW, 0, 1, lineWidth), italic: true, fontSize: 9, fontColor: '#555555' });
  }
}

const quoteText = (s: string) => `"${s.replace(/"/g, '""')}"`;
