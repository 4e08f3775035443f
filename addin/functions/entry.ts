// Excel functions script: associates every registry function with its id (the generated table) in the shared runtime.
import { langFromLocale, type Lang } from '../../core/i18n/lang';
import { associateAll } from './associate.generated';

/**
 * Messages follow Excel's UI language, read at each call: `Office.context.displayLanguage` is a plain
 * property (no request), undefined before Office.js is ready (then en-US).
 * https://learn.microsoft.com/en-us/javascript/api/office/office.context#office-office-context-displaylanguage-member
 */
function uiLang(): Lang {
  return langFromLocale(typeof Office !== 'undefined' && Office ? Office.context?.displayLanguage : undefined);
}

associateAll(CustomFunctions, uiLang);
