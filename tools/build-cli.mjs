// Build step: bundles the command line (core + cli, ExcelJS left external) into dist/cli/dealerkit.mjs.
import { build } from 'esbuild';
import { join } from 'node:path';

export default async function buildCli({ root, dist }) {
  await build({
    entryPoints: [join(root, 'cli/index.ts')],
    outfile: join(dist, 'cli/dealerkit.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['exceljs'],
    logLevel: 'warning',
    charset: 'utf8',
  });
}
