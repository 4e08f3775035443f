// The hostile-input corpus: every kind of cell in every argument of every function, with the spec's expected reading.
import { registry } from '../../core/functions/index';
import type { FunctionDef, ParamDef } from '../../core/functions/types';
import type { HostArg } from '../../core/values/types';
import type { ErrorCode } from '../../core/values/errors';
import { errorValueCode, KINDS, readingFor, wordSettingCode, type Kind } from './kinds';

export interface CorpusCase {
  fn: string;
  label: string;
  args: unknown[];
  /** the same call with each hostile value replaced by its clean equivalent (a number, '' or an error code) */
  clean: unknown[];
  /** for a single hostile element: the code the spec says that element gets, if it is a reading error */
  code?: ErrorCode;
  /** where that element's result is: [row, col] in an array result, or null for a single result */
  at?: [number, number] | null;
}


/** The clean equivalent of a kind in an argument: what the spec says it reads as. */
function clean(k: Kind, ratio: boolean): unknown {
  const r = readingFor(k, ratio);
  if ('num' in r) return r.num;
  if ('blank' in r) return '';
  if ('error' in r) return r.error;
  return r.percent;
}
const codeOf = (k: Kind, ratio: boolean): ErrorCode | undefined => {
  const r = readingFor(k, ratio);
  return 'error' in r ? r.error : undefined;
};

const col = (xs: unknown[]) => xs.map((x) => [x]);

/**
 * What the spec says a kind gives in a parameter, from its metadata: the reading code for numbers, the
 * word code for word settings, only passed-through errors for text elements (a function's own words).
 */
function codeFor(p: ParamDef, k: Kind): ErrorCode | undefined {
  if (p.kind === 'setting') {
    if (p.type === 'text' && p.words) return wordSettingCode(k, Object.keys(p.words));
    if (p.type === 'number' && typeof p.ratio !== 'function') return codeOf(k, !!p.ratio);
    return undefined;
  }
  if (p.type === 'number') return codeOf(k, !!p.ratio);
  return errorValueCode(k);
}
/** The clean equivalent of a kind in a parameter: numbers read as numbers; words and matrices as they are. */
function cleanFor(p: ParamDef, k: Kind): unknown {
  const ratio = typeof p.ratio === 'function' ? true : !!p.ratio;
  return p.type === 'number' ? clean(k, ratio) : k.value;
}

/**
 * From a function's metadata and its declared corpus base (`inputs.corpusBase`): each kind in each
 * argument, as a single value and (for element and population arguments) at the top of a 2-row column.
 */
export function metadataCases(d: FunctionDef): CorpusCase[] {
  const base = d.inputs.corpusBase;
  if (!base) return [];
  const out: CorpusCase[] = [];
  d.params.forEach((p, i) => {
    for (const k of KINDS) {
      const args = [...base];
      const cleanArgs = [...base];
      args[i] = k.value as HostArg;
      cleanArgs[i] = cleanFor(p, k) as HostArg;
      const code = codeFor(p, k);
      // a setting's error is the whole result; an element's is its own cell
      out.push({ fn: d.name, label: `${p.name} = ${k.label}`, args, clean: cleanArgs, code: p.shape === 'items' ? undefined : code, at: null });
      if (p.kind === 'setting' || p.shape === 'items') {
        // a 1×1 range reads as its cell
        const one = [...base];
        const oneClean = [...base];
        one[i] = [[k.value]] as HostArg;
        oneClean[i] = [[cleanFor(p, k)]] as HostArg;
        out.push({ fn: d.name, label: `${p.name} = [[${k.label}]]`, args: one, clean: oneClean, code: p.kind === 'setting' && p.type !== 'matrix' ? code : undefined, at: null });
        if (p.shape === 'items') out.push(...itemCases(d, i, k));
        continue;
      }
      const rArgs = [...base];
      const rClean = [...base];
      rArgs[i] = col([k.value, base[i] ?? 1]) as HostArg;
      rClean[i] = col([cleanFor(p, k), base[i] ?? 1]) as HostArg;
      out.push({ fn: d.name, label: `${p.name} = [${k.label}; …]`, args: rArgs, clean: rClean, code, at: [0, 0] });
      const lArgs = [...base];
      const lClean = [...base];
      lArgs[i] = col([base[i] ?? 1, k.value]) as HostArg;
      lClean[i] = col([base[i] ?? 1, cleanFor(p, k)]) as HostArg;
      out.push({ fn: d.name, label: `${p.name} = [… ; ${k.label}]`, args: lArgs, clean: lClean, code, at: [1, 0] });
    }
  });
  return out;
}

/**
 * An item list given in the base as rows of items (SCORECARD's ratings): the kind as each item of the base row, and
 * as the first item of a second row below it. The element reads the kind as one of its items: an error value
 * passes through; what else it gives is the function's word reading, checked against the clean call only.
 */
function itemCases(d: FunctionDef, i: number, k: Kind): CorpusCase[] {
  const base = d.inputs.corpusBase!;
  const rows = base[i];
  if (!Array.isArray(rows) || !Array.isArray(rows[0])) return [];
  const p = d.params[i];
  const row = rows[0] as unknown[];
  const code = errorValueCode(k);
  const out: CorpusCase[] = [];
  const withItems = (m: unknown[][], cm: unknown[][]) => {
    const args = [...base];
    const cleanArgs = [...base];
    args[i] = m as HostArg;
    cleanArgs[i] = cm as HostArg;
    return { args, clean: cleanArgs };
  };
  row.forEach((_, j) => {
    const m = [row.map((x, c) => (c === j ? k.value : x))];
    const cm = [row.map((x, c) => (c === j ? cleanFor(p, k) : x))];
    out.push({ fn: d.name, label: `${p.name}[0][${j}] = ${k.label}`, ...withItems(m, cm), code, at: [0, 0] });
  });
  const m = [row, row.map((x, c) => (c === 0 ? k.value : x))];
  const cm = [row, row.map((x, c) => (c === 0 ? cleanFor(p, k) : x))];
  out.push({ fn: d.name, label: `${p.name}[1][0] = ${k.label}`, ...withItems(m, cm), code, at: [1, 0] });
  return out;
}

/** DEALERSCORE's rated items and weights, one hostile cell among real grades. */
function dealerScoreCases(): CorpusCase[] {
  const out: CorpusCase[] = [];
  for (const k of KINDS) {
    for (let j = 0; j < 2; j++) {
      const row = ['良好', '优秀'];
      const cleanRow: unknown[] = [...row];
      row[j] = k.value as string;
      cleanRow[j] = clean(k, false);
      out.push({ fn: 'DEALERSCORE', label: `ratings[${j}] = ${k.label}`, args: [120, 100, 110, [row], undefined], clean: [120, 100, 110, [cleanRow], undefined], code: codeOf(k, false), at: null });
    }
    out.push({ fn: 'DEALERSCORE', label: `weights = ${k.label}`, args: [120, 100, 110, [['良好', '优秀']], k.value], clean: [120, 100, 110, [['良好', '优秀']], clean(k, false)] });
  }
  return out;
}

function tierCases(): CorpusCase[] {
  const out: CorpusCase[] = [];
  for (const method of ['pareto', 'rank', 'score']) {
    const ratio = method !== 'score';
    for (const k of KINDS) {
      const values = [500, 300, k.value, 60, 40];
      const cleanValues = [500, 300, clean(k, false), 60, 40];
      out.push({ fn: 'TIER', label: `${method}: values[2] = ${k.label}`, args: [col(values), undefined, undefined, method], clean: [col(cleanValues), undefined, undefined, method], code: codeOf(k, false), at: [2, 0] });
      out.push({ fn: 'TIER', label: `${method}: a_cut = ${k.label}`, args: [col([5, 4, 3]), k.value, undefined, method], clean: [col([5, 4, 3]), clean(k, ratio), undefined, method] });
      out.push({ fn: 'TIER', label: `${method}: b_cut = ${k.label}`, args: [col([5, 4, 3]), undefined, k.value, method], clean: [col([5, 4, 3]), undefined, clean(k, ratio), method] });
    }
  }
  for (const k of KINDS) {
    out.push({ fn: 'TIER', label: `method = ${k.label}`, args: [col([5, 4, 3]), undefined, undefined, k.value], clean: [col([5, 4, 3]), undefined, undefined, k.value], code: wordSettingCode(k, ['abc' /* an alias of pareto */]), at: null });
  }
  return out;
}

function quadrantCases(): CorpusCase[] {
  const out: CorpusCase[] = [];
  const a = ['40%', '30%', '10%', '20%'];
  const b = ['50%', '10%', '10%', '60%'];
  for (const format of ['zh', 'en', 'number']) {
    for (const k of KINDS) {
      for (const which of [0, 1]) {
        const xs = [[...a], [...b]];
        const cs: unknown[][] = [[...a], [...b]];
        xs[which][1] = k.value as string;
        cs[which][1] = clean(k, true);
        out.push({ fn: 'QUADRANT', label: `${format}: share${which}[1] = ${k.label}`, args: [col(xs[0]), col(xs[1]), undefined, undefined, format], clean: [col(cs[0]), col(cs[1]), undefined, undefined, format], code: codeOf(k, true), at: [1, 0] });
      }
    }
  }
  for (const k of KINDS) {
    for (const which of [2, 3]) {
      const args: unknown[] = [col(a), col(b), undefined, undefined, 'number'];
      const cl = [...args];
      args[which] = k.value;
      cl[which] = clean(k, true);
      out.push({ fn: 'QUADRANT', label: `cut${which} = ${k.label}`, args, clean: cl });
    }
    out.push({ fn: 'QUADRANT', label: `format = ${k.label}`, args: [col(a), col(b), undefined, undefined, k.value], clean: [col(a), col(b), undefined, undefined, k.value], code: wordSettingCode(k), at: null });
  }
  return out;
}

export const TIER_WORDS: [string, number][] = [
  ['A', 8], ['a', 8], ['Ａ', 8], ['ａ', 8], [' A ', 8], ['A类', 8], ['A级', 8], ['A门店', 8], ['A客户', 8], ['A类门店', 8], ['A 类 门店', 8], ['Ａ类', 8],
  ['B', 4], ['b', 4], ['B级客户', 4], ['B类', 4], ['Ｂ级', 4], ['C', 1], ['c', 1], ['C类', 1], ['C门店', 1], ['ｃ类门店', 1],
  ['战略', 8], ['战略客户', 8], ['重点', 4], ['重点客户', 4], ['普通', 1], ['普通客户', 1], ['重点 客户', 4], ['战略类', 8],
];
const CHANNEL_COL: Record<string, number> = { visit: 0, phone: 1, message: 2 };
const PLAN = [[8, 4, 4], [4, 2, 2], [1, 1, 1]];

function visitPlanCases(): CorpusCase[] {
  const out: CorpusCase[] = [];
  for (const channel of ['visit', 'phone', 'message', 'all']) {
    for (const k of KINDS) {
      const r = k.reads;
      // a tier is text: blank is blank, error values pass, anything else (numbers too) is not a tier
      const code: ErrorCode | undefined = 'blank' in r ? undefined : (errorValueCode(k) ?? '#VALUE!');
      const cleanV = 'blank' in r ? '' : code;
      out.push({ fn: 'VISITPLAN', label: `${channel}: tier = ${k.label}`, args: [col([k.value, 'A']), channel], clean: [col([cleanV, 'A']), channel], code, at: [0, 0] });
    }
    for (const [w, visits] of TIER_WORDS) {
      const row = PLAN.find((p) => p[0] === visits)!;
      const expected = channel === 'all' ? [row] : row[CHANNEL_COL[channel]];
      out.push({ fn: 'VISITPLAN', label: `${channel}: tier word ${w}`, args: [w, channel], clean: [w, channel], expected } as CorpusCase & { expected: unknown });
    }
  }
  for (const k of KINDS) {
    out.push({ fn: 'VISITPLAN', label: `channel = ${k.label}`, args: ['A', k.value], clean: ['A', k.value], code: wordSettingCode(k), at: null });
    const plan = PLAN.map((r) => [...r]) as unknown[][];
    const cplan = PLAN.map((r) => [...r]) as unknown[][];
    plan[1][2] = k.value;
    cplan[1][2] = clean(k, false);
    out.push({ fn: 'VISITPLAN', label: `plan[1][2] = ${k.label}`, args: [col(['A', 'B']), 'all', plan], clean: [col(['A', 'B']), 'all', cplan] });
  }
  return out;
}

/** Hand-written cases that go deeper than the metadata for some functions (run only while they are in the registry). */
const DEEPER: Record<string, () => CorpusCase[]> = {
  DEALERSCORE: dealerScoreCases,
  TIER: tierCases,
  QUADRANT: quadrantCases,
  VISITPLAN: visitPlanCases,
};

export function corpus(): CorpusCase[] {
  return registry.flatMap((d) => [...metadataCases(d), ...(Object.prototype.hasOwnProperty.call(DEEPER, d.name) ? DEEPER[d.name]() : [])]);
}
