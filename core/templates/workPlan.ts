// 工作计划表: year, month, week and day plans, planned vs done, and each plan's share of visits and time on A customers against the 80/20 aim.
import { DEFAULT_PLAN } from '../functions/visitplan';
import type { GridCell } from '../plan/builder';
import { writeGroupSummary } from '../plan/groupSummary';
import { arith } from '../plan/cellValues';
import { COLORS } from '../plan/tableLayout';
import type { PlanCached } from '../plan/types';
import { bi, field, q } from './fields';
import type { TemplateSpec } from './types';
import type { SourceTable } from '../plan/render';
import { rng, pick, int, DEALERS, REPS, tierOf } from '../samples/names';

export const PLAN_LEVELS = ['年度', '月度', '周', '日'] as const;
const TIERS = ['A', 'B', 'C'] as const;

const STATUS = { done: bi('完成', 'Done'), going: bi('进行中', 'Under way'), none: bi('未开始', 'Not started') };
const MET = { yes: bi('达到', 'Met'), no: bi('未达到', 'Below') };

/** Done over planned, as `=IF(N(plan)>0,done/plan,"")` computes it. */
function rate(plan: PlanCached, done: PlanCached): PlanCached {
  if (!(typeof plan === 'number' && plan > 0)) return '';
  const d = arith(done);
  return d === null ? { error: '#VALUE!' } : d / plan;
}

export const workPlan: TemplateSpec = {
  id: 'work-plan',
  order: 150,
  name: bi('工作计划表', 'Work plan'),
  description: bi('年度、月度、周、日工作计划：计划与完成对比；每个计划中 A 类客户所占拜访和时间比例，对照 80/20 目标。客户等级可来自客户分级与拜访计划。', 'Year, month, week and day plans: planned vs done, and each plan’s share of visits and time on A customers against the 80/20 aim. Tiers can come from the customer tiers and visit plan.'),
  period: 'month',
  fields: [
    field('level', '计划类型', 'Plan', 'choice', { required: true, list: PLAN_LEVELS, synonyms: ['计划', '类型', '计划级别', 'plan type', 'level'], width: 9 }),
    field('period', '期间', 'Period', 'text', { required: true, synonyms: ['计划期间', '年月', '周次', '日期', 'date', 'week', 'month'], width: 12 }),
    field('rep', '业务员', 'Rep', 'text', { synonyms: ['销售代表', '负责人', 'sales rep'] }),
    field('customer', '客户', 'Customer', 'text', { synonyms: ['客户名称', '经销商', '门店', 'dealer', 'store'], width: 14 }),
    field('tier', '客户等级', 'Tier', 'choice', { list: TIERS, synonyms: ['等级', '级别', 'class'], width: 8 }),
    field('task', '工作内容', 'Task', 'text', { synonyms: ['工作事项', '事项', '内容', '目标', 'work'], width: 18 }),
    field('planned_visits', '计划拜访', 'Planned visits', 'number', { synonyms: ['计划拜访次数', '拜访计划', 'visits planned'] }),
    field('done_visits', '实际拜访', 'Visits done', 'number', { synonyms: ['实际拜访次数', '完成拜访', 'visits done'] }),
    field('planned_hours', '计划时间（小时）', 'Planned hours', 'number', { synonyms: ['计划时间', '计划工时', 'hours planned'] }),
    field('done_hours', '实际时间（小时）', 'Hours done', 'number', { synonyms: ['实际时间', '实际工时', 'hours spent'] }),
  ],
  params: [
    { id: 'a_aim', label: bi('A 类客户占比目标', 'Aim for A customers'), value: 0.8, numberFormat: '0%', note: bi('80/20：两成客户带来八成销量，A 类客户应占客户拜访和时间的大头（DealerKit 默认 80%）', '80/20: a fifth of customers make four-fifths of sales, so A customers get most of the customer visits and time (DealerKit default 80%)') },
    {
      id: 'plan',
      label: bi('每月拜访（按等级）', 'Visits a month by tier'),
      value: DEFAULT_PLAN.map((r) => [r[0]]),
      rowLabels: [...TIERS],
      colLabels: [bi('拜访', 'Visits')],
      note: bi('与客户分级与拜访计划相同（VISITPLAN 默认）', 'As in the customer tiers and visit plan (VISITPLAN default)'),
    },
    {
      id: 'factor',
      label: bi('计划周期系数（月 = 1）', 'Period factor (month = 1)'),
      value: [[12], [1], [0.25], [0.05]],
      rowLabels: [...PLAN_LEVELS],
      colLabels: [bi('系数', 'Factor')],
      note: bi('DealerKit 默认：每月 4 周、20 个工作日', 'DealerKit default: 4 weeks and 20 working days a month'),
    },
  ],
  computed: [
    {
      id: 'quota',
      headers: [bi('按等级应访', 'Visits by tier')],
      numberFormat: '0.##',
      build(report) {
        const plan = report.params.value('plan') as number[][];
        const factor = report.params.value('factor') as number[][];
        const tiers = report.values('tier');
        const levels = report.values('level');
        report.perRow(
          'quota',
          (i) => `=IF(${report.dataCell('tier', i)}="","",VLOOKUP(${report.dataCell('tier', i)},${report.params.lookupTable('plan')},2,FALSE)*VLOOKUP(${report.dataCell('level', i)},${report.params.lookupTable('factor')},2,FALSE))`,
          tiers.map((tier, i) => {
            if (tier === null || tier === '') return '';
            const ti = TIERS.findIndex((x) => typeof tier === 'string' && x === tier.toUpperCase());
            const li = PLAN_LEVELS.indexOf(levels[i] as never);
            return ti < 0 || li < 0 ? { error: '#N/A' } : plan[ti][0] * factor[li][0];
          }),
        );
      },
    },
    {
      id: 'visit_rate',
      headers: [bi('拜访完成率', 'Visits done %')],
      numberFormat: '0%',
      build(report) {
        const p = report.values('planned_visits');
        const d = report.values('done_visits');
        report.perRow('visit_rate', (i) => `=IF(N(${report.dataCell('planned_visits', i)})>0,${report.dataCell('done_visits', i)}/${report.dataCell('planned_visits', i)},"")`, p.map((v, i) => rate(v, d[i])));
      },
    },
    {
      id: 'hours_rate',
      headers: [bi('时间完成率', 'Hours done %')],
      numberFormat: '0%',
      build(report) {
        const p = report.values('planned_hours');
        const d = report.values('done_hours');
        report.perRow('hours_rate', (i) => `=IF(N(${report.dataCell('planned_hours', i)})>0,${report.dataCell('done_hours', i)}/${report.dataCell('planned_hours', i)},"")`, p.map((v, i) => rate(v, d[i])));
      },
    },
    {
      id: 'status',
      headers: [bi('状态', 'Status')],
      width: 9,
      build(report) {
        const words = [STATUS.done, STATUS.going, STATUS.none].map((w) => report.text(w));
        const vr = report.values('visit_rate');
        const hr = report.values('hours_rate');
        report.perRow(
          'status',
          (i) => {
            // visits decide where planned, else hours
            const r = `IF(${report.dataCell('visit_rate', i)}<>"",${report.dataCell('visit_rate', i)},${report.dataCell('hours_rate', i)})`;
            return `=IF(${r}="","",IF(${r}>=1,${q(words[0])},IF(${r}>0,${q(words[1])},${q(words[2])})))`;
          },
          vr.map((v, i) => {
            const r = v !== '' ? v : hr[i];
            if (r === '' || r === null) return '';
            if (typeof r !== 'number') return r;
            return r >= 1 ? words[0] : r > 0 ? words[1] : words[2];
          }),
        );
      },
    },
  ],
  // no grand total: visits of a year plan and of its weeks are the same visits; the block below totals each plan
  finish(report) {
    report.highlightRows(`=$${report.letter('tier')}${report.firstExcelRow}="A"`, COLORS.good);
    const withRep = report.used('rep');
    const levels = report.values('level');
    const periods = report.values('period');
    const reps = report.values('rep');
    const key = (i: number) => JSON.stringify([levels[i], periods[i], withRep ? reps[i] : null]);
    // one summary row per plan (level, period and rep as they first appear); a blank form offers one per level to fill in
    const plans: { level: PlanCached; period: PlanCached; rep: PlanCached; key: string }[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < report.n; i++) {
      if (levels[i] === null && periods[i] === null) continue;
      const k = key(i);
      if (!seen.has(k)) {
        seen.add(k);
        plans.push({ level: levels[i], period: periods[i], rep: reps[i], key: k });
      }
    }
    if (report.blank) for (const level of PLAN_LEVELS) plans.push({ level, period: null, rep: null, key: '' });
    const R = (id: string) => report.range(id, 0, true);
    const aim = report.params.value('a_aim') as number;
    const num = (v: PlanCached) => (typeof v === 'number' ? v : 0);
    writeGroupSummary(
      report,
      bi('每个计划：A 类客户所占比例（对照 80/20）', 'Each plan: share on A customers (against 80/20)'),
      plans,
      ({ group: p, at }) => {
        const match = `(${R('level')}=$${at('level')})*(${R('period')}=$${at('period')})${withRep ? `*(${R('rep')}=$${at('rep')})` : ''}`;
        const mine = p.key ? Array.from({ length: report.n }, (_, i) => i).filter((i) => key(i) === p.key) : [];
        const sum = (id: string, only?: (i: number) => boolean) => mine.filter((i) => !only || only(i)).reduce((a, i) => a + num(report.values(id)[i]), 0);
        const isA = (i: number) => typeof report.values('tier')[i] === 'string' && (report.values('tier')[i] as string).toUpperCase() === 'A';
        const tiered = (i: number) => typeof report.values('tier')[i] === 'string' && TIERS.includes((report.values('tier')[i] as string).toUpperCase() as never);
        const share = (id: string) => {
          const all = sum(id, tiered);
          const a = sum(id, isA);
          return { f: `=IF(SUMPRODUCT(${match}*((${R('tier')}="A")+(${R('tier')}="B")+(${R('tier')}="C")),${R(id)})>0,SUMPRODUCT(${match}*(${R('tier')}="A"),${R(id)})/SUMPRODUCT(${match}*((${R('tier')}="A")+(${R('tier')}="B")+(${R('tier')}="C")),${R(id)}),"")`, v: all > 0 ? a / all : '' };
        };
        const met = (shareCell: string, v: PlanCached) => ({ f: `=IF(${shareCell}="","",IF(${shareCell}>=${report.params.ref('a_aim')},${q(report.text(MET.yes))},${q(report.text(MET.no))}))`, v: typeof v === 'number' ? (v >= aim ? report.text(MET.yes) : report.text(MET.no)) : '' });
        return { match, sum, pv: sum('planned_visits'), dv: sum('done_visits'), vShare: share('planned_visits'), hShare: share('planned_hours'), met };
      },
      [
        { id: 'level', header: bi('计划类型', 'Plan'), cell: (row) => row.group.level as GridCell },
        { id: 'period', header: bi('期间', 'Period'), cell: (row) => row.group.period as GridCell },
        withRep && { id: 'rep', header: bi('业务员', 'Rep'), cell: (row) => row.group.rep as GridCell },
        { id: 'planned', header: bi('计划拜访', 'Planned visits'), format: '0', cell: (row) => ({ f: `=SUMPRODUCT(${row.match},${R('planned_visits')})`, v: row.pv }) },
        { id: 'done', header: bi('实际拜访', 'Visits done'), format: '0', cell: (row) => ({ f: `=SUMPRODUCT(${row.match},${R('done_visits')})`, v: row.dv }) },
        { header: bi('完成率', 'Done %'), format: '0%', cell: (row) => ({ f: `=IF(${row.at('planned')}>0,${row.at('done')}/${row.at('planned')},"")`, v: row.pv > 0 ? row.dv / row.pv : '' }) },
        { header: bi('计划时间', 'Planned hours'), format: '0.#', cell: (row) => ({ f: `=SUMPRODUCT(${row.match},${R('planned_hours')})`, v: row.sum('planned_hours') }) },
        { id: 'a_visits', header: bi('A 类拜访占比', 'A share of visits'), format: '0%', cell: (row) => row.vShare },
        { header: bi('拜访对照目标', 'Visits vs aim'), cell: (row) => row.met(row.at('a_visits'), row.vShare.v) },
        { id: 'a_hours', header: bi('A 类时间占比', 'A share of time'), format: '0%', cell: (row) => row.hShare },
        { header: bi('时间对照目标', 'Time vs aim'), cell: (row) => row.met(row.at('a_hours'), row.hShare.v) },
      ],
    );
    report.side.notes(bi('说明', 'Notes'), [
      bi('制定有效的工作计划：年度计划、月度计划、周工作计划、日工作计划（教材）', 'Effective work plans: yearly, monthly, weekly and daily (seeds)'),
      bi('80/20 原则：20% 的客户带来 80% 的销量，A 类客户应得到大部分时间（教材）', '80/20: 20% of customers make 80% of sales, so A customers get most of the time (seeds)'),
      bi('A 类占比 = 该计划中 A 类客户的计划拜访（或时间）÷ 已分级客户（A/B/C）的计划拜访（或时间）；无客户的事务不计入', 'A share = planned visits (or hours) on A customers ÷ those on graded (A/B/C) customers in the plan; tasks without a customer are left out'),
      bi('客户等级：可从“客户分级与拜访计划”的等级列复制；按等级应访 = 该表的每月拜访 × 计划周期系数', 'Tier: copy the tier column of the customer tiers and visit plan; visits by tier = its visits a month × the period factor'),
      ...(report.blank ? [bi('空白表：在上方每个计划行填写期间（如 2026-11），与表中的计划类型和期间一致即可汇总', 'Blank form: type each plan’s period (e.g. 2026-11) in its row above, as in the table, and it is summed')] : []),
      bi('状态（DealerKit 默认）：按拜访完成率，未计划拜访时按时间完成率；≥100% 完成，>0 进行中，0 未开始', 'Status (DealerKit default): by visits done, or hours where no visits are planned; ≥ 100% done, > 0 under way, 0 not started'),
    ]);
  },
};

/** The bundled sample, in Chinese (seeded: always the same). */
export function sample(): SourceTable {
  const r = rng(15);
  const tiers = tierOf();
  const perMonth: Record<string, number> = { A: 8, B: 4, C: 1 };
  const rows: unknown[][] = [];
  const customersOf = (k: number) => DEALERS.map((d, i) => ({ d, tier: tiers[i], i })).filter((x) => x.i % REPS.length === k);
  // the year plan of two reps: each customer's visits for the year, eleven months of them done
  for (const k of [0, 1]) {
    for (const c of customersOf(k)) {
      const planned = perMonth[c.tier] * 12;
      rows.push(['年度', '2026', REPS[k], c.d, c.tier, '全年拜访', planned, Math.round(planned * (0.8 + r() * 0.12)), planned * 1.5, Math.round(planned * 1.5 * (0.8 + r() * 0.1))]);
    }
    rows.push(['年度', '2026', REPS[k], '', '', '季度培训与总结', '', '', 40, 32]);
  }
  // the month, week and day plans of every rep
  REPS.forEach((rep, k) => {
    const mine = customersOf(k);
    for (const c of mine) {
      const planned = perMonth[c.tier] + (c.tier === 'A' ? int(r, 0, 2) : 0);
      rows.push(['月度', '2026-11', rep, c.d, c.tier, c.tier === 'A' ? '陈列检查与促销' : '补货与收款', planned, Math.min(planned, Math.round(planned * (0.7 + r() * 0.35))), planned * 1.5, Math.round(planned * 1.5 * (0.75 + r() * 0.3))]);
    }
    rows.push(['月度', '2026-11', rep, '', '', '周例会与报表', '', '', 8, 8]);
    // the week goes mostly to A customers, and to one B customer
    for (const c of [...mine.filter((x) => x.tier === 'A'), ...mine.filter((x) => x.tier === 'B').slice(0, 1)]) {
      const planned = c.tier === 'A' ? 3 : 1;
      rows.push(['周', '2026-11 第4周', rep, c.d, c.tier, '拜访', planned, k === 2 ? 0 : int(r, 0, planned), planned * 1.5, k === 2 ? 0 : planned]);
    }
    const today = mine.slice(0, 3);
    for (const c of today) rows.push(['日', '2026-11-24', rep, c.d, c.tier, pick(r, ['新品推荐', '收款', '陈列检查']), 1, r() < 0.6 ? 1 : 0, 1.5, r() < 0.6 ? 1.5 : 0.5]);
    rows.push(['日', '2026-11-24', rep, '', '', '填写销售活动日报表', '', '', 0.5, 0.5]);
  });
  return { headers: ['计划类型', '期间', '业务员', '客户', '客户等级', '工作内容', '计划拜访', '实际拜访', '计划时间（小时）', '实际时间（小时）'], rows };
}
