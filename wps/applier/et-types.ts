// The part of the ET object model the WPS applier calls, each member picked from et-jsapi-declare's own types.
/// <reference types="et-jsapi-declare" />

export type EtFont = Pick<Et.Font, 'Bold' | 'Italic' | 'Color' | 'Size' | 'Name'>;
export type EtBorders = Pick<Et.Borders, 'LineStyle' | 'Color'>;

export interface EtRange extends Pick<Et.Range, 'Value2' | 'Formula' | 'FormulaArray' | 'NumberFormat' | 'HorizontalAlignment' | 'WrapText' | 'ColumnWidth' | 'RowHeight' | 'Merge' | 'Left' | 'Top' | 'Width' | 'Height'> {
  readonly Font: EtFont;
  readonly Interior: Pick<Et.Interior, 'Color'>;
  readonly Borders: EtBorders;
  readonly Validation: Pick<Et.Validation, 'Add' | 'IgnoreBlank' | 'InCellDropdown'>;
  readonly FormatConditions: Pick<Et.FormatConditions, 'Add'>;
  /** a helper column is hidden through its whole column (Range.EntireColumn.Hidden, as in Excel's VBA model) */
  readonly EntireColumn: Pick<Et.Range, 'Hidden'>;
}

export type EtPageSetup = Pick<Et.PageSetup, 'PaperSize' | 'Orientation' | 'Zoom' | 'FitToPagesWide' | 'FitToPagesTall' | 'PrintTitleRows' | 'PrintArea' | 'CenterFooter'>;

/*
 * Charts (et-jsapi-declare lib.et.d.ts: Shapes.AddChart2 → Shape, Shape.Chart, Chart.SeriesCollection →
 * Kso.SeriesCollection.NewSeries → Kso.MsoSeries, Chart.Axes → Kso.Axes.Item → Kso.MsoAxis). Methods are
 * narrowed to what the applier passes and reads; `EtTypingsHave` below checks the typings' own objects
 * satisfy each narrowed interface, so the applier can call nothing the typings do not declare.
 */
export type EtSeries = Pick<Kso.MsoSeries, 'Name' | 'Values' | 'XValues' | 'ChartType' | 'AxisGroup' | 'Delete'>;
export interface EtSeriesCollection extends Pick<Kso.SeriesCollection, 'Count'> {
  NewSeries(): EtSeries;
  Item(Index: number): EtSeries;
}
export interface EtAxis extends Pick<Kso.MsoAxis, 'HasTitle'> {
  readonly AxisTitle: Pick<Kso.MsoAxisTitle, 'Text'>;
}
export interface EtChart extends Pick<Et.Chart, 'HasTitle' | 'HasLegend'> {
  readonly ChartTitle: Pick<Et.ChartTitle, 'Text'>;
  SeriesCollection(): EtSeriesCollection;
  Axes(): { Item(Type: Kso.XlAxisType, AxisGroup?: Kso.XlAxisGroup): EtAxis };
}
export interface EtShape extends Pick<Et.Shape, 'Delete'> {
  readonly Chart: EtChart;
}
export interface EtShapes {
  /** Style -1: the chart type's default style (https://airsheet.wps.cn/docs/apiV2/excel/workbook/Shapes/方法/AddChart2%20方法.html) */
  AddChart2(Style: number, XlChartType: number, Left: number, Top: number, Width: number, Height: number): EtShape;
  /** the older form, for a WPS whose Shapes has no AddChart2 (both are in et-jsapi-declare's Shapes) */
  AddChart(XlChartType: number, Left: number, Top: number, Width: number, Height: number): EtShape;
}

export interface EtWorksheet extends Pick<Et.Worksheet, 'Name' | 'Delete' | 'Activate'> {
  Range(a1: string): EtRange;
  readonly PageSetup: EtPageSetup;
  readonly HPageBreaks: { Add(Before: EtRange): unknown };
  readonly Shapes: EtShapes;
}

export interface EtApp {
  readonly ActiveWorkbook: { readonly Worksheets: { readonly Count: number; Item(i: number | string): EtWorksheet; Add(Before?: unknown, After?: EtWorksheet): EtWorksheet } } | null;
  readonly ActiveWindow: Pick<Et.Window, 'SplitRow' | 'SplitColumn' | 'FreezePanes'> | null;
  /** screen updating off while writing (Application.ScreenUpdating, as in Excel's VBA model) */
  ScreenUpdating: boolean;
  /** confirmation dialogs (Worksheet.Delete asks one) */
  DisplayAlerts: boolean;
}

/** Compiles only while every object of the typings is usable where the applier's narrowed interface is asked. */
type Is<T extends U, U> = T extends U ? true : never;
export type EtTypingsHave = [Is<Et.Shapes, EtShapes>, Is<Et.Shape, EtShape>, Is<Et.Chart, EtChart>, Is<Kso.SeriesCollection, EtSeriesCollection>, Is<Kso.MsoAxis, EtAxis>];
