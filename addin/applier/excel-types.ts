// The slice of the Office.js Excel API the applier uses, declared here so the add-in needs no @types package.
export interface ExcelRange {
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  format: {
    font: { bold: boolean; italic: boolean; color: string; size: number; name: string };
    fill: { color: string };
    horizontalAlignment: string;
    verticalAlignment: string;
    wrapText: boolean;
    columnWidth: number;
    rowHeight: number;
    borders: { getItem(edge: string): { style: string; color: string } };
  };
  merge(across?: boolean): void;
  dataValidation: { rule: unknown };
  conditionalFormats: { add(type: string): { custom: { rule: { formula: string }; format: { fill: { color: string }; font: { bold: boolean; color: string } } } } };
  getCell(row: number, col: number): ExcelRange;
  address: string;
}

export interface ExcelChartSeries {
  name: string;
  chartType: string;
  axisGroup: string;
  setValues(r: ExcelRange): void;
  setXAxisValues(r: ExcelRange): void;
}

export interface ExcelChart {
  title: { text: string };
  series: { getItemAt(i: number): ExcelChartSeries; add(name?: string): ExcelChartSeries; count?: number };
  axes: { categoryAxis: { title: { text: string } }; valueAxis: { title: { text: string } } };
  setPosition(start: ExcelRange | string, end?: ExcelRange | string): void;
  legend: { visible: boolean; position: string };
}

export interface ExcelWorksheet {
  name: string;
  isNullObject: boolean;
  load(props: string): void;
  delete(): void;
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): ExcelRange;
  freezePanes: { freezeRows(n: number): void };
  pageLayout: {
    paperSize: string;
    orientation: string;
    zoom: unknown;
    headersFooters: { defaultForAllPages: { centerFooter: string } };
    setPrintTitleRows(a1: string): void;
    setPrintArea(r: ExcelRange | string): void;
  };
  horizontalPageBreaks: { add(pageBreakRange: ExcelRange | string): void };
  charts: { add(type: string, source: ExcelRange, seriesBy?: string): ExcelChart };
}

export interface ExcelRequestContext {
  workbook: {
    worksheets: {
      add(name: string): ExcelWorksheet;
      getItemOrNullObject(name: string): ExcelWorksheet;
      items: ExcelWorksheet[];
      load(props: string): void;
    };
  };
  sync(): Promise<void>;
}

export interface ExcelApi {
  run<T>(batch: (ctx: ExcelRequestContext) => Promise<T>): Promise<T>;
}
