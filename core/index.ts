// The core's public surface (dist/core/index.mjs): every function by spreadsheet name, the registry, SheetError.
export { registry, findFunction, portableFormula, portableHelpers } from './functions/index';
// each function of the registry by its spreadsheet name (generated from core/functions/)
export * from './functions/exports.generated';
export { SheetError, isSheetError, ERROR_CODES } from './values/errors';
export { langFromLocale } from './i18n/lang';
export { MESSAGES } from './i18n/messages';
export { matchHeaders, toDialect, uniqueSheetName, MAX_ROWS } from './plan/index';
export { renderTemplate } from './renderTemplate';
export { templates, listTemplates } from './templates/index';
export type { SheetPlan, RenderOptions, RenderResult, SourceTable } from './plan/index';
