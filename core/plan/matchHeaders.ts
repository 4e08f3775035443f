// Matching a source's header row to a template's fields: case-, width- and space-insensitive, zh/en/synonyms, overrides win.
import { toHalfWidth } from '../values/read';
import type { FieldSpec } from './templateSpec';

/** Header key: NFKC, half-width, lower case, without spaces and bracket/slash punctuation. */
export function headerKey(h: unknown): string {
  if (h === null || h === undefined) return '';
  return toHalfWidth(String(h).normalize('NFKC'))
    .toLowerCase()
    .replace(/[\s_\-–—/\\|:：()（）\[\]【】<>《》"'“”‘’·.,，。、]+/g, '');
}

const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** What matching reads of a field: its names and whether it is required (a pane's template summary has these too). */
export type MatchableField = Pick<FieldSpec, 'id' | 'zh' | 'en' | 'synonyms' | 'required'>;

export function candidates(f: MatchableField): string[] {
  return [f.zh, f.en, f.id, ...(f.synonyms ?? [])].map(headerKey).filter((k) => k.length > 0);
}

/** An override names a column by index or by its header text; null unmaps the field. */
export type MappingOverride = number | string | null;

export interface HeaderMatch {
  /** field id → column index in the source */
  mapping: Record<string, number>;
  /** required fields with no column */
  missing: string[];
  /** source columns no field took */
  unused: number[];
}

export function matchHeaders(
  headers: readonly unknown[],
  template: { fields: readonly MatchableField[] },
  overrides: Record<string, MappingOverride> = {},
): HeaderMatch {
  const keys = headers.map(headerKey);
  const mapping: Record<string, number> = {};
  const taken = new Set<number>();

  // 1. overrides win
  for (const f of template.fields) {
    if (!own(overrides, f.id)) continue;
    const o = overrides[f.id];
    if (o === null || o === undefined || o === '') continue;
    const idx = typeof o === 'number' ? o : keys.indexOf(headerKey(o));
    if (idx >= 0 && idx < headers.length) {
      mapping[f.id] = idx;
      taken.add(idx);
    }
  }
  const open = template.fields.filter((f) => !own(overrides, f.id));
  // 2. exact matches, 3. a header that begins with a field's name ("上次库存(箱)"), longest name first
  for (const pass of ['exact', 'prefix'] as const) {
    const tries: { f: MatchableField; idx: number; len: number }[] = [];
    for (const f of open) {
      if (own(mapping, f.id)) continue;
      for (const c of candidates(f)) {
        keys.forEach((k, idx) => {
          if (taken.has(idx) || !k) return;
          if (pass === 'exact' ? k === c : c.length >= 2 && k.startsWith(c)) tries.push({ f, idx, len: c.length });
        });
      }
    }
    tries.sort((a, b) => b.len - a.len || a.idx - b.idx);
    for (const t of tries) {
      if (own(mapping, t.f.id) || taken.has(t.idx)) continue;
      mapping[t.f.id] = t.idx;
      taken.add(t.idx);
    }
  }
  const missing = template.fields.filter((f) => f.required && !own(mapping, f.id)).map((f) => f.id);
  const unused = headers.map((_, i) => i).filter((i) => !taken.has(i));
  return { mapping, missing, unused };
}
