// The summary beside each showroom register: how many per intent level (H/A/B/C, then unrated), and a total, as live counts.
import type { GridCell } from '../plan/builder';
import type { TableReport } from '../plan/tableReport';
import { countEqF, sameCell } from './exact';
import { bi, INTENT_LEVELS, q } from './fields';
import type { Bilingual } from '../i18n/lang';

/** Counts per intent level, unrated, the total and (optionally) one more yes/no column counted where it says 是. */
export function writeIntentSummary(report: TableReport, title: Bilingual, extra?: { id: string; label: Bilingual }) {
  const R = (id: string) => report.range(id, 0, true);
  const key = report.range(report.spec.fields.find((f) => f.required)!.id, 0, true);
  const keyVals = report.values(report.spec.fields.find((f) => f.required)!.id);
  const filled = (i: number) => keyVals[i] !== null && keyVals[i] !== '';
  const intent = report.values('intent');
  const count = (pred: (i: number) => boolean) => keyVals.reduce<number>((a, _, i) => a + (filled(i) && pred(i) ? 1 : 0), 0);
  // a level is counted wherever it is written, as the formula counts it
  const rows: GridCell[][] = INTENT_LEVELS.map((lv) => [lv, { f: `=${countEqF([[R('intent'), q(lv)]])}`, v: intent.filter((x) => sameCell(x, lv)).length }]);
  rows.push([report.text(bi('未评级', 'Not rated')), { f: `=SUMPRODUCT((${key}<>"")*(${R('intent')}=""))`, v: count((i) => intent[i] === null || intent[i] === '') }]);
  rows.push([report.text(bi('合计', 'Total')), { f: `=SUMPRODUCT(--(${key}<>""))`, v: count(() => true) }]);
  if (extra) {
    const vals = report.values(extra.id);
    rows.push([report.text(extra.label), { f: `=${countEqF([[R(extra.id), q('是')]])}`, v: vals.filter((x) => sameCell(x, '是')).length }]);
  }
  report.side.block(title, [report.text(bi('意向等级', 'Intent')), report.text(bi('登记数', 'Entries'))], rows, [undefined, '0']);
}
