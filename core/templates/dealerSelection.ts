// 经销商选择评估表: candidate dealers rated on the seed's six standards, weighted 0–100 score, rank and a recommendation.
import { COLORS } from '../plan/tableLayout';
import { bi, field, GRADE_SCALE_NOTE, GRADES } from './fields';
import { outcomeWordParams } from '../plan/paramShapes';
import { cols, param } from '../plan/fnColumn';
import type { TemplateSpec } from './types';
import type { SourceTable } from '../plan/render';
import { rng, pick } from '../samples/names';

/** The seed's six selection standards (000: 经销商选择的标准和动作), each with its quick checks. */
export const SELECTION_STANDARDS = [
  { id: 'strength', zh: '网络/资金/运输实力', en: 'Network, capital, transport', synonyms: ['实力', '网络资金运输', '经销商实力', 'strength'] },
  { id: 'sales_ability', zh: '销售能力/潜力', en: 'Sales ability and potential', synonyms: ['销售能力', '销售潜力', 'sales ability'] },
  { id: 'management', zh: '内部管理', en: 'Internal management', synonyms: ['管理', '管理水平', '仓库管理', 'management'] },
  { id: 'goodwill', zh: '商誉', en: 'Goodwill', synonyms: ['商业信誉', '信誉', '口碑', 'reputation'] },
  { id: 'willingness', zh: '合作意愿', en: 'Willingness to cooperate', synonyms: ['意愿', '合作态度', 'willingness'] },
  { id: 'thinking', zh: '生意思路/行销意识', en: 'Modern business thinking', synonyms: ['生意思路', '行销意识', '经营思路', 'business thinking'] },
] as const;

export const dealerSelection: TemplateSpec = {
  id: 'dealer-selection',
  order: 130,
  name: bi('经销商选择评估表', 'Dealer selection'),
  description: bi('按六大标准（实力、销售能力、内部管理、商誉、合作意愿、生意思路）给候选经销商评分，加权得 0–100 分，排名并给出建议。', 'Candidate dealers rated on the six standards (strength, sales ability, management, goodwill, willingness, business thinking): a weighted 0–100 score, rank and a recommendation.'),
  period: 'month',
  fields: [
    field('candidate', '候选经销商', 'Candidate dealer', 'text', { required: true, synonyms: ['经销商', '候选客户', '客户', '批发商', 'dealer', 'candidate'], width: 16 }),
    field('region', '区域', 'Region', 'text', { synonyms: ['地区', '片区', '市场', 'area', 'market'] }),
    ...SELECTION_STANDARDS.map((s) => field(s.id, s.zh, s.en, 'choice', { list: GRADES, synonyms: [...s.synonyms], width: 12 })),
    field('notes', '备注', 'Notes', 'text', { synonyms: ['说明', '考察记录', 'remarks'], width: 18 }),
  ],
  params: [
    {
      id: 'weights',
      label: bi('权重', 'Weights'),
      value: [[3, 2, 1, 1, 2, 1]],
      rowLabels: [''],
      colLabels: SELECTION_STANDARDS.map((s) => bi(s.zh, s.en)),
      note: bi('DealerKit 默认：实力 3、销售能力 2、合作意愿 2，其余 1（教材未给权重）', 'DealerKit default: strength 3, sales ability 2, willingness 2, the rest 1 (the seeds give no weights)'),
    },
    { id: 'sign_cut', label: bi('建议签约最低分', 'Sign from score'), value: 80, note: bi('DealerKit 默认', 'DealerKit default') },
    { id: 'reserve_cut', label: bi('备选最低分', 'Reserve from score'), value: 65, note: bi('DealerKit 默认', 'DealerKit default') },
    ...outcomeWordParams(bi('建议', 'Recommendation'), [
      { id: 'rec_sign', which: bi('高分', 'high'), word: '建议签约' },
      { id: 'rec_reserve', which: bi('中分', 'middle'), word: '备选，再考察' },
      { id: 'rec_reject', which: bi('低分', 'low'), word: '不选' },
    ]),
  ],
  computed: [
    {
      id: 'score',
      headers: [bi('得分', 'Score')],
      numberFormat: '0.0',
      // SCORECARD: DEALERSCORE's grade scale, the weights of the parameter block (dk: DK.SCORECARD; portable: its native form)
      build: (report) => report.fn('score', 'SCORECARD', [cols(SELECTION_STANDARDS.map((s) => s.id)), param('weights')]),
    },
    {
      id: 'rank',
      headers: [bi('排名', 'Rank')],
      numberFormat: '0',
      width: 7,
      build(report) {
        const s = report.values('score');
        const all = report.range('score', 0, true);
        // COUNTIF skips error and text cells, so one bad row does not break the others' ranks
        // rank = 1 + how many scores are higher: one sort, then a binary search per row (100,000 rows stay fast)
        const sorted = s.filter((x): x is number => typeof x === 'number').sort((a, b) => a - b);
        const higher = (v: number) => {
          let lo = 0;
          let hi = sorted.length;
          while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (sorted[mid] <= v) lo = mid + 1;
            else hi = mid;
          }
          return sorted.length - lo;
        };
        report.perRow('rank', (i) => `=IF(ISNUMBER(${report.dataCell('score', i)}),COUNTIF(${all},">"&${report.dataCell('score', i)})+1,"")`, s.map((v) => (typeof v === 'number' ? higher(v) + 1 : '')));
      },
    },
    {
      id: 'recommendation',
      headers: [bi('建议', 'Recommendation')],
      width: 14,
      build(report) {
        const s = report.values('score');
        const [hi, mid] = [report.params.value('sign_cut') as number, report.params.value('reserve_cut') as number];
        const [a, b, c] = ['rec_sign', 'rec_reserve', 'rec_reject'].map((id) => report.params.value(id) as string);
        report.perRow(
          'recommendation',
          (i) => `=IF(ISNUMBER(${report.dataCell('score', i)}),IF(${report.dataCell('score', i)}>=${report.params.ref('sign_cut')},${report.params.ref('rec_sign')},IF(${report.dataCell('score', i)}>=${report.params.ref('reserve_cut')},${report.params.ref('rec_reserve')},${report.params.ref('rec_reject')})),"")`,
          s.map((v) => (typeof v === 'number' ? (v >= hi ? a : v >= mid ? b : c) : '')),
        );
      },
    },
  ],
  finish(report) {
    report.highlightRows(`=$${report.letter('recommendation')}${report.firstExcelRow}=${report.params.ref('rec_sign')}`, COLORS.good);
    report.highlightRows(`=$${report.letter('recommendation')}${report.firstExcelRow}=${report.params.ref('rec_reject')}`, COLORS.bad);
    report.side.notes(bi('六大标准的快速判定（教材）', 'Quick checks for the six standards (seeds)'), [
      bi('1 网络/资金/运输实力：五个动作——看下线客户名单、看车辆与送货范围、看仓库面积与库存额、问资金与回款、看竞品代理情况', '1 Strength: five checks — his downstream customer list, vehicles and delivery area, warehouse size and stock value, capital and collections, which other brands he carries'),
      bi('2 销售能力/潜力：三个动作——看近年销量走势、看业务人员数量与素质、看终端覆盖', '2 Sales ability: three checks — his sales trend, the number and quality of his salespeople, his outlet coverage'),
      bi('3 内部管理：六个招数，重点看仓库管理五个指标——整洁分区、先进先出与日期管理、账实相符、破损与退货处理、出入库单据', '3 Management: six checks, above all five warehouse indicators — tidy zones, first-in-first-out and dates, stock matches the books, damage and returns handled, in/out documents'),
      bi('4 商誉：三个动作——问同行、问下线客户、问银行或老厂家', '4 Goodwill: three checks — ask his peers, his downstream customers, his bank or former suppliers'),
      bi('5 合作意愿：两个动作——看他对我方产品与政策的态度、看他愿投入的人力与资金', '5 Willingness: two checks — his attitude to our products and policy, the people and money he will commit'),
      bi('6 生意思路/行销意识：三句问话、两个小时观察', '6 Business thinking: three questions and two hours of watching him work'),
      bi('各项动作的具体内容教材只给了数目，上述内容为 DealerKit 的默认写法', 'The seeds give only the number of checks; the wording above is DealerKit’s default'),
      GRADE_SCALE_NOTE,
      bi(`建议规则（DealerKit 默认）：得分 ≥ 签约最低分 → 建议签约；≥ 备选最低分 → 备选；其余 → 不选`, 'Rule (DealerKit default): score ≥ sign cut → sign; ≥ reserve cut → reserve; else → reject'),
    ]);
    report.chart({
      type: 'bar',
      title: report.text(bi('候选经销商得分', 'Candidate scores')),
      categories: report.rangeRef('candidate'),
      series: [{ name: report.text(bi('得分', 'Score')), values: report.rangeRef('score') }],
    });
  },
};

/** The bundled sample, in Chinese (seeded: always the same). */
export function sample(): SourceTable {
  const r = rng(13);
  const candidates = ['新丰商贸', '恒通批发', '广源副食', '瑞丰商行', '聚福贸易', '盛达经销部', '润泽食品', '信达商贸', '旺旺批发部', '康源商行', '鼎盛贸易', '通达物流配送'];
  const areas = ['临安县城', '富阳新区', '桐庐县城'];
  const rows = candidates.map((c, i) => {
    const base = i < 3 ? 0 : i < 8 ? 1 : 2; // the first few strong, the last ones weak
    const grade = () => GRADES[Math.min(3, Math.max(0, base + Math.floor(r() * 3) - 1))];
    const ratings: unknown[] = Array.from({ length: 6 }, grade);
    if (i === 4) ratings[3] = 85; // a score typed in
    if (i === 9) ratings[5] = ''; // not yet observed
    return [c, areas[i % areas.length], ...ratings, pick(r, ['仓库整洁，先进先出', '车辆 3 台，覆盖 5 个乡镇', '老板思路开放', '代理竞品较多', ''])];
  });
  return { headers: ['候选经销商', '区域', '网络/资金/运输实力', '销售能力/潜力', '内部管理', '商誉', '合作意愿', '生意思路/行销意识', '备注'], rows };
}
