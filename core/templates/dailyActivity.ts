// T5 销售活动日报表: contacts by date and rep with the seed's per-visit duties; per-rep counts by channel against the month's quota.
import { VISITPLAN } from '../functions/index';
import { planText } from '../i18n/plan-messages';
import { writeGroupSummary } from '../plan/groupSummary';
import { COLORS } from '../plan/tableLayout';
import { quote } from '../values/read';
import { countEqF, distinct, sameCell } from './exact';
import { bi, CHECK, CONTACT_TYPES, field, q } from './fields';

const UNKNOWN = bi('未识别', 'Unknown');

/**
 * Contact words → the seed's five types. The visit/phone/message words are VISITPLAN's channel aliases
 * (拜访, 电话, 微信, QQ, 邮件, …), plus the seed's own words and common ones (上门拜访, 短信, 第三方). Keys are
 * lower case: a spreadsheet's `=` ignores case, and nothing else is normalised, so the formula and the
 * cached value agree.
 */
const KIND_ALIASES: Readonly<Record<(typeof CONTACT_TYPES)[number], readonly string[]>> = {
  面对面拜访: ['面对面拜访', '拜访', '上门拜访', '实地拜访', '走访', '面访', 'visit'],
  电话拜访: ['电话拜访', '电话', '打电话', 'phone', 'call'],
  短信问候: ['短信问候', '短信', '信息', 'sms', 'message'],
  'QQ/邮件/微信': ['qq/邮件/微信', 'qq', '微信', '邮件', 'email', 'e-mail', 'wechat'],
  借助第三方: ['借助第三方', '第三方', 'third party'],
};
const KIND_OF: ReadonlyMap<string, string> = new Map(Object.entries(KIND_ALIASES).flatMap(([kind, ws]) => ws.map((w) => [w, kind] as [string, string])));

/** The seed type of a contact word, or undefined. */
export function contactKind(v: unknown): string | undefined {
  return typeof v === 'string' ? KIND_OF.get(v.toLowerCase()) : undefined;
}

/** The same as a native formula over one cell (each spelling with capitals too, in case a program compares case-sensitively). */
function kindFormula(c: string, unknown: string): string {
  let f = q(unknown);
  for (const [kind, words] of Object.entries(KIND_ALIASES).reverse()) {
    const spellings = [...new Set(words.flatMap((w) => [w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1)]))];
    f = `IF(OR(${spellings.map((w) => `${c}=${q(w)}`).join(',')}),${q(kind)},${f})`;
  }
  return `IF(${c}="","",${f})`;
}
import type { TemplateSpec } from './types';
import type { SourceTable } from '../plan/render';
import { rng, pick, int, DEALERS, REPS, tierOf } from '../samples/names';

const DUTIES = [
  { id: 'duty_product', zh: '产品信息', en: 'Product info' },
  { id: 'duty_staff_pref', zh: '营业员偏好', en: 'Staff preference' },
  { id: 'duty_staff_family', zh: '营业员家庭', en: 'Staff family' },
  { id: 'duty_competitor', zh: '竞品信息', en: 'Competitor info' },
  { id: 'duty_slow', zh: '滞销原因', en: 'Slow movers' },
];

export const dailyActivity: TemplateSpec = {
  id: 'daily-activity',
  order: 50,
  name: bi('销售活动日报表', 'Daily sales activity'),
  description: bi('“三表一卡”之一：每天每次客户接触的方式、目的、结果和五项拜访职责；按业务员汇总并对照月度拜访指标。', 'One of the “three forms and a card”: each contact’s type, purpose, result and the five visit duties; per-rep totals against the month’s quota.'),
  period: 'month',
  fields: [
    field('date', '日期', 'Date', 'date', { required: true, synonyms: ['拜访日期', 'day'], width: 11 }),
    field('rep', '业务员', 'Rep', 'text', { required: true, synonyms: ['销售代表', 'salesperson', 'sales rep'] }),
    field('customer', '客户', 'Customer', 'text', { required: true, synonyms: ['客户名称', '门店', '经销商', 'store', 'dealer'], width: 14 }),
    field('contact_type', '方式', 'Type', 'choice', { required: true, list: CONTACT_TYPES, synonyms: ['接触方式', '拜访方式', 'contact type', 'channel'], width: 12 }),
    field('purpose', '目的', 'Purpose', 'text', { synonyms: ['拜访目的'], width: 14 }),
    field('result', '结果', 'Result', 'text', { synonyms: ['拜访结果', 'outcome'], width: 14 }),
    field('next_step', '下一步', 'Next step', 'text', { synonyms: ['下步计划', '后续'], width: 14 }),
    field('follow_up', '跟进日期', 'Follow-up date', 'date', { synonyms: ['下次跟进', 'follow up'], width: 11 }),
    ...DUTIES.map((d) => field(d.id, d.zh, d.en, 'choice', { list: CHECK, width: 9 })),
    field('tier', '客户等级', 'Tier', 'choice', { list: ['A', 'B', 'C'], synonyms: ['等级', '级别', 'class'], width: 8 }),
  ],
  sort: [{ field: 'date' }, { field: 'rep' }],
  params: [],
  computed: [
    {
      // the seed's word for each contact, whatever the user wrote (拜访, 上门拜访, 电话, 微信…): the summary counts this column
      id: 'kind',
      headers: [bi('方式归类', 'Type (as counted)')],
      width: 12,
      build(report) {
        const unknown = report.text(UNKNOWN);
        const v = report.values('contact_type');
        const kinds = v.map((x) => (x === null || x === '' ? '' : (contactKind(x) ?? unknown)));
        report.perRow('kind', (i) => `=${kindFormula(report.dataCell('contact_type', i), unknown)}`, kinds);
        const bad = kinds.map((k, i) => (k === unknown ? i : -1)).filter((i) => i >= 0);
        if (bad.length) report.sheet.warn(planText('unknownContactTypes', { n: bad.length, row: report.firstExcelRow + bad[0], value: quote(String(v[bad[0]])), unknown }));
      },
    },
  ],
  finish(report) {
    report.sheet.conditional({ range: report.rangeRef('kind'), formula: `=$${report.letter('kind')}${report.firstExcelRow}=${q(report.text(UNKNOWN))}`, style: { fill: COLORS.warn } });
    const reps = distinct(report.values('rep'), (r): r is string => typeof r === 'string');
    const repR = report.range('rep', 0, true);
    const typeR = report.range('kind', 0, true);
    const repV = report.values('rep');
    const typeV = report.values('kind');
    const tiersByCustomer = new Map<string, Map<string, string>>();
    report.values('customer').forEach((c, i) => {
      const tier = report.values('tier')[i];
      const rep = repV[i];
      if (typeof c === 'string' && typeof tier === 'string' && tier && typeof rep === 'string') {
        const key = reps.find((r) => sameCell(r, rep)) ?? rep;
        if (!tiersByCustomer.has(key)) tiersByCustomer.set(key, new Map());
        tiersByCustomer.get(key)!.set(c, tier);
      }
    });
    writeGroupSummary(
      report,
      bi('按业务员汇总（指标按客户等级，VISITPLAN）', 'Per rep (quota from customer tiers, VISITPLAN)'),
      reps,
      ({ group: rep, at }) => {
        const me = at('rep');
        const mine = repV.map((v, i) => (sameCell(v, rep) ? i : -1)).filter((i) => i >= 0);
        const count = (types: string[]) => mine.filter((i) => types.includes(String(typeV[i]))).length;
        const countF = (types: string[]) => ({ f: '=' + types.map((ty) => countEqF([[repR, me], [typeR, q(ty)]])).join('+'), v: count(types) });
        // the month's quota: VISITPLAN summed over the rep's customers whose tier is known
        const tiers = [...(tiersByCustomer.get(rep)?.values() ?? [])].map((x) => [x]);
        const quota = (ch: 'visit' | 'phone' | 'message') => {
          if (!tiers.length) return '';
          const r = VISITPLAN(tiers, ch);
          return Array.isArray(r) ? r.flat().reduce<number>((a, x) => a + (typeof x === 'number' ? x : 0), 0) : '';
        };
        const duty = (id: string) => ({
          f: `=IF(${countEqF([[repR, me]])}>0,SUMPRODUCT((${repR}=${me})*(${report.range(id, 0, true)}<>""))/${countEqF([[repR, me]])},"")`,
          v: mine.length ? mine.filter((i) => report.values(id)[i] !== null).length / mine.length : '',
        });
        return { countF, quota, duty };
      },
      [
        { id: 'rep', header: bi('业务员', 'Rep'), cell: (row) => row.group },
        { header: bi('拜访', 'Visits'), format: '0', cell: (row) => row.countF(['面对面拜访']) },
        { header: bi('拜访指标', 'Visit quota'), format: '0', cell: (row) => row.quota('visit') },
        { header: bi('电话', 'Calls'), format: '0', cell: (row) => row.countF(['电话拜访']) },
        { header: bi('电话指标', 'Call quota'), format: '0', cell: (row) => row.quota('phone') },
        { header: bi('信息', 'Messages'), format: '0', cell: (row) => row.countF(['短信问候', 'QQ/邮件/微信']) },
        { header: bi('信息指标', 'Message quota'), format: '0', cell: (row) => row.quota('message') },
        { header: bi('借助第三方', 'Via third party'), format: '0', cell: (row) => row.countF(['借助第三方']) },
        { headers: DUTIES.map((d) => bi(`${d.zh}完成率`, `${d.en} done`)), format: '0%', cells: (row) => DUTIES.map((d) => row.duty(d.id)) },
      ],
    );
  },
};

const TYPES = ['面对面拜访', '面对面拜访', '电话拜访', '短信问候', 'QQ/邮件/微信', '借助第三方'] as const;
/** The bundled sample: two contacts a day per rep for a month, in Chinese (seeded). */
export function sample(): SourceTable {
  const r = rng(5);
  const tiers = tierOf();
  const rows: unknown[][] = [];
  for (let day = 2; day <= 28; day++) {
    if (new Date(2026, 10, day).getDay() === 0) continue;
    for (const rep of REPS) {
      for (let k = 0; k < 2; k++) {
        const d = DEALERS[(REPS.indexOf(rep) + 5 * int(r, 0, 7)) % DEALERS.length];
        const dn = DEALERS.indexOf(d);
        rows.push([
          new Date(2026, 10, day), rep, d, pick(r, TYPES), pick(r, ['新品推荐', '收款', '陈列检查', '促销沟通', '处理投诉']), pick(r, ['已下单', '待回复', '达成陈列', '已收款']),
          pick(r, ['下周回访', '寄送样品', '安排促销员', '']), r() < 0.5 ? new Date(2026, 10, Math.min(30, day + int(r, 2, 9))) : '',
          r() < 0.7 ? '✓' : '', r() < 0.4 ? '✓' : '', r() < 0.3 ? '✓' : '', r() < 0.5 ? '✓' : '', r() < 0.3 ? '✓' : '', tiers[dn],
        ]);
      }
    }
  }
  return { headers: ['日期', '业务员', '客户', '方式', '目的', '结果', '下一步', '跟进日期', '产品信息', '营业员偏好', '营业员家庭', '竞品信息', '滞销原因', '客户等级'], rows };
}
