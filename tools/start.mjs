// `npm start`: fills every template from the bundled sample data into demo/DealerKit-demo.xlsx and says what it wrote.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { writeDemo } = await import(pathToFileURL(join(root, 'dist/cli/dealerkit.mjs')).href);
const out = join(root, 'demo/DealerKit-demo.xlsx');
const t0 = Date.now();
const sheets = await writeDemo(out);
console.log(`DealerKit demo: wrote ${out} in ${Date.now() - t0} ms`);
for (const s of sheets) {
  console.log(`  ${s.sheet.padEnd(28)} ${String(s.rows).padStart(4)} rows  ${String(s.formulas).padStart(4)} formulas   (${s.templateId})`);
  for (const w of s.warnings) console.log(`      ! ${w}`);
}
console.log(`
The demo uses portable formulas: it recalculates in Excel, WPS, LibreOffice and Google Sheets without DealerKit.
For DK.* functions (Excel with the add-in, Sheets with the script) or plain values, fill a report with
  npx dealerkit fill <template> --in data.xlsx --out r.xlsx --formulas dk|values`);
