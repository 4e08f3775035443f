// Legal, unique sheet names: ≤ 31 characters, none of / \ ? * [ ] :, never a leading/trailing apostrophe.
export const MAX_SHEET_NAME = 31;

export function sanitizeSheetName(title: string): string {
  let s = title.replace(/[\/\\?*\[\]:]/g, ' ').replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim();
  s = s.replace(/^'+|'+$/g, '').trim();
  return s || 'DealerKit';
}

/** Shorten by code points so a surrogate pair is never cut. */
function clip(s: string, max: number): string {
  const cps = Array.from(s);
  return cps.length <= max ? s : cps.slice(0, max).join('').trimEnd();
}

/**
 * The title made legal and unique against `existing` (case-insensitive, as both hosts compare):
 * " (2)", " (3)"… are added and the title, never the suffix, is shortened to fit.
 */
export function uniqueSheetName(title: string, existing: readonly string[]): string {
  const base = sanitizeSheetName(title);
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const first = clip(base, MAX_SHEET_NAME);
  if (!taken.has(first.toLowerCase())) return first;
  for (let k = 2; ; k++) {
    const suffix = ` (${k})`;
    const name = clip(base, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
