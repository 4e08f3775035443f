// WPS's UI language, from the ET object model's LanguageSettings (the same call as Office's VBA model).
/// <reference types="et-jsapi-declare" />
import type { Lang } from '../core/i18n/lang';

/** What the language read needs of the `wps` / `Application` global. */
export interface LangRoot {
  LanguageSettings?: Pick<Et.Application['LanguageSettings'], 'LanguageID'>;
}

/** msoLanguageIDUI: the language of WPS's own menus (Kso.MsoAppLanguageID in et-jsapi-declare). */
export const MSO_LANGUAGE_ID_UI = 2;

/** zh-CN when WPS's UI language is Chinese (LCIDs 2052 zh-CN, 1028 zh-TW, 3076 zh-HK, 4100 zh-SG, 5124 zh-MO). */
const ZH_LCIDS = new Set([2052, 1028, 3076, 4100, 5124]);

/** `LanguageSettings.LanguageID(msoLanguageIDUI)` as a Lang; en-US when it cannot be read. */
export function wpsUiLang(root: LangRoot | undefined): Lang {
  try {
    const id = root?.LanguageSettings?.LanguageID(MSO_LANGUAGE_ID_UI as Kso.MsoAppLanguageID);
    return typeof id === 'number' && ZH_LCIDS.has(id) ? 'zh-CN' : 'en-US';
  } catch {
    return 'en-US';
  }
}
