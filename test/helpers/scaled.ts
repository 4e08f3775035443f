// Source tables of any size for host tests: the bundled sample's rows repeated (names kept, so groups stay the same).
import { renderTemplate } from '../../core/renderTemplate';
import type { SheetPlan } from '../../core/plan/types';
import { sampleTables } from '../../samples/index';

const samples = sampleTables();

export function scaledTable(id: string, n: number) {
  const t = samples[id];
  const rows = Array.from({ length: n }, (_, i) => t.rows[i % t.rows.length]);
  return { headers: t.headers, rows };
}

export const NOW = new Date(2026, 10, 24, 9, 30);

export function scaledPlan(id: string, n: number, existing: string[] = []): SheetPlan {
  const r = renderTemplate(id, scaledTable(id, n), { now: NOW, existingSheetNames: existing });
  if (!r.ok) throw new Error(r.error.message['en-US']);
  return r.plan;
}
