// The command line bundle's exports (dist/cli/dealerkit.mjs): the CLI runner, the demo writer, the .xlsx applier.
export { run, parseArgs, EXIT } from './main';
export { writeDemo } from './demo';
export { applyPlanXlsx } from './xlsx/applyPlan';
export { readSource, parseCsv } from './read';
