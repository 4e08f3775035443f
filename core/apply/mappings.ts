// What every applier writes the same way, whatever its host's calls: widths, border colour, alignment, chart types, print set-up, rules.
import { absoluteRanges } from '../plan/a1';
import { toDialect, type Dialect } from '../plan/dialect';
import { asTypedText } from '../plan/textSafety';
import type { ChartType, FormatSpec, RangeRef, SheetPlan } from '../plan/types';

/** The colour of every cell border a plan asks for. */
export const BORDER_COLOR = '#BFBFBF';

/** A column width in characters as pixels (Sheets' setColumnWidth), about 7 px a character plus padding. */
export const columnPixels = (chars: number): number => Math.round(chars * 7 + 5);
/** The same width in points (Office.js's columnWidth): 0.75 pt a pixel. */
export const columnPoints = (chars: number): number => Math.round((chars * 7 + 5) * 0.75);

/** Strings as typed text (a leading apostrophe keeps =…, +86…, 00123 from being parsed); other values as they are. */
export const typedText = <T>(v: T): T | string => (typeof v === 'string' ? asTypedText(v) : v);

/**
 * A plan's chart type in each host's words: Office.js's Excel.ChartType, Apps Script's Charts.ChartType member, and the
 * XlChartType number of the ET (VBA) object model (xlBarClustered 57, xlColumnClustered 51, xlLine 4, xlXYScatter -4169,
 * https://learn.microsoft.com/office/vba/api/excel.xlcharttype). A Pareto chart is columns with a line series over them.
 */
export const CHART_TYPES = {
  bar: { excel: 'BarClustered', sheets: 'BAR', et: 57 },
  column: { excel: 'ColumnClustered', sheets: 'COLUMN', et: 51 },
  line: { excel: 'Line', sheets: 'LINE', et: 4 },
  scatter: { excel: 'XYScatter', sheets: 'SCATTER', et: -4169 },
  pareto: { excel: 'ColumnClustered', sheets: 'COMBO', et: 51 },
} as const satisfies Record<ChartType, { excel: string; sheets: string; et: number }>;

/** Horizontal alignment in Office.js's words and as the ET model's XlHAlign numbers. */
export const H_ALIGN = {
  left: { excel: 'Left', et: -4131 },
  center: { excel: 'Center', et: -4108 },
  right: { excel: 'Right', et: -4152 },
} as const satisfies Record<NonNullable<FormatSpec['hAlign']>, { excel: string; et: number }>;

/** The page set-up of a plan as hosts with page set-up take it (Excel, WPS, .xlsx). */
export interface PrintSetup {
  landscape: boolean;
  /** one page wide, as many tall as it takes */
  fitToWidth: boolean;
  /** the rows repeated on every page, as `$4:$4` */
  titleRows?: string;
  /** the print area, absolute (`$A$1:$K$46,…`: LibreOffice ignores relative rows); undefined: no area */
  area?: string;
  /** the centre footer with its font named, so CJK page numbers print in the sheet's font */
  footer: string;
  /** 0-based rows that start a new page (a manual break above each) */
  pageStarts: number[];
}

/**
 * `charts`: true where the host draws the native charts, so their places print too (Excel); false where it draws none
 * (the .xlsx writer has only a note there); or the places of the charts it did draw (WPS may refuse one: then only
 * cells are there, and that place is left out).
 */
export function printSetup(plan: SheetPlan, opts: { charts: boolean | readonly RangeRef[]; sheet?: string }): PrintSetup {
  const p = plan.print;
  const same = (a: RangeRef, b: RangeRef) => a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;
  const drawn = opts.charts;
  const charts = drawn === true ? p.chartAreas : drawn === false ? [] : p.chartAreas.filter((a) => drawn.some((d) => same(a, d)));
  const areas: RangeRef[] = [...p.areas, ...charts];
  return {
    landscape: p.landscape,
    fitToWidth: p.fitToWidth,
    ...(p.repeatRows ? { titleRows: `$${p.repeatRows.from + 1}:$${p.repeatRows.to + 1}` } : {}),
    ...(areas.length ? { area: absoluteRanges(areas, opts.sheet) } : {}),
    footer: `&"${p.font.name},Regular"&9${p.footer}`,
    pageStarts: p.rowBreaks.map((r) => r + 1),
  };
}

/** A conditional format as every host adds it: the range, the formula in the host's dialect, the style. */
export interface ConditionalRule {
  range: RangeRef;
  formula: string;
  fill?: string;
  fontColor?: string;
  bold: boolean;
}

export function conditionalRules(plan: Pick<SheetPlan, 'conditionalFormats'>, dialect: Dialect): ConditionalRule[] {
  return plan.conditionalFormats.map((cf) => ({
    range: cf.range,
    formula: toDialect(cf.formula, dialect),
    ...(cf.style.fill ? { fill: cf.style.fill } : {}),
    ...(cf.style.fontColor ? { fontColor: cf.style.fontColor } : {}),
    bold: !!cf.style.bold,
  }));
}

/** A drop-down's list as a list validation's source (`a,b,c`); every host refuses other entries (alert style Stop). */
export const listSource = (list: readonly string[]): string => list.join(',');
