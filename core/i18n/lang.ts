// The two UI languages and how a host's locale string picks one.
export type Lang = 'zh-CN' | 'en-US';
export const LANGS: readonly Lang[] = ['zh-CN', 'en-US'];

/** zh when the host's UI language or spreadsheet locale starts with `zh`, else en-US. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return typeof locale === 'string' && /^zh/i.test(locale.trim()) ? 'zh-CN' : 'en-US';
}

/** A text in both languages. */
export interface Bilingual {
  'zh-CN': string;
  'en-US': string;
}
