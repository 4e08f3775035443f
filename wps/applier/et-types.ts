// The part of the ET object model the WPS applier calls, each member picked from et-jsapi-declare's own types.
/// <reference types="et-jsapi-declare" />

export type EtFont = Pick<Et.Font, 'Bold' | 'Italic' | 'Color' | 'Size' | 'Name'>;
export type EtBorders = Pick<Et.Borders, 'LineStyle' | 'Color'>;

export interface EtRange extends Pick<Et.Range, 'Value2' | 'Formula' | 'FormulaArray' | 'NumberFormat' | 'HorizontalAlignment' | 'WrapText' | 'ColumnWidth' | 'RowHeight' | 'Merge'> {
  readonly Font: EtFont;
  readonly Interior: Pick<Et.Interior, 'Color'>;
  readonly Borders: EtBorders;
  readonly Validation: Pick<Et.Validation, 'Add' | 'IgnoreBlank' | 'InCellDropdown'>;
  readonly FormatConditions: Pick<Et.FormatConditions, 'Add'>;
}

export type EtPageSetup = Pick<Et.PageSetup, 'PaperSize' | 'Orientation' | 'Zoom' | 'FitToPagesWide' | 'FitToPagesTall' | 'PrintTitleRows' | 'PrintArea' | 'CenterFooter'>;

export interface EtWorksheet extends Pick<Et.Worksheet, 'Name' | 'Delete' | 'Activate'> {
  Range(a1: string): EtRange;
  readonly PageSetup: EtPageSetup;
  readonly HPageBreaks: { Add(Before: EtRange): unknown };
}

export interface EtApp {
  readonly ActiveWorkbook: { readonly Worksheets: { readonly Count: number; Item(i: number | string): EtWorksheet; Add(Before?: unknown, After?: EtWorksheet): EtWorksheet } } | null;
  readonly ActiveWindow: Pick<Et.Window, 'SplitRow' | 'SplitColumn' | 'FreezePanes'> | null;
  /** screen updating off while writing (Application.ScreenUpdating, as in Excel's VBA model) */
  ScreenUpdating: boolean;
  /** confirmation dialogs (Worksheet.Delete asks one) */
  DisplayAlerts: boolean;
}
