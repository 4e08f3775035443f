// A plan written in parts: the blocks cut into bounded pieces, then add → write each piece → finish, over the applier skeleton.
import { applyNewSheet } from '../../core/apply/newSheet';
import { andThen, type Maybe } from '../../core/fill/maybe';
import type { Block, SheetPlan } from '../../core/plan/types';
import type { PlanFinish } from '../wire';

/**
 * JSON characters per write call from the sidebar. google.script.run documents no size limit for an argument
 * (https://developers.google.com/apps-script/guides/html/reference/run), so this is our choice: a few MB per call
 * (at most 6 MB of UTF-8 even if every character were CJK), the order of Excel on the web's documented 5 MB per
 * request, so a 100,000-row report goes in a handful of calls rather than one of unknown fate.
 */
export const PART_CHARS = 2_000_000;

/** What one Sheets back-end does for a plan in parts: the server's functions in-process, or the same functions over google.script.run. */
export interface PartSteps<Id> {
  hasSheet(name: string): Maybe<boolean>;
  add(name: string, rows: number, cols: number): Maybe<Id>;
  writeBlocks(sheet: Id, blocks: Block[]): Maybe<void>;
  finish(sheet: Id, finish: PlanFinish): Maybe<void>;
  remove(sheet: Id): Maybe<void>;
  /** the host's error says the name was taken after the check */
  nameTaken?(e: unknown): boolean;
}

/**
 * Only what the Sheets applier reads of a block: no cached results (Sheets computes its formulas; a copied-down
 * block's cached columns are typed arrays that JSON cannot carry anyway).
 */
function forSheets(b: Block): Block {
  if (b.kind === 'values') return b;
  if (b.kind === 'copiedDown') return { kind: 'copiedDown', row: b.row, col: b.col, rows: b.rows, formulas: b.formulas, cached: [] };
  return { kind: 'formulas', row: b.row, col: b.col, formulas: b.formulas, cached: [], ...(b.spill ? { spill: true } : {}) };
}

const rowChars = (row: readonly unknown[]) => JSON.stringify(row).length + 1;

/** The blocks in order, cut by rows into parts whose JSON is at most `maxChars` characters (a single row over it is a part of its own). */
export function planParts(blocks: readonly Block[], maxChars = PART_CHARS): Block[][] {
  // nothing crosses a wire (in-process): no need to measure
  if (!Number.isFinite(maxChars)) return blocks.length ? [blocks.map(forSheets)] : [];
  const parts: Block[][] = [];
  let part: Block[] = [];
  // the part's JSON length: "[" + blocks joined by "," + "]"
  let size = 2;
  const push = (b: Block, chars: number) => {
    if (size + chars + 1 > maxChars && part.length) {
      parts.push(part);
      part = [];
      size = 2;
    }
    part.push(b);
    size += chars + 1;
  };
  for (const block of blocks.map(forSheets)) {
    if (block.kind === 'copiedDown' || (block.kind === 'formulas' && block.spill)) {
      push(block, JSON.stringify(block).length);
      continue;
    }
    const grid: readonly (readonly unknown[])[] = block.kind === 'values' ? block.values : block.formulas;
    // a piece's JSON without its rows, at the largest row number any piece can have
    const overhead = JSON.stringify(block.kind === 'values' ? { ...block, row: block.row + grid.length, values: [] } : { ...block, row: block.row + grid.length, formulas: [] }).length;
    let from = 0;
    let chars = overhead;
    const cut = (to: number) => {
      if (to > from) push(block.kind === 'values' ? { ...block, row: block.row + from, values: block.values.slice(from, to) } : { ...block, row: block.row + from, formulas: block.formulas.slice(from, to) }, chars);
      from = to;
      chars = overhead;
    };
    for (let r = 0; r < grid.length; r++) {
      const c = rowChars(grid[r]);
      // the rows so far would not fit beside what the current part holds: they close it
      if (r > from && size + chars + c + 1 > maxChars) cut(r);
      chars += c;
    }
    cut(grid.length);
  }
  if (part.length) parts.push(part);
  return parts;
}

/** insertSheet's refusal of a taken name (Sheets compares names without case), also as it arrives through google.script.run. */
export const nameTakenError = (e: unknown): boolean => /already exists/i.test(e instanceof Error ? e.message : String(e));

export function finishOf(plan: SheetPlan): PlanFinish {
  const { blocks: _blocks, ...finish } = plan;
  return finish;
}

/** Adds the plan's sheet, writes its parts and finishes it; on failure the skeleton removes that sheet. */
export function applyInParts<Id>(plan: SheetPlan, steps: PartSteps<Id>, opts: { maxChars?: number; onProgress?: (done: number, total: number) => void } = {}): Maybe<void> {
  // a new sheet has 1000 × 26 cells: the first call grows it to the plan once
  const rows = plan.extent.rows + 20;
  const cols = plan.extent.cols + 10;
  const parts = planParts(plan.blocks, opts.maxChars);
  const total = parts.length + 1;
  return applyNewSheet<Id>(plan.name, {
    hasSheet: (name) => steps.hasSheet(name),
    addSheet: (name) => steps.add(name, rows, cols),
    write: (sheet) => {
      const next = (i: number): Maybe<void> => {
        if (i === parts.length) return steps.finish(sheet, finishOf(plan));
        return andThen(steps.writeBlocks(sheet, parts[i]), () => {
          opts.onProgress?.(i + 1, total);
          return next(i + 1);
        });
      };
      return next(0);
    },
    removeSheet: (sheet) => steps.remove(sheet),
    nameTaken: steps.nameTaken,
  });
}
