// The slice of the WPS 表格 (ET) globals DealerKit's functions use, named from the unmodified et-jsapi-declare typings.
/// <reference types="et-jsapi-declare" />
import type { LangRoot } from './lang';

/** `wps.AddCustomFunction` exactly as et-jsapi-declare declares it (addon.et.d.ts). */
export type AddCustomFunction = WPS.EtAddonRoot['AddCustomFunction'];
/** The metadata argument of AddCustomFunction. */
export type WpsFunctionMetadata = NonNullable<Parameters<AddCustomFunction>[3]>;

/** What the functions script needs of the `wps` global. */
export interface WpsFunctionsRoot extends LangRoot {
  AddCustomFunction: AddCustomFunction;
}
