// Print defaults every plan starts from (A4, one page wide, page numbers, the CJK font) and the estimates tests check pages by.
import type { Lang } from '../i18n/lang';
import type { PrintSpec, RangeRef } from './types';

/**
 * Microsoft YaHei (微软雅黑): installed with every Windows since Vista whatever its display language (not a
 * language-pack or Office-only font like 等线 DengXian), so Excel and WPS on any Windows print the file with
 * the same CJK and Latin glyphs; a sans-serif that stays legible at 7–8 pt, where 宋体's hairlines fade.
 */
export const PRINT_FONT = { name: 'Microsoft YaHei', size: 10 } as const;

/** Excel keeps at most 1,026 manual page breaks per sheet (Excel specifications and limits). */
export const MAX_ROW_BREAKS = 1026;

/** "第 &P 页 / 共 &N 页": &P and &N are the page number and page count in Excel's header/footer codes. */
export function pageFooter(lang: Lang): string {
  return lang === 'zh-CN' ? '第 &P 页 / 共 &N 页' : 'Page &P of &N';
}

export function defaultPrint(lang: Lang): PrintSpec {
  return { paper: 'A4', landscape: true, fitToWidth: true, areas: [], chartAreas: [], rowBreaks: [], footer: pageFooter(lang), font: { ...PRINT_FONT } };
}

/** A4 in points, and the printable width inside Excel's default margins (0.7 in left and right). */
export const A4 = { width: 595, height: 842, margin: 0.7 * 72 };

/** A column width in characters (Excel's unit: the default font's digit, 7 px at Calibri 11) → points. */
export const widthPoints = (chars: number) => Math.floor(chars * 7 + 5) * 0.75;

/**
 * The scale one-page-wide printing gives: the widest printed range decides it (Excel and LibreOffice
 * scale the whole sheet by one factor). 1 when everything fits at 100%.
 */
export function fitScale(print: PrintSpec, columnWidths: number[]): number {
  const page = (print.landscape ? A4.height : A4.width) - 2 * A4.margin;
  const widest = Math.max(0, ...print.areas.map((a: RangeRef) => columnWidths.slice(a.col, a.col + a.cols).reduce((s, w) => s + widthPoints(w ?? 10), 0)));
  return widest > page ? page / widest : 1;
}
