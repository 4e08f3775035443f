// 大客户识别与治理表: sales and purchase shares, big customers (≥ 5%), 假大客户 (bought, not sold) and the three-question decision.
import { COLORS } from '../plan/tableLayout';
import type { PlanCached } from '../plan/types';
import { arith } from '../plan/cellValues';
import { bi, field, q } from './fields';
import { outcomeWordParams } from '../plan/paramShapes';
import type { TemplateSpec } from './types';
import type { SourceTable } from '../plan/render';
import { rng, DEALERS, REPS, dealerSales } from '../samples/names';

export const YES_NO = ['是', '否'] as const;
export const BALANCE_WORDS = ['顺差', '逆差'] as const;

const BIG = bi('大客户', 'Big');
const FAKE = bi('假大客户', 'False big');
const TO_CHECK = bi('待核实', 'To check');

/** Share of one row in the column total, as `=IF(ISNUMBER(x),x/SUM(all),"")` computes it. */
function shares(vals: PlanCached[]): PlanCached[] {
  const total = vals.reduce<number>((a, v) => a + (typeof v === 'number' ? v : 0), 0);
  return vals.map((v) => (typeof v === 'number' ? (total ? v / total : { error: '#DIV/0!' }) : ''));
}

export const bigCustomerReview: TemplateSpec = {
  id: 'big-customer-review',
  order: 120,
  name: bi('大客户识别与治理表', 'Big-customer review'),
  description: bi('按销量占比识别大客户（≥5%），用进货量与实际销量找出“假大客户”，对问题客户按三问（还赚钱吗、顺差还是逆差、还能控制吗）给出保留 / 观察 / 准备替换。', 'Big customers by sales share (≥ 5%), false big customers who buy in far more than they sell, and for problem customers a keep / watch / prepare-to-replace decision from three questions (still profitable, balance in our favour, still controllable).'),
  period: 'year',
  fields: [
    field('customer', '客户', 'Customer', 'text', { required: true, synonyms: ['经销商', '客户名称', '批发商', 'dealer'], width: 16 }),
    field('purchases', '进货量', 'Purchases', 'number', { required: true, synonyms: ['进货', '进货额', '提货量', '订货量', 'bought', 'purchase'] }),
    field('sold', '实际销量', 'Actual sales', 'number', { required: true, synonyms: ['实际销售', '出货量', '动销量', '纯销量', 'sell-out', 'sold'] }),
    field('margin', '毛利', 'Gross margin', 'number', { synonyms: ['毛利额', '利润', 'margin', 'gross profit'] }),
    field('balance', '往来余额', 'Balance', 'number', { synonyms: ['往来', '顺差/逆差', '余额', 'account balance'], width: 12 }),
    field('controllable', '可控', 'Controllable', 'choice', { list: YES_NO, synonyms: ['能否控制', '是否可控', 'under control'], width: 8 }),
    field('rep', '业务员', 'Rep', 'text', { synonyms: ['负责人', 'sales rep'] }),
  ],
  sort: [{ field: 'sold', desc: true }],
  params: [
    { id: 'big_cut', label: bi('大客户：占比至少', 'Big from share'), value: 0.05, numberFormat: '0%', note: bi('教材：年销售额超过公司总销售额 5%', 'Seeds: over 5% of company sales') },
    { id: 'sell_cut', label: bi('假大客户：售出率低于', 'False big below sell-through'), value: 0.8, numberFormat: '0%', note: bi('DealerKit 默认（教材未给数值）', 'DealerKit default (the seeds give no figure)') },
    { id: 'replace_from', label: bi('准备替换：否定答案至少', 'Replace from “no” answers'), value: 2, note: bi('DealerKit 默认：三问中 0 个“否”保留，1 个观察，2 个及以上准备替换', 'DealerKit default: no “no” keep, one watch, two or more prepare to replace') },
    ...outcomeWordParams(bi('决定', 'Decision'), [
      { id: 'keep', which: bi('保留', 'keep'), word: '保留' },
      { id: 'watch', which: bi('观察', 'watch'), word: '观察' },
      { id: 'replace', which: bi('准备替换', 'replace'), word: '准备替换' },
    ]),
  ],
  computed: [
    {
      id: 'sales_share',
      headers: [bi('销量占比', 'Sales share')],
      numberFormat: '0.0%',
      build(report) {
        const all = report.range('sold', 0, true);
        report.perRow('sales_share', (i) => `=IF(ISNUMBER(${report.dataCell('sold', i)}),${report.dataCell('sold', i)}/SUM(${all}),"")`, shares(report.values('sold')));
      },
    },
    {
      id: 'purchase_share',
      headers: [bi('进货占比', 'Purchase share')],
      numberFormat: '0.0%',
      build(report) {
        const all = report.range('purchases', 0, true);
        report.perRow('purchase_share', (i) => `=IF(ISNUMBER(${report.dataCell('purchases', i)}),${report.dataCell('purchases', i)}/SUM(${all}),"")`, shares(report.values('purchases')));
      },
    },
    {
      id: 'sell_through',
      headers: [bi('售出率', 'Sell-through')],
      numberFormat: '0%',
      build(report) {
        const p = report.values('purchases');
        const s = report.values('sold');
        report.perRow(
          'sell_through',
          (i) => `=IF(N(${report.dataCell('purchases', i)})>0,${report.dataCell('sold', i)}/${report.dataCell('purchases', i)},"")`,
          p.map((v, i) => {
            if (!(typeof v === 'number' && v > 0)) return '';
            const x = arith(s[i]);
            return x === null ? { error: '#VALUE!' } : x / v;
          }),
        );
      },
    },
    {
      id: 'big',
      headers: [bi('大客户', 'Big customer')],
      width: 9,
      build(report) {
        const cut = report.params.value('big_cut') as number;
        const word = report.text(BIG);
        report.perRow('big', (i) => `=IF(ISNUMBER(${report.dataCell('sales_share', i)}),IF(${report.dataCell('sales_share', i)}>=${report.params.ref('big_cut')},${q(word)},""),"")`, report.values('sales_share').map((v) => (typeof v === 'number' && v >= cut ? word : '')));
      },
    },
    {
      id: 'fake',
      headers: [bi('假大客户', 'False big customer')],
      width: 10,
      build(report) {
        const cut = report.params.value('big_cut') as number;
        const st = report.params.value('sell_cut') as number;
        const word = report.text(FAKE);
        const ps = report.values('purchase_share');
        const sr = report.values('sell_through');
        report.perRow(
          'fake',
          (i) => `=IF(AND(ISNUMBER(${report.dataCell('purchase_share', i)}),ISNUMBER(${report.dataCell('sell_through', i)})),IF(AND(${report.dataCell('purchase_share', i)}>=${report.params.ref('big_cut')},${report.dataCell('sell_through', i)}<${report.params.ref('sell_cut')}),${q(word)},""),"")`,
          ps.map((v, i) => (typeof v === 'number' && typeof sr[i] === 'number' ? (v >= cut && (sr[i] as number) < st ? word : '') : '')),
        );
      },
    },
    {
      id: 'decision',
      headers: [bi('建议决定', 'Suggested decision')],
      width: 12,
      build(report) {
        // a problem customer: a false big one, or a big one we can no longer control
        const margin = report.values('margin');
        const bal = report.values('balance');
        const ctl = report.values('controllable');
        const fake = report.values('fake');
        const big = report.values('big');
        const from = report.params.value('replace_from') as number;
        const [keep, watch, replace] = ['keep', 'watch', 'replace'].map((id) => report.params.value(id) as string);
        const check = report.text(TO_CHECK);
        report.perRow(
          'decision',
          (i) => {
            const m = report.dataCell('margin', i);
            const b = report.dataCell('balance', i);
            const c = report.dataCell('controllable', i);
            const problem = `OR(${report.dataCell('fake', i)}<>"",AND(${report.dataCell('big', i)}<>"",${c}="否"))`;
            const unknown = `OR(NOT(ISNUMBER(${m})),AND(NOT(ISNUMBER(${b})),${b}<>"顺差",${b}<>"逆差"),AND(${c}<>"是",${c}<>"否"))`;
            const noes = `(${m}<=0)+IF(ISNUMBER(${b}),${b}<0,${b}="逆差")+(${c}="否")`;
            return `=IF(${problem},IF(${unknown},${q(check)},IF(${noes}>=${report.params.ref('replace_from')},${report.params.ref('replace')},IF(${noes}>=1,${report.params.ref('watch')},${report.params.ref('keep')}))),"")`;
          },
          fake.map((f, i) => {
            const problem = f !== '' || (big[i] !== '' && ctl[i] === '否');
            if (!problem) return '';
            const m = margin[i];
            const b = bal[i];
            const c = ctl[i];
            if (typeof m !== 'number' || (typeof b !== 'number' && b !== '顺差' && b !== '逆差') || (c !== '是' && c !== '否')) return check;
            const n = (m <= 0 ? 1 : 0) + ((typeof b === 'number' ? b < 0 : b === '逆差') ? 1 : 0) + (c === '否' ? 1 : 0);
            return n >= from ? replace : n >= 1 ? watch : keep;
          }),
        );
      },
    },
  ],
  totals: ['purchases', 'sold', 'margin', 'balance'],
  finish(report) {
    report.highlightRows(`=$${report.letter('decision')}${report.firstExcelRow}=${report.params.ref('replace')}`, COLORS.bad);
    report.highlightRows(`=$${report.letter('fake')}${report.firstExcelRow}<>""`, COLORS.warn);
    report.highlightRows(`=$${report.letter('big')}${report.firstExcelRow}<>""`, COLORS.good);
    report.side.notes(bi('大客户治理要点（教材）', 'Big-customer rules (seeds)'), [
      bi('大客户：年销售额超过公司总销售额 5% 的客户（按实际销量算）', 'A big customer: over 5% of company sales (by what he actually sells)'),
      bi('假大客户：进货量大、实际销量小——货压在仓库或被转移到别处（客户转移）', 'A false big customer: buys in a lot but sells little — the goods pile up or are moved elsewhere'),
      bi('剁假大客户之前，一定要先抓住他的下线网络（二批、终端名单和关系）', 'Before cutting a false big customer, secure his downstream network (sub-dealers, outlets, contacts) first'),
      bi('扬言撂挑子的客户：停货，多数情况最后屈服的是他', 'A customer who threatens to quit: stop supply; in most cases he is the one who gives in'),
      bi('是否立刻剁掉，看三个指标：1 我还有没有赚钱（毛利 > 0）；2 顺差还是逆差（往来余额 ≥ 0 或“顺差”为顺差）；3 我是否还能控制住他（可控 = 是）', 'Whether to cut him now, three questions: 1 do we still make money (margin > 0); 2 is the balance in our favour (balance ≥ 0 or “顺差”); 3 can we still control him (controllable = 是)'),
      bi('决定规则（DealerKit 默认）：问题客户 = 假大客户，或不可控的大客户；三问全“是” → 保留，1 个“否” → 观察，≥ 2 个“否” → 准备替换；资料不全 → 待核实', 'Rule (DealerKit default): a problem customer is a false big one or a big one out of control; all three “yes” → keep, one “no” → watch, two or more → prepare to replace; missing answers → to check'),
      bi('往来余额：正数为顺差（客户的钱压在我方，对我方有利），负数为逆差（我方的钱压在客户）；也可直接填“顺差”“逆差”', 'Balance: positive is in our favour (his money is with us), negative against us (our money is with him); or type 顺差 / 逆差'),
    ]);
    report.chart({
      type: 'column',
      title: report.text(bi('进货量与实际销量', 'Purchases and actual sales')),
      categories: report.rangeRef('customer'),
      series: [
        { name: report.text(bi('进货量', 'Purchases')), values: report.rangeRef('purchases') },
        { name: report.text(bi('实际销量', 'Actual sales')), values: report.rangeRef('sold') },
      ],
    });
  },
};

/** The bundled sample, in Chinese (seeded: always the same). */
export function sample(): SourceTable {
  const r = rng(12);
  const sales = dealerSales();
  const rows = DEALERS.map((d, i) => {
    const sold = sales[i];
    // 城东批发部 and 金穗商行 buy in far more than they sell (stock piling up, goods moved elsewhere); 新世纪商场 too
    const through = i === 1 ? 0.6 : i === 3 ? 0.55 : i === 7 ? 0.4 : 0.85 + r() * 0.2;
    const purchases = i === 39 ? 0 : Math.round(sold / through);
    let margin: unknown = Math.round(sold * (0.05 + r() * 0.1));
    let balance: unknown = Math.round((r() - 0.3) * sold * 0.2);
    let ctl = r() < 0.85 ? '是' : '否';
    if (i === 1) [balance, ctl] = [Math.round(sold * 0.05), '是']; // all three answers yes: keep
    if (i === 3) [balance, ctl] = [-Math.round(sold * 0.08), '是']; // 逆差: watch
    if (i === 2) [margin, balance, ctl] = [-5200, -Math.round(sold * 0.1), '否']; // a big customer out of control, losing money: replace
    if (i === 7) [margin, ctl] = ['', '是']; // margin not known yet: to check
    if (i === 0) ctl = '是';
    return [d, purchases, i === 39 ? 0 : sold, margin, balance, ctl, REPS[i % REPS.length]];
  });
  return { headers: ['客户', '进货量', '实际销量', '毛利', '往来余额', '可控', '业务员'], rows };
}
