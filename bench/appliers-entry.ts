// Bench 3 entry (bundled by the bench): the real appliers, the recording fakes and the scaled sample plans.
export { applyPlanExcel } from '../addin/applier/applyPlan';
export { applyPlanSheets } from '../appsscript/applier/applyPlan';
export { finishOf, planParts } from '../appsscript/applier/parts';
export { applyPlanXlsx } from '../cli/xlsx/applyPlan';
export { FakeWorkbookState, fakeExcel } from '../test/fakes/fakeExcel';
export { FakeSpreadsheet, appsScriptGlobals } from '../test/fakes/fakeSheets';
export { scaledPlan } from '../test/helpers/scaled';
export { toDialect } from '../core/plan/dialect';
export { asTypedText } from '../core/plan/textSafety';
export { expandedBlocks } from '../core/plan/copiedDown';
