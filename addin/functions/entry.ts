// Excel functions script: associates every registry function with its id (the generated table) in the shared runtime.
import { setMessageLang } from '../../core/values/errors';
import { langFromLocale } from '../../core/i18n/lang';
import { associateAll } from './associate.generated';

// Messages follow Excel's UI language once Office.js is ready (en-US until then).
if (typeof Office !== 'undefined' && Office && typeof Office.onReady === 'function') {
  void Office.onReady(() => setMessageLang(langFromLocale(Office.context?.displayLanguage)));
}

associateAll(CustomFunctions);
