// Bench 6 child: one .xlsx write of the scaled stock-order report in a fresh process, so its peak memory is its own.
// argv: bundle path, writer (stream | memory | cli), rows, output file. Prints one JSON line.
import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [bundle, writer, rowsText, out] = process.argv.slice(2);
const m = await import(pathToFileURL(bundle).href);
const rows = Number(rowsText);
const peakMB = () => process.resourceUsage().maxRSS / 1024;
/** CPU time of the whole process (the zip's deflate runs on other threads), steadier than wall time on a busy machine. */
const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let result;
if (writer === 'cli') {
  // the whole command: read a CSV, render, write
  const t = m.scaledTable('stock-order', rows);
  const q = (v) => (v === null || v === undefined ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  const csv = out.replace(/\.xlsx$/, '.csv');
  writeFileSync(csv, [t.headers, ...t.rows].map((r) => r.map(q).join(',')).join('\n'));
  global.gc?.();
  const before = peakMB();
  const c0 = cpuMs();
  const t0 = performance.now();
  const code = await m.run(['fill', 'stock-order', '--in', csv, '--out', out, '--force'], { out: () => {}, err: (s) => console.error(s) });
  result = { ms: performance.now() - t0, cpu: cpuMs() - c0, code, peakMB: peakMB(), startMB: before };
} else {
  const plan = m.scaledPlan('stock-order', rows);
  global.gc?.();
  const start = process.memoryUsage().rss / 1024 / 1024;
  const c0 = cpuMs();
  const t0 = performance.now();
  if (writer === 'stream') await m.writePlanXlsx(plan, out);
  else {
    const wb = new ExcelJS.Workbook();
    m.applyPlanXlsx(plan, wb);
    await wb.xlsx.writeFile(out);
  }
  result = { ms: performance.now() - t0, cpu: cpuMs() - c0, peakMB: peakMB(), startMB: start };
}
console.log(JSON.stringify(result));
