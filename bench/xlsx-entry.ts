// Bench 6 entry (bundled by the bench): both .xlsx writers, the command line and the scaled sample tables.
export { applyPlanXlsx } from '../cli/xlsx/applyPlan';
export { writePlanXlsx } from '../cli/xlsx/writeStream';
export { run } from '../cli/main';
export { scaledPlan, scaledTable } from '../test/helpers/scaled';
