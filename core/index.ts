// The core's public surface (dist/core/index.mjs): the seven functions by spreadsheet name, the registry, SheetError.
export {
  registry,
  findFunction,
  portableFormula,
  SAFETYSTOCK,
  ORDERQTY,
  SAFETYSTOCKSL,
  DEALERSCORE,
  TIER,
  QUADRANT,
  VISITPLAN,
} from './functions/index';
export { SheetError, isSheetError, ERROR_CODES } from './values/errors';
export { langFromLocale } from './i18n/lang';
export { MESSAGES } from './i18n/messages';
export { renderTemplate, templates, listTemplates, matchHeaders, toDialect, uniqueSheetName, MAX_ROWS } from './plan/index';
export type { SheetPlan, RenderOptions, RenderResult, SourceTable } from './plan/index';
