// The slice of Apps Script's SpreadsheetApp, Charts and HtmlService the Sheets code uses, declared here (no @types needed).
export interface GRange {
  setValues(v: unknown[][]): GRange;
  setFormulas(v: string[][]): GRange;
  setFormula(f: string): GRange;
  setNumberFormat(f: string): GRange;
  setFontWeight(w: string): GRange;
  setFontStyle(s: string): GRange;
  setFontColor(c: string): GRange;
  setFontSize(n: number): GRange;
  setBackground(c: string): GRange;
  setHorizontalAlignment(a: string): GRange;
  setWrap(w: boolean): GRange;
  setBorder(top: boolean, left: boolean, bottom: boolean, right: boolean, vertical: boolean, horizontal: boolean, color?: string, style?: unknown): GRange;
  merge(): GRange;
  setDataValidation(rule: unknown): GRange;
  getValues(): unknown[][];
  getA1Notation(): string;
  getRow(): number;
  getColumn(): number;
  getNumRows(): number;
  getNumColumns(): number;
  getDataRegion(): GRange;
  getSheet(): GSheet;
}

export interface GChartBuilder {
  setChartType(t: unknown): GChartBuilder;
  addRange(r: GRange): GChartBuilder;
  setPosition(row: number, col: number, offX: number, offY: number): GChartBuilder;
  setOption(k: string, v: unknown): GChartBuilder;
  build(): unknown;
}

export interface GSheet {
  getName(): string;
  getRange(row: number, col: number, rows?: number, cols?: number): GRange;
  getRange(a1: string): GRange;
  getMaxRows(): number;
  getMaxColumns(): number;
  insertRowsAfter(after: number, n: number): void;
  insertColumnsAfter(after: number, n: number): void;
  setColumnWidth(col: number, px: number): void;
  setFrozenRows(n: number): void;
  setConditionalFormatRules(rules: unknown[]): void;
  newChart(): GChartBuilder;
  insertChart(c: unknown): void;
  getActiveRange?(): GRange | null;
}

export interface GSpreadsheet {
  getSheetByName(name: string): GSheet | null;
  insertSheet(name: string, index?: number): GSheet;
  deleteSheet(s: GSheet): void;
  getSheets(): GSheet[];
  getNumSheets(): number;
  getSpreadsheetLocale(): string;
  getActiveRange(): GRange | null;
  getActiveSheet(): GSheet;
  getRangeByName(name: string): GRange | null;
}

export interface GSpreadsheetApp {
  getActiveSpreadsheet(): GSpreadsheet;
  getUi(): {
    createMenu(title: string): { addItem(label: string, fn: string): unknown; addSeparator(): unknown; addToUi(): void };
    showSidebar(html: unknown): void;
    alert(msg: string): unknown;
  };
  newDataValidation(): { requireValueInList(list: string[], dropdown: boolean): unknown; setAllowInvalid(b: boolean): unknown; build(): unknown };
  newConditionalFormatRule(): {
    whenFormulaSatisfied(f: string): unknown;
    setBackground(c: string): unknown;
    setBold(b: boolean): unknown;
    setFontColor(c: string): unknown;
    setRanges(r: GRange[]): unknown;
    build(): unknown;
  };
  BorderStyle: { SOLID: unknown };
}

export interface GCharts {
  ChartType: Record<'BAR' | 'COLUMN' | 'LINE' | 'SCATTER' | 'COMBO', unknown>;
}
