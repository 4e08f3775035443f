// The side area right of the parameter block: titled summary blocks and notes, stacked from the header row down; printed as their own page.
import type { Bilingual, Lang } from '../i18n/lang';
import { rect } from './a1';
import type { GridCell, PlanBuilder } from './builder';
import { displayWidth } from './printText';
import { COLORS, HEADER_ROW } from './tableLayout';

export class SideArea {
  /** next free row */
  row = HEADER_ROW;
  /** columns the blocks take (for the print range and charts placed to its right) */
  width = 0;
  /** the last row a block uses (-1: none) */
  bottom = -1;

  constructor(
    private readonly sheet: PlanBuilder,
    private readonly lang: Lang,
    /**
     * the area's first column: right of the parameter block, each block column starting at the header row, so
     * the summaries print as their own page under their own title (the repeated row)
     */
    public col: number,
  ) {}

  /** A titled block: header row + rows of literals/formulas. Returns where its first row of cells went. */
  block(title: Bilingual, header: string[], rows: GridCell[][], numberFormats?: (string | undefined)[]): { row: number; col: number } {
    const sheet = this.sheet;
    const c = this.col;
    let r = this.row;
    sheet.values(r, c, [[title[this.lang]]]);
    sheet.format({ range: rect(r, c, 1, header.length), bold: true, fill: COLORS.paramHead });
    r++;
    sheet.values(r, c, [header]);
    sheet.format({ range: rect(r, c, 1, header.length), bold: true, fill: COLORS.block, border: 'thin', wrap: true });
    r++;
    const first = r;
    if (rows.length) {
      sheet.grid(r, c, rows);
      sheet.format({ range: rect(r, c, rows.length, header.length), border: 'thin' });
      numberFormats?.forEach((f, k) => f && sheet.format({ range: rect(r, c + k, rows.length, 1), numberFormat: f }));
    }
    r += rows.length;
    this.width = Math.max(this.width, header.length);
    this.bottom = r - 1;
    for (let k = 0; k < header.length; k++) sheet.width(c + k, k === 0 ? 18 : 11);
    this.row = r + 1;
    return { row: first, col: c };
  }

  /** Lines of text under a bold title (notes). */
  notes(title: Bilingual, lines: Bilingual[]) {
    const sheet = this.sheet;
    const c = this.col;
    sheet.values(this.row, c, [[title[this.lang]]]);
    sheet.format({ range: rect(this.row, c, 1, 1), bold: true });
    sheet.values(this.row + 1, c, lines.map((l) => [l[this.lang]]));
    // the lines run on into the empty cells to their right: print as many columns as the longest needs
    const chars = Math.max(...lines.map((l) => displayWidth(l[this.lang])));
    sheet.width(c, 18);
    this.width = Math.max(this.width, 1 + Math.ceil(Math.max(0, chars - 18) / 11));
    this.bottom = this.row + lines.length;
    this.row += lines.length + 2;
  }
}
