// 目标客户筛选与购买热度表: standard score from weighted criteria, buying-heat stage (five-stage model), 围墙准则 for key customers, visits per stage.
import { colIndex, colLetter, rect } from '../plan/a1';
import { COLORS } from '../plan/tableLayout';
import type { PlanCached } from '../plan/types';
import { bi, field, GRADE_SCALE_NOTE, GRADES, q } from './fields';
import { cols, param } from '../plan/fnColumn';
import type { TemplateSpec } from './types';
import type { SourceTable } from '../plan/render';
import { rng, pick, DEALERS, REPS } from '../samples/names';

/** The seed's big-customer development model (003), first stage first. */
export const HEAT_STAGES = ['目标与评估', '产品使用者', '优先使用者', '排他使用者', '排他性壁垒'] as const;
export const RELATIONS = ['很好', '一般'] as const;

/** Screening criteria: the seed's segment tests (规模足够大、相似性、与购买环境相关、必须可以到达) and 成交机会/潜在价值. */
export const SCREEN_CRITERIA = [
  { id: 'size', zh: '规模', en: 'Size', synonyms: ['规模大小', '销量规模', 'scale'] },
  { id: 'fit', zh: '需求相似性', en: 'Needs fit', synonyms: ['相似性', '需求匹配', 'fit'] },
  { id: 'environment', zh: '购买环境', en: 'Buying environment', synonyms: ['与购买环境相关', '购买条件', 'environment'] },
  { id: 'reach', zh: '可到达', en: 'Reachable', synonyms: ['可到达性', '可接触', 'reach'] },
  { id: 'potential', zh: '成交机会/潜在价值', en: 'Chance and potential', synonyms: ['潜在价值', '成交机会', 'potential'] },
] as const;

/** Stage table (DealerKit default; the seeds name the stages, not these figures): from our share, next action, visits a month, visit goal. */
const STAGE_TABLE: (number | string)[][] = [
  [0, '研究客户需求，安排产品介绍与试用', 2, '了解需求、决策人和竞品'],
  [0.01, '扩大使用范围和用量', 3, '找出使用中的问题并解决'],
  [0.3, '争取优先使用，增加品项', 4, '让客户把我方产品列为首选'],
  [0.7, '全品项合作，防止竞品进入', 4, '巩固排他地位'],
  ['—', '签长期协议、做增值服务，筑起壁垒', 2, '维持关系、快速回应变化'],
];

const KEY_WORDS = { yes: bi('是', 'Yes'), no: bi('否', 'No') };

export const targetScreening: TemplateSpec = {
  id: 'target-screening',
  order: 140,
  name: bi('目标客户筛选与购买热度表', 'Target screening and buying heat'),
  description: bi('按筛选准则加权打出标准得分，按大客户发展模型（目标与评估 → 产品使用者 → 优先使用者 → 排他使用者 → 排他性壁垒）定出购买热度阶段，对重点客户按围墙准则（很好/一般）定下一步行动和每月拜访次数。', 'A standard score from weighted screening criteria, the buying-heat stage of the big-customer model (target → user → preferred → exclusive → barrier), and for key customers the 围墙 relationship rule (很好/一般) deciding the next action and monthly visits.'),
  period: 'month',
  fields: [
    field('customer', '客户', 'Customer', 'text', { required: true, synonyms: ['目标客户', '客户名称', '经销商', 'dealer', 'account'], width: 16 }),
    field('rep', '业务员', 'Rep', 'text', { synonyms: ['销售代表', '负责人', 'sales rep'] }),
    // 9 wide: the grades are two characters and the headers wrap, so the sheet prints one page wide at ≥ 7 pt
    ...SCREEN_CRITERIA.map((c) => field(c.id, c.zh, c.en, 'choice', { list: GRADES, synonyms: [...c.synonyms], width: 9 })),
    field('our_share', '我方份额', 'Our share', 'percent', { synonyms: ['我方占有率', '我方占比', '使用比例', 'share of wallet'] }),
    field('stage', '购买热度阶段', 'Buying-heat stage', 'choice', { list: HEAT_STAGES, synonyms: ['购买热度', '热度', '阶段', 'stage', 'heat'], width: 12 }),
    field('relation', '关系（围墙准则）', 'Relationship', 'choice', { list: RELATIONS, synonyms: ['关系', '围墙准则', '客户关系', 'relationship'], width: 10 }),
  ],
  params: [
    {
      id: 'weights',
      label: bi('权重', 'Weights'),
      value: [[2, 1, 1, 1, 2]],
      rowLabels: [''],
      colLabels: SCREEN_CRITERIA.map((c) => bi(c.zh, c.en)),
      note: bi('DealerKit 默认：规模、成交机会/潜在价值各 2，其余 1', 'DealerKit default: size and potential 2, the rest 1'),
    },
    { id: 'target_cut', label: bi('目标客户最低分', 'Target from score'), value: 70, note: bi('DealerKit 默认', 'DealerKit default') },
    {
      id: 'stages',
      label: bi('阶段表', 'Stage table'),
      value: STAGE_TABLE,
      rowLabels: [...HEAT_STAGES],
      colLabels: [bi('起始份额', 'From our share'), bi('下一步行动', 'Next action'), bi('每月拜访', 'Visits a month'), bi('拜访目标', 'Visit goal')],
      note: bi('DealerKit 默认（教材只给了阶段名称）。未填阶段时按我方份额定阶段；排他性壁垒需手工选定', 'DealerKit default (the seeds give the stage names only). Without a stage the share decides it; the barrier stage is chosen by hand'),
    },
    { id: 'key_from', label: bi('重点客户：从此阶段起', 'Key customer from stage'), value: '优先使用者', note: bi('DealerKit 默认：进入购买平台（优先使用者及以后）', 'DealerKit default: on the buying platform (preferred user and on)') },
    { id: 'wall_good', label: bi('围墙：关系很好', 'Relationship 很好'), value: '巩固：研究其购买原因，保持服务，防竞品' },
    { id: 'wall_fair', label: bi('围墙：关系一般', 'Relationship 一般'), value: '加强：增加拜访，解决问题，快速回应变化' },
    { id: 'wall_unknown', label: bi('围墙：未评估', 'Relationship not rated'), value: '先评估关系（很好/一般）' },
    { id: 'extra_visits', label: bi('关系一般时每月加访', 'Extra visits if 一般'), value: 2, note: bi('DealerKit 默认', 'DealerKit default') },
  ],
  computed: [
    {
      id: 'score',
      headers: [bi('标准得分', 'Standard score')],
      numberFormat: '0.0',
      // SCORECARD: DEALERSCORE's grade scale, the weights of the parameter block (dk: DK.SCORECARD; portable: its native form)
      build: (report) => report.fn('score', 'SCORECARD', [cols(SCREEN_CRITERIA.map((c) => c.id)), param('weights')]),
    },
    {
      id: 'is_target',
      headers: [bi('目标客户', 'Target')],
      width: 8,
      build(report) {
        const cut = report.params.value('target_cut') as number;
        const [yes, no] = [report.text(KEY_WORDS.yes), report.text(KEY_WORDS.no)];
        report.perRow('is_target', (i) => `=IF(ISNUMBER(${report.dataCell('score', i)}),IF(${report.dataCell('score', i)}>=${report.params.ref('target_cut')},${q(yes)},${q(no)}),"")`, report.values('score').map((v) => (typeof v === 'number' ? (v >= cut ? yes : no) : '')));
      },
    },
    {
      id: 'heat',
      headers: [bi('热度阶段', 'Heat stage')],
      width: 12,
      build(report) {
        const { names, shares4 } = stageRanges(report.params.lookupTable('stages'));
        const table = report.params.value('stages') as (number | string)[][];
        const stage = report.values('stage');
        const share = report.values('our_share');
        const score = report.values('score');
        report.perRow(
          'heat',
          (i) => {
            const s = report.dataCell('stage', i);
            const sh = report.dataCell('our_share', i);
            return `=IF(${s}<>"",IF(ISNUMBER(MATCH(${s},${names},0)),${s},NA()),IF(ISNUMBER(${sh}),INDEX(${names},MATCH(${sh},${shares4},1)),IF(ISNUMBER(${report.dataCell('score', i)}),INDEX(${names},1),"")))`;
          },
          stage.map((s, i): PlanCached => {
            if (s !== null && s !== '') return typeof s === 'string' && (HEAT_STAGES as readonly string[]).includes(s) ? s : { error: '#N/A' };
            const sh = share[i];
            if (typeof sh === 'number') {
              let k = -1;
              for (let j = 0; j < 4; j++) if (typeof table[j][0] === 'number' && sh >= (table[j][0] as number)) k = j;
              return k < 0 ? { error: '#N/A' } : HEAT_STAGES[k];
            }
            return typeof score[i] === 'number' ? HEAT_STAGES[0] : '';
          }),
        );
      },
    },
    {
      id: 'next_action',
      headers: [bi('下一步行动', 'Next action')],
      width: 20,
      build(report) {
        const table = report.params.lookupTable('stages');
        const rows = report.params.value('stages') as (number | string)[][];
        report.perRow('next_action', (i) => `=IF(${report.dataCell('heat', i)}="","",VLOOKUP(${report.dataCell('heat', i)},${table},3,FALSE))`, report.values('heat').map((h) => stageCell(h, rows, 1)));
      },
    },
    {
      id: 'visits',
      headers: [bi('每月拜访', 'Visits a month')],
      numberFormat: '0',
      build(report) {
        const table = report.params.lookupTable('stages');
        const rows = report.params.value('stages') as (number | string)[][];
        const extra = report.params.value('extra_visits') as number;
        const { names } = stageRanges(table);
        const keyIdx = HEAT_STAGES.indexOf(report.params.value('key_from') as (typeof HEAT_STAGES)[number]);
        const rel = report.values('relation');
        report.perRow(
          'visits',
          (i) => `=IF(${report.dataCell('heat', i)}="","",VLOOKUP(${report.dataCell('heat', i)},${table},4,FALSE)+IF(AND(MATCH(${report.dataCell('heat', i)},${names},0)>=MATCH(${report.params.ref('key_from')},${names},0),${report.dataCell('relation', i)}="一般"),${report.params.ref('extra_visits')},0))`,
          report.values('heat').map((h, i) => {
            const base = stageCell(h, rows, 2);
            if (typeof base !== 'number') return base;
            const isKey = HEAT_STAGES.indexOf(h as never) >= keyIdx;
            return base + (isKey && rel[i] === '一般' ? extra : 0);
          }),
        );
      },
    },
    {
      id: 'wall',
      headers: [bi('围墙准则行动', 'Relationship action')],
      width: 20,
      build(report) {
        const { names } = stageRanges(report.params.lookupTable('stages'));
        const keyIdx = HEAT_STAGES.indexOf(report.params.value('key_from') as (typeof HEAT_STAGES)[number]);
        const [good, fair, unknown] = ['wall_good', 'wall_fair', 'wall_unknown'].map((id) => report.params.value(id) as string);
        const rel = report.values('relation');
        report.perRow(
          'wall',
          (i) => `=IF(${report.dataCell('heat', i)}="","",IF(MATCH(${report.dataCell('heat', i)},${names},0)>=MATCH(${report.params.ref('key_from')},${names},0),IF(${report.dataCell('relation', i)}="很好",${report.params.ref('wall_good')},IF(${report.dataCell('relation', i)}="一般",${report.params.ref('wall_fair')},${report.params.ref('wall_unknown')})),""))`,
          report.values('heat').map((h, i) => {
            if (h === '' || h === null) return '';
            if (typeof h !== 'string') return h;
            if (HEAT_STAGES.indexOf(h as never) < keyIdx) return '';
            return rel[i] === '很好' ? good : rel[i] === '一般' ? fair : unknown;
          }),
        );
      },
    },
  ],
  totals: ['visits'],
  finish(report) {
    report.highlightRows(`=$${report.letter('relation')}${report.firstExcelRow}="一般"`, COLORS.warn);
    report.highlightRows(`=$${report.letter('is_target')}${report.firstExcelRow}=${q(report.text(KEY_WORDS.yes))}`, COLORS.good);
    const heatR = report.range('heat', 0, true);
    const visitsR = report.range('visits', 0, true);
    const heat = report.values('heat');
    const visits = report.values('visits');
    const rows = HEAT_STAGES.map((s) => {
      const idx = heat.map((h, i) => (h === s ? i : -1)).filter((i) => i >= 0);
      return [
        s,
        { f: `=COUNTIF(${heatR},${q(s)})`, v: idx.length },
        { f: `=SUMIF(${heatR},${q(s)},${visitsR})`, v: idx.reduce((a, i) => a + (typeof visits[i] === 'number' ? (visits[i] as number) : 0), 0) },
      ];
    });
    const at = report.side.block(bi('按购买热度阶段', 'By buying-heat stage'), [report.text(bi('阶段', 'Stage')), report.text(bi('客户数', 'Customers')), report.text(bi('每月拜访', 'Visits a month'))], rows, [undefined, '0', '0']);
    report.side.notes(bi('规则', 'Rules'), [
      bi('筛选准则（教材）：规模足够大、相似性、与购买环境相关、必须可以到达，并衡量成交机会与潜在价值', 'Screening (seeds): big enough, similar needs, fits the buying environment, reachable; weigh the chance of a sale and its value'),
      GRADE_SCALE_NOTE,
      bi('购买热度：客户对公司产品了解或承诺的程度，决定他处在发展模型的哪一阶段；目标是把一般客户输送到购买平台成为重点客户', 'Buying heat: how far the customer knows of or is committed to our products; it sets his stage, and the aim is to move ordinary customers onto the buying platform as key customers'),
      bi('围墙准则（教材）：客观评价与重点客户的关系是很好还是一般，据此定最有效、最快的行动', '围墙 rule (seeds): rate the relationship with each key customer as 很好 or 一般 and take the fastest effective action'),
      bi('DealerKit 默认：未选阶段时按我方份额查阶段表，无份额的已筛选客户从“目标与评估”开始；关系一般的重点客户每月加访', 'DealerKit default: without a stage the share picks it from the stage table, screened customers without a share start at 目标与评估; key customers rated 一般 get extra visits'),
    ]);
    report.chart({
      type: 'bar',
      title: report.text(bi('各阶段客户数', 'Customers by stage')),
      categories: rect(at.row, at.col, HEAT_STAGES.length, 1),
      series: [{ name: report.text(bi('客户数', 'Customers')), values: rect(at.row, at.col + 1, HEAT_STAGES.length, 1) }],
    });
  },
};

/** The stage names (the label column) and the first four from-share cells of the stage table "$W$20:$AA$24". */
function stageRanges(table: string) {
  const m = /^\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(table)!;
  const [c0, r0, r1] = [m[1], Number(m[2]), Number(m[4])];
  const share = colLetter(colIndex(c0) + 1);
  return { names: `$${c0}$${r0}:$${c0}$${r1}`, shares4: `$${share}$${r0}:$${share}$${r0 + 3}` };
}

/** What VLOOKUP(stage, table, 2 + k, FALSE) gives: the k-th value column of the stage's row. */
function stageCell(h: PlanCached, rows: (number | string)[][], k: number): PlanCached {
  if (h === '' || h === null) return '';
  if (typeof h !== 'string') return h;
  const i = HEAT_STAGES.indexOf(h as never);
  return i < 0 ? { error: '#N/A' } : rows[i][k];
}

/** The bundled sample, in Chinese (seeded: always the same). */
export function sample(): SourceTable {
  const r = rng(14);
  const rows = DEALERS.slice(0, 30).map((d, i) => {
    const base = i < 8 ? 0 : i < 20 ? 1 : 2;
    const grade = () => GRADES[Math.min(3, Math.max(0, base + Math.floor(r() * 3) - 1))];
    const share: unknown = i % 7 === 6 ? '' : Number((i < 8 ? 0.3 + r() * 0.6 : i < 20 ? r() * 0.5 : r() * 0.1).toFixed(2));
    const stage = i === 0 ? '排他性壁垒' : '';
    const relation = i < 12 ? pick(r, ['很好', '很好', '一般', '']) : '';
    return [d, REPS[i % REPS.length], ...Array.from({ length: 5 }, grade), share, stage, relation];
  });
  return { headers: ['客户', '业务员', '规模', '需求相似性', '购买环境', '可到达', '成交机会/潜在价值', '我方份额', '购买热度阶段', '关系（围墙准则）'], rows };
}
