// Word tables (methods, formats, channels, grades, tiers): null-prototype maps, so user text can never reach Object.prototype.

/**
 * A frozen lookup table without a prototype: `constructor`, `__proto__`, `toString` and
 * `hasOwnProperty` are words like any other (not found), never inherited members.
 */
export function wordTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  const table = Object.create(null) as Record<string, T>;
  for (const k of Object.keys(entries)) table[k] = entries[k];
  return Object.freeze(table);
}

const own = Object.prototype.hasOwnProperty;

/** The table's value for `key`, or undefined: own properties only (safe for any table, null-prototype or not). */
export function lookupWord<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return own.call(table, key) ? table[key] : undefined;
}
