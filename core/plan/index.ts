// The plan layer's public surface: renderSpec and what a host needs around it (renderTemplate, by id: core/renderTemplate.ts).
export { renderSpec, MAX_ROWS } from './render';
export type { RenderOptions, RenderResult, RenderError, SourceTable } from './render';
export { matchHeaders, headerKey } from './matchHeaders';
export type { HeaderMatch, MappingOverride } from './matchHeaders';
export { toDialect, EXCEL_NAMESPACE } from './dialect';
export type { Dialect } from './dialect';
export { uniqueSheetName, sanitizeSheetName, MAX_SHEET_NAME } from './sheetName';
export { colLetter, cell, rangeA1 } from './a1';
export { isPlanError, cachedAsValue } from './builder';
export type * from './types';
export { FORMULA_MODES } from './types';
