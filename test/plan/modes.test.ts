// The three formula modes (portable, dk, values) as plan contents, and the stock sheet's exceptions-only alerts and totals.
import { describe, expect, it } from 'vitest';
import { findFunction, portableFormula } from '../../core/functions/index';
import type { RenderOptions, SourceTable } from '../../core/plan/render';
import { renderTemplate } from '../../core/renderTemplate';
import type { FormulaBlock, SheetPlan, ValueBlock } from '../../core/plan/types';
import { templates } from '../../core/templates/index';
import { sampleTables } from '../../samples/index';
import { expandedBlocks } from '../../core/plan/copiedDown';

const NOW = new Date(Date.UTC(2026, 10, 24, 9, 30));
const tables = sampleTables();

function plan(id: string, opts: RenderOptions = {}, table: SourceTable | null = tables[id]): SheetPlan {
  const r = renderTemplate(id, table, { now: NOW, timeZone: 'UTC', ...opts });
  if (!r.ok) throw new Error(r.error.message['en-US']);
  return r.plan;
}
// copied-down blocks expanded (once per plan): these tests read every row's formula and cached value
const expanded = new WeakMap<SheetPlan, ReturnType<typeof expandedBlocks>>();
const blocksOf = (p: SheetPlan) => expanded.get(p) ?? expanded.set(p, expandedBlocks(p.blocks)).get(p)!;
const formulaBlocks = (p: SheetPlan) => blocksOf(p).filter((b): b is FormulaBlock => b.kind === 'formulas');
/** The block whose top-left is at (row, col), 0-based. */
const blockAt = (p: SheetPlan, row: number, col: number) => blocksOf(p).find((b) => b.row === row && b.col === col);
/** Every formula text of a plan. */
const allFormulas = (p: SheetPlan) => formulaBlocks(p).flatMap((b) => b.formulas.flat().filter((f): f is string => f !== null));
/** A cell's value or cached value, 0-based (the last block that covers it wins, as appliers write them in order). */
function cellOf(p: SheetPlan, row: number, col: number): unknown {
  let out: unknown = undefined;
  for (const b of blocksOf(p)) {
    const r = row - b.row;
    const c = col - b.col;
    const grid = b.kind === 'values' ? b.values : b.cached;
    if (r >= 0 && c >= 0 && r < grid.length && c < (grid[r]?.length ?? 0) && (b.kind === 'values' ? grid[r][c] !== null : b.formulas[b.spill ? 0 : r]?.[b.spill ? 0 : c] !== null || b.spill)) out = grid[r][c];
  }
  return out;
}

const DK_NAME = /\b(SAFETYSTOCK|ORDERQTY|SAFETYSTOCKSL|DEALERSCORE|TIER|QUADRANT|VISITPLAN)\(/;

describe('formula modes', () => {
  it('portable is the default and writes no DealerKit function in any template', () => {
    for (const t of templates) {
      const p = plan(t.id);
      expect(p.formulas, t.id).toBe('portable');
      for (const f of allFormulas(p)) expect(f, `${t.id}: ${f.slice(0, 80)}`).not.toMatch(DK_NAME);
      expect(formulaBlocks(p).some((b) => b.spill), t.id).toBe(false);
    }
  });

  it('portable stock-order: each row is the registry portable form over that row, cached with the core result', () => {
    const p = plan('stock-order');
    const safety = blockAt(p, 4, 8) as FormulaBlock;
    expect(safety.kind).toBe('formulas');
    expect(safety.formulas.length).toBe(40);
    safety.formulas.forEach((row, i) => expect(row[0]).toBe(`=${portableFormula('SAFETYSTOCK', [`C${5 + i}`, `D${5 + i}`, `E${5 + i}`, '$N$5'])}`));
    const order = blockAt(p, 4, 9) as FormulaBlock;
    expect(order.formulas[3][0]).toBe(`=${portableFormula('ORDERQTY', ['C8', 'D8', 'E8', '$N$5', 'F8', 'G8'])}`);
    const dk = plan('stock-order', { formulas: 'dk' });
    const spill = blockAt(dk, 4, 8) as FormulaBlock;
    expect(spill.spill).toBe(true);
    expect(spill.formulas).toEqual([['=SAFETYSTOCK(C5:C44,D5:D44,E5:E44,$N$5)']]);
    // the same cached results in both modes
    expect(safety.cached).toEqual(spill.cached);
  });

  it('values mode writes no formulas and the same numbers; live: false still means values', () => {
    for (const opts of [{ formulas: 'values' as const }, { live: false }]) {
      const p = plan('stock-order', opts);
      expect(p.formulas).toBe('values');
      expect(formulaBlocks(p)).toEqual([]);
      const v = blockAt(p, 4, 8) as ValueBlock;
      expect(v.values[0][0]).toBe(228);
    }
  });

  it('every template renders in every mode, filled and blank, with the same cached results', () => {
    /** The cells (values and cached results) of the report table, or of the whole sheet; errors by their code. */
    const grid = (p: SheetPlan, tableOnly: boolean) => {
      let width = 0;
      while (width < p.extent.cols && cellOf(p, 3, width) !== null && cellOf(p, 3, width) !== undefined) width++;
      const cols = Array.from({ length: tableOnly ? width : p.extent.cols }, (_, c) => c)
        // the portable form's helper columns (DEALERSCORE's item points) are not in the other modes
        .filter((c) => !/（分）$|\(points\)$/.test(String(cellOf(p, 3, c))));
      const rows = tableOnly ? 4 + p.dataRows + 2 : p.extent.rows;
      return JSON.stringify(Array.from({ length: rows }, (_, r) => cols.map((c) => {
        const v = cellOf(p, r, c);
        // a cached { error } or, in values mode, the text "#CODE message"
        return v !== null && typeof v === 'object' ? (v as { error: string }).error : typeof v === 'string' && /^#[A-Z/0!?]+/.test(v) ? /^#[A-Z/0!?]+/.exec(v)![0] : v;
      })));
    };
    for (const t of templates) {
      const [portable, dk, values] = (['portable', 'dk', 'values'] as const).map((formulas) => {
        expect(renderTemplate(t.id, null, { formulas, rows: 5, now: NOW }).ok).toBe(true);
        return plan(t.id, { formulas });
      });
      expect(grid(dk, false), t.id).toBe(grid(values, false));
      // portable helper cells (TIER's total, item points) move the side area; the table itself is the same
      expect(grid(portable, true), t.id).toBe(grid(values, true));
    }
  });
});

describe('values mode errors', () => {
  it('are written in the report language', () => {
    const en = plan('stock-order', { formulas: 'values', lang: 'en-US' });
    const zh = plan('stock-order', { formulas: 'values', lang: 'zh-CN' });
    // row 8 of the sample has no current count: SAFETYSTOCK gives #N/A with a message
    const enText = String(cellOf(en, 11, 8));
    const zhText = String(cellOf(zh, 11, 8));
    expect(enText).toMatch(/^#N\/A [A-Za-z]/);
    expect(enText).not.toMatch(/[\u4e00-\u9fff]/);
    expect(zhText).toMatch(/^#N\/A .*[\u4e00-\u9fff]/);
  });
});

describe('the stock sheet adds up', () => {
  const src = (rows: unknown[][]): SourceTable => ({ headers: ['经销商', '上次库存', '上次订货', '本次库存'], rows });
  const ALERT = 10;
  const SALES = 7;

  it('a missing count leaves last-period sales blank and says 缺盘点', () => {
    const p = plan('stock-order', { formulas: 'values' }, src([['甲', 100, 200, null], ['乙', 100, 200, 60]]));
    expect(cellOf(p, 4, SALES)).toBe('');
    expect(cellOf(p, 4, ALERT)).toBe('缺盘点');
    expect(cellOf(p, 5, SALES)).toBe(240);
    const f = (blockAt(plan('stock-order', {}, src([['甲', 100, 200, null]])), 4, SALES) as FormulaBlock).formulas[0][0];
    expect(f).toBe('=IF(AND(B5="",C5="",D5=""),"",IF(D5="","",B5+C5-D5))'.replace(/B5/g, 'C5x').replace(/C5(?!x)/g, 'D5x').replace(/D5(?!x)/g, 'E5').replace(/x/g, ''));
  });

  it('negative sales are flagged 查退货/到货, bad data 数据有误, low stock 补货, and nothing else', () => {
    const p = plan('stock-order', { formulas: 'values' }, src([['负', 30, 10, 50], ['坏', 'abc', 10, 5], ['负数', -5, 10, 1], ['低', 100, 100, 10], ['够', 100, 100, 150], ['空', null, null, null], ['仅有本次', null, null, 5]]));
    const alerts = Array.from({ length: 7 }, (_, i) => cellOf(p, 4 + i, ALERT));
    expect(alerts).toEqual(['查退货/到货', '数据有误', '数据有误', '补货', '', '', '查退货/到货']);
    expect(cellOf(p, 4, SALES)).toBe(-10);
  });

  it('shades exceptions only: 7 of the 40 sample rows, not 37', () => {
    const p = plan('stock-order', { formulas: 'values' });
    const alerts = Array.from({ length: 40 }, (_, i) => cellOf(p, 4 + i, ALERT));
    expect(alerts.filter((a) => a !== '').length).toBe(7);
    expect(p.conditionalFormats[0].formula).toBe('=$K5<>""');
  });

  it('every total is taken over the same rows', () => {
    const rows = [['a', 100, 200, 60], ['b', 30, 10, 50], ['c', 10, 10, null], ['d', 50, 50, 20]];
    const p = plan('stock-order', {}, src(rows));
    const total = (c: number) => blockAt(p, 8, c) as FormulaBlock;
    // sales 240 + 80 (rows a, d), safety 360 + 120, order 300 + 100: the rows with a safety stock and an order
    expect(total(SALES).cached).toEqual([[320], [2]]);
    expect(total(8).cached).toEqual([[480], [2]]);
    expect(total(9).cached[1]).toEqual([2]);
    for (const c of [SALES, 8, 9]) {
      expect(total(c).formulas[0][0]).toMatch(/^=SUMIFS\([A-Z]5:[A-Z]8,I5:I8,">=0",J5:J8,">=0"\)$/);
      expect(total(c).formulas[1][0]).toBe('=SUMPRODUCT((A5:A8<>"")*(1-ISNUMBER(I5:I8)*ISNUMBER(J5:J8)))');
    }
  });
});

describe('summary formulas are safe for any name', () => {
  const HOSTILE = ['张*', '张三', '<>', '=王五', '>0', '王五', '张?', '~x'];

  it('per-rep workload counts and sums by exact match, never COUNTIF/SUMIF criteria', () => {
    const rows = HOSTILE.map((rep, i) => [`客户${i}`, 1000 * (HOSTILE.length - i), rep]);
    const p = plan('tier-visit-plan', {}, { headers: ['客户', '销售额', '业务员'], rows });
    // each name is its own row of the block: one customer each, its own sales
    const block = formulaBlocks(p).find((b) => b.formulas[0]?.[1]?.startsWith('=SUMPRODUCT(--('))!;
    const label = new RegExp(`(COUNTIFS?|SUMIFS?)\\([^()]*\\$?${String.fromCharCode(65 + block.col)}\\$?\\d`);
    // no name cell is ever a COUNTIF/SUMIF criterion (the only criteria left are constants such as ">0", a number
    // cell, or a number from LARGE: TIER's portable helper cells)
    for (const f of allFormulas(p)) expect(f).not.toMatch(label);
    for (const f of allFormulas(p)) for (const m of f.matchAll(/(?:COUNTIFS?|SUMIFS?)\(([^()]|\([^()]*\))*\)/g)) expect(m[0]).toMatch(/,"[<>]=?0"|,">"&[A-Z]+\d+\)|,"<0"\)|,">1E-12"\)|,">"&LARGE\(\$[A-Z]+\$\d+:\$[A-Z]+\$\d+,[^()]*\)\)/);
    expect(block.cached.map((r) => r[1])).toEqual(HOSTILE.map(() => 1));
    expect(block.cached.map((r) => r[2])).toEqual(HOSTILE.map((_, i) => 1000 * (HOSTILE.length - i)));
    expect(block.formulas[0][1]).toBe(`=SUMPRODUCT(--($C$5:$C$12=${String.fromCharCode(65 + block.col)}${block.row + 1}))`);
  });

  it('per-period totals, per-rep activity and per-staff counts match exactly too', () => {
    const tva = plan('target-vs-actual', {}, { headers: ['期间', '业务员', '目标', '实际'], rows: [['>0', 'a', 10, 5], ['*', 'b', 20, 30], ['1', 'c', 5, 5]] });
    const per = formulaBlocks(tva).find((b) => b.formulas[0]?.[1]?.startsWith('=SUMPRODUCT('))!;
    expect(per.cached.map((r) => r[1])).toEqual([10, 20, 5]);
    const da = plan('daily-activity', {}, { headers: ['日期', '业务员', '客户', '方式'], rows: [['2026-11-02', '张*', 'x', '拜访'], ['2026-11-02', '张三', 'y', '拜访']] });
    for (const f of allFormulas(da)) expect(f).not.toMatch(/COUNTIFS?\(|SUMIFS?\(/);
    const ss = plan('showroom-stats', {}, { headers: ['日期', '来店/来电', '接待人员'], rows: [['2026-11-02', '来店', '李*'], ['2026-11-02', '来电', '李四']] });
    for (const f of allFormulas(ss)) expect(f).not.toMatch(/COUNTIFS?\(|SUMIFS?\(/);
  });
});

describe('daily-activity contact types', () => {
  const rows = [['拜访', 'visit'], ['上门拜访', 'visit'], ['电话', 'phone'], ['微信', 'msg'], ['短信', 'msg'], ['QQ', 'msg'], ['传真', '?'], ['借助第三方', '3rd']].map(([ty], i) => ['2026-11-02', '张三', `客户${i}`, ty]);
  const p = plan('daily-activity', {}, { headers: ['日期', '业务员', '客户', '方式'], rows });

  it('are normalised the way VISITPLAN reads channels, and unknown ones are marked and warned about', () => {
    const kind = blockAt(p, 4, 14) as FormulaBlock;
    expect(kind.cached.map((r) => r[0])).toEqual(['面对面拜访', '面对面拜访', '电话拜访', 'QQ/邮件/微信', '短信问候', 'QQ/邮件/微信', '未识别', '借助第三方']);
    expect(p.warnings.map((w) => w['zh-CN']).join('\n')).toMatch(/1 条记录的方式无法识别.*第 11 行“传真”/);
    expect(p.warnings.map((w) => w['en-US']).join('\n')).toMatch(/1 rows have a contact type .*"传真"/);
  });

  it('are all counted in the per-rep summary: 2 visits, 1 call, 3 messages, 1 via a third party', () => {
    const summary = formulaBlocks(p).find((b) => b.formulas[0]?.[1]?.startsWith('=SUMPRODUCT('))!;
    const [, visits, , calls, , messages, , third] = summary.cached[0];
    expect([visits, calls, messages, third]).toEqual([2, 1, 3, 1]);
  });
});

describe('portable helper cells', () => {
  it("tier-visit-plan's pareto TIER rows compare with thresholds in named helper cells under the parameters, whose cached values the core gives", () => {
    const p = plan('tier-visit-plan', { formulas: 'portable', lang: 'zh-CN' });
    const tier = blockAt(p, 4, 6) as FormulaBlock;
    expect(tier.kind).toBe('formulas');
    const rows = tier.formulas.flat() as string[];
    expect(rows.length).toBe(40);
    for (const f of rows) expect(f).not.toMatch(/SUMIF|COUNTIF|LARGE/); // each row reads its own cell and the helpers only
    const labels = p.blocks.filter((b): b is ValueBlock => b.kind === 'values').flatMap((b) => b.values.flat()).filter((v): v is string => typeof v === 'string' && v.startsWith('等级辅助：'));
    // 40 rows: total, count, 6 search steps and a threshold per cut
    expect(labels.length).toBe(2 + 2 * 7);
    expect(labels).toContain('等级辅助：A 类下限值');
    const helperBlock = formulaBlocks(p).find((b) => b.formulas[0]?.[0] === '=SUMIF($B$5:$B$44,">0")')!;
    const cached = helperBlock.cached.map((r) => r[0]);
    const tiers = tier.cached.map((r) => r[0]);
    const sales = tables['tier-visit-plan'].rows.map((r) => r[1]).filter((x): x is number => typeof x === 'number').sort((a, b) => b - a);
    const kA = tiers.filter((t) => t === 'A').length;
    const kAB = tiers.filter((t) => t === 'A' || t === 'B').length;
    // the A count and threshold, then A and B
    expect([cached[7], cached[8], cached[14], cached[15]]).toEqual([kA, sales[kA - 1], kAB, sales[kAB - 1]]);
    expect(kA).toBeGreaterThan(0);
    expect(kAB).toBeGreaterThan(kA);
  });
});

describe('portable row limits', () => {
  it('above pareto TIER portable maxRows the tier column is values, with a note on the sheet; below it, formulas', () => {
    const max = findFunction('TIER')!.portable.maxRows!;
    const rows = (n: number) => Array.from({ length: n }, (_, i) => [`客户${i}`, n - i]);
    const big = plan('tier-visit-plan', {}, { headers: ['客户', '销售额'], rows: rows(max + 1) });
    const tierBlock = blockAt(big, 4, 6)!;
    expect(tierBlock.kind).toBe('values');
    const fmt = (n: number) => n.toLocaleString('en-US');
    expect(big.warnings.map((w) => w['en-US']).join('\n')).toContain(`"Tier" has ${fmt(max + 1)} rows; above ${fmt(max)} rows the portable TIER formulas recalculate too slowly`);
    const note = big.blocks.some((b) => b.kind === 'values' && b.values.flat().some((v) => typeof v === 'string' && v.includes(fmt(max + 1))));
    expect(note).toBe(true);
    // the visit plan still computes from the tier values
    expect((blockAt(big, 4, 7) as FormulaBlock).kind).toBe('formulas');
    const ok = plan('tier-visit-plan', {}, { headers: ['客户', '销售额'], rows: rows(max) });
    expect(blockAt(ok, 4, 6)!.kind).toBe('formulas');
    expect(ok.warnings).toEqual([]);
  });
});
