// The catalogue of every user-facing error message of the functions, in zh-CN and en-US.
import type { Bilingual } from './lang';

/** `{name}` placeholders are filled by `msg()`. */
export const MESSAGES = {
  notNumber: { 'zh-CN': '{arg}：“{value}” 不是数字', 'en-US': '{arg}: "{value}" is not a number' },
  percentNotAllowed: {
    'zh-CN': '{arg}：这里不能用百分数（“{value}”），请输入数量',
    'en-US': '{arg}: a percentage ("{value}") is not allowed here; enter a quantity',
  },
  booleanNotAllowed: { 'zh-CN': '{arg}：逻辑值 {value} 不是数字', 'en-US': '{arg}: the logical value {value} is not a number' },
  dateNotAllowed: { 'zh-CN': '{arg}：日期 {value} 不是数字', 'en-US': '{arg}: the date {value} is not a number' },
  notFinite: { 'zh-CN': '{arg}：{value} 不是有限的数', 'en-US': '{arg}: {value} is not a finite number' },
  notAValue: { 'zh-CN': '{arg}：无法读取的值', 'en-US': '{arg}: a value that cannot be read' },
  shapeMismatch: {
    'zh-CN': '区域大小不一致：{a} 与 {b}（除单个值外，各区域必须同样大小）',
    'en-US': 'Ranges do not match: {a} vs {b} (ranges other than single values must be the same size)',
  },
  raggedRange: { 'zh-CN': '{arg}：区域各行长度不同', 'en-US': '{arg}: the rows of the range have different lengths' },
  emptyRange: { 'zh-CN': '{arg}：区域为空', 'en-US': '{arg}: the range is empty' },
  negative: { 'zh-CN': '{arg} 不能为负数（{value}）', 'en-US': '{arg} must not be negative ({value})' },
  notPositive: { 'zh-CN': '{arg} 必须大于 0（{value}）', 'en-US': '{arg} must be greater than 0 ({value})' },
  currentStockMissing: {
    'zh-CN': '缺少本次库存：请先盘点（不能按 0 计，否则会当作卖空而多订货）',
    'en-US': 'Current stock missing: count it first (reading it as 0 would look like a sell-out and over-order)',
  },
  salesNegative: {
    'zh-CN': '上期实际销量为负（{value}）：库存增加超过了订货量，请检查是否有退货或未登记的到货',
    'en-US': 'Last-period sales are negative ({value}): stock grew by more than was ordered; check for returns or an unrecorded delivery',
  },
  serviceLevelRange: {
    'zh-CN': '服务水平必须在 50% 到 100% 之间（不含 100%），当前为 {value}',
    'en-US': 'The service level must be from 50% up to (not including) 100%; got {value}',
  },
  serviceLevelPercentHint: {
    'zh-CN': '服务水平必须在 50% 到 100% 之间（不含 100%），当前为 {value}：是想输入 0.95 或 95% 吗？',
    'en-US': 'The service level must be from 50% up to (not including) 100%; got {value}. Did you mean 0.95 or 95%?',
  },
  gradeUnknown: {
    'zh-CN': '评分“{value}”无法识别：请用 优秀/良好/中等/中下、A–D 或 0–100 的分数',
    'en-US': 'Rating "{value}" is not a grade: use 优秀/良好/中等/中下, A–D, excellent/good/fair/poor or a score 0–100',
  },
  gradeRange: { 'zh-CN': '评分 {value} 超出 0–100', 'en-US': 'Rating {value} is outside 0–100' },
  columnOnly: {
    'zh-CN': '{arg} 必须是单个值或单列区域（当前 {shape}）',
    'en-US': '{arg} must be a single value or one column (got {shape})',
  },
  ratingsShape: {
    'zh-CN': '评分区域必须每个经销商一行：应为 {n} 行，当前 {shape}',
    'en-US': 'ratings must have one row per dealer: expected {n} rows, got {shape}',
  },
  weightsLength: {
    'zh-CN': '权重个数不对：应为 {expected} 个（销售增长、指标达成 + {k} 个评分项），当前 {got} 个',
    'en-US': 'Wrong number of weights: expected {expected} (growth, target + {k} rated items), got {got}',
  },
  scorecardWeightsLength: {
    'zh-CN': '权重个数不对：应为 {expected} 个（每个评分项一个），当前 {got} 个',
    'en-US': 'Wrong number of weights: expected {expected} (one per rated item), got {got}',
  },
  scorecardNothing: {
    'zh-CN': '没有可计分的项目（有评分的项目权重之和为 0）',
    'en-US': 'Nothing to score (the rated items have weights that add up to 0)',
  },
  weightsShape: { 'zh-CN': '权重必须是一行或一列', 'en-US': 'weights must be one row or one column' },
  nothingToScore: {
    'zh-CN': '没有可计分的项目（去年销售、指标和评分都为空，或权重之和为 0）',
    'en-US': 'Nothing to score (no last-year sales, target or ratings, or the weights add up to 0)',
  },
  settingRange: { 'zh-CN': '{arg} 必须是单个值，不能是区域', 'en-US': '{arg} must be a single value, not a range' },
  cutsOrder: {
    'zh-CN': '分级界限必须满足 0 < a_cut ≤ b_cut ≤ 1（当前 {a}、{b}）',
    'en-US': 'Cuts must satisfy 0 < a_cut ≤ b_cut ≤ 1 (got {a}, {b})',
  },
  cutsOrderScore: {
    'zh-CN': '按分数分级时 a_cut 必须大于 b_cut（当前 {a}、{b}）',
    'en-US': 'For the score method a_cut must be greater than b_cut (got {a}, {b})',
  },
  unknownMethod: {
    'zh-CN': '分级方法“{value}”无法识别：请用 pareto（帕累托）、rank（排名）或 score（分数）',
    'en-US': 'Unknown method "{value}": use pareto, rank or score',
  },
  shareRange: { 'zh-CN': '{arg} {value} 超出 0–100%', 'en-US': '{arg} {value} is outside 0–100%' },
  cutRange: { 'zh-CN': '{arg} {value} 超出 0–100%', 'en-US': '{arg} {value} is outside 0–100%' },
  unknownFormat: {
    'zh-CN': '格式“{value}”无法识别：请用 zh、en 或 number',
    'en-US': 'Unknown format "{value}": use zh, en or number',
  },
  tierUnknown: {
    'zh-CN': '等级“{value}”无法识别：请用 A、B、C（可带 类/级/门店/客户）或 战略/重点/普通',
    'en-US': 'Tier "{value}" is not recognised: use A, B or C (optionally with 类/级/门店/客户) or 战略/重点/普通',
  },
  unknownChannel: {
    'zh-CN': '渠道“{value}”无法识别：请用 visit（拜访）、phone（电话）、message（信息）或 all',
    'en-US': 'Unknown channel "{value}": use visit, phone, message or all',
  },
  planShape: {
    'zh-CN': '拜访计划必须是 3×3 区域（行 A、B、C；列 拜访、电话、信息），当前 {shape}',
    'en-US': 'plan must be a 3×3 range (rows A, B, C; columns visit, phone, message); got {shape}',
  },
  allNeedsColumn: {
    'zh-CN': 'channel 为 all 时，等级必须是单个值或单列（当前 {shape}）',
    'en-US': 'With channel "all" the tier must be a single value or one column (got {shape})',
  },
  overflow: { 'zh-CN': '结果超出数字范围', 'en-US': 'The result is too large for a number' },
  passedThrough: { 'zh-CN': '输入数据中的错误 {code}', 'en-US': 'Error {code} in the input data' },
  excelCannotReturn: {
    'zh-CN': '原错误为 {code}：{message}',
    'en-US': 'Original error {code}: {message}',
  },
} as const satisfies Record<string, Bilingual>;

export type MessageKey = keyof typeof MESSAGES;

/** Fill a catalogue entry's placeholders for both languages. */
/** A placeholder value: the same in both languages, or one per language (argument names). */
export type MsgParam = string | number | Bilingual;

export function msg(key: MessageKey, params: Record<string, MsgParam> = {}): Bilingual {
  const m = MESSAGES[key];
  return { 'zh-CN': fill(m['zh-CN'], params, 'zh-CN'), 'en-US': fill(m['en-US'], params, 'en-US') };
}

/** Fill `{name}` placeholders for one language (shared by every catalogue). */
export function fill(t: string, params: Record<string, MsgParam>, lang: keyof Bilingual): string {
  return t.replace(/\{(\w+)\}/g, (whole, k: string) => {
    if (!(k in params)) return whole;
    const v = params[k];
    return typeof v === 'object' ? v[lang] : String(v);
  });
}
