// The bundled sample: about 40 dealers of a drinks distributor in Chinese, one source table per template (seeded, so always the same).
import type { SourceTable } from '../core/plan/render';

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: () => number, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

export const DEALERS = [
  '华联商贸', '城东批发部', '永兴副食', '金穗商行', '百佳超市', '鑫源贸易', '惠民便利', '新世纪商场', '福满多批发', '和顺粮油',
  '嘉禾商贸', '四海食品', '宏达经销部', '老街副食店', '万家乐超市', '群力商行', '东方红批发', '佳佳便利店', '顺发贸易', '联华超市',
  '天天鲜', '大丰收批发', '好又多', '明珠商贸', '乐购便利', '兴隆副食', '红旗连锁', '美宜佳', '益民商店', '金三角批发',
  '平安商行', '富源经销', '新华副食', '快客便利', '阳光超市', '长城商贸', '吉祥批发部', '喜洋洋超市', '丰收粮油店', '正大食品',
] as const;
const REGIONS = ['城东', '城西', '城南', '城北', '开发区'] as const;
const REPS = ['张伟', '李娜', '王强', '刘洋', '陈静'] as const;
const SKUS = ['矿泉水550ml', '果汁1L', '茶饮500ml'] as const;
const GRADES = ['优秀', '良好', '中等', '中下'] as const;

/** Sales with a long tail, so 80/20 grading is meaningful. */
function dealerSales(): number[] {
  const r = rng(11);
  return DEALERS.map((_, i) => Math.round((900000 / Math.pow(i + 1, 1.1)) * (0.85 + r() * 0.3)));
}

function stockOrder(): SourceTable {
  const r = rng(1);
  const rows: unknown[][] = [];
  DEALERS.forEach((d, i) => {
    const sku = SKUS[i % SKUS.length];
    const last = int(r, 20, 400);
    const order = int(r, 0, 600);
    let current: unknown = Math.max(0, Math.round((last + order) * (0.15 + r() * 0.5)));
    if (i === 7) current = ''; // a dealer not counted this month
    if (i === 23) current = last + order + 30; // returns: stock grew by more than was ordered
    rows.push([d, sku, last, order, current, pick(r, [6, 12, 24]), i % 5 === 0 ? 48 : '']);
  });
  return { headers: ['经销商', '品项', '上次库存', '上次订货', '本次库存', '箱规', '起订量'], rows };
}

function dealerEvaluation(): SourceTable {
  const r = rng(2);
  const sales = dealerSales();
  const rows = DEALERS.map((d, i) => {
    const s = sales[i];
    const ly = i === 39 ? 0 : Math.round(s / (0.8 + r() * 0.45));
    const target = Math.round(s / (0.78 + r() * 0.35));
    // the leading dealers rate well (激励), the tail badly (调整), the rest in between (重点帮助)
    const grades: readonly string[] = i < 6 ? ['优秀', '优秀', '良好'] : i >= 32 ? ['中等', '中下', '中下'] : GRADES;
    return [d, s, ly, target, ...Array.from({ length: 8 }, () => pick(r, grades))];
  });
  return { headers: ['经销商', '今年销售', '去年销售', '今年指标', '网络覆盖', '库存管理', '价格秩序', '配送服务', '收款情况', '当地促销', '合作', '协调'], rows };
}

function tierVisitPlan(): SourceTable {
  const sales = dealerSales();
  return { headers: ['客户', '销售额', '业务员', '区域'], rows: DEALERS.map((d, i) => [d, sales[i], REPS[i % REPS.length], REGIONS[i % REGIONS.length]]) };
}

function targetVsActual(): SourceTable {
  const r = rng(4);
  const rows: unknown[][] = [];
  for (let m = 1; m <= 12; m++) {
    for (const rep of REPS) {
      const target = int(r, 80, 160) * 1000;
      const actual = Math.round(target * (0.7 + r() * 0.5));
      rows.push([`2026-${String(m).padStart(2, '0')}`, rep, target, actual, Math.round(actual * (0.8 + r() * 0.3))]);
    }
  }
  return { headers: ['月份', '业务员', '目标', '实际', '去年同期'], rows };
}

const TYPES = ['面对面拜访', '面对面拜访', '电话拜访', '短信问候', 'QQ/邮件/微信', '借助第三方'] as const;
function dailyActivity(): SourceTable {
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

/** A/B/C as the tier plan grades the sample (top 8 A, next 12 B). */
function tierOf(): string[] {
  return DEALERS.map((_, i) => (i < 8 ? 'A' : i < 20 ? 'B' : 'C'));
}

function prospectStatus(): SourceTable {
  const r = rng(6);
  const names = ['赵先生', '钱女士', '孙经理', '周老板', '吴女士', '郑先生', '冯经理', '陈老板', '褚女士', '卫先生', '蒋经理', '沈老板', '韩女士', '杨先生', '朱经理'];
  const rows = names.map((n, i) => {
    const first = new Date(2026, 9, int(r, 1, 28));
    const last = new Date(2026, 10, int(r, 1, 22));
    return [n, `13${int(r, 100000000, 999999999)}`, pick(r, ['来店', '来电', '保有基盘', '展示会', '特定开拓', '内部情报', 'VIP']), pick(r, ['H', 'A', 'B', 'C']), first, last, int(r, 1, 9), pick(r, ['比价中', '待报价', '已试用', '考虑中'])];
  });
  return { headers: ['姓名或客户', '联系方式', '信息来源', '意向等级', '首次接触', '最近接触', '接触次数', '状态'], rows };
}

function customerCard(): SourceTable {
  const r = rng(7);
  const sales = dealerSales();
  const tiers = tierOf();
  const rows = DEALERS.slice(0, 6).map((d, i) => [
    d, `${d}有限公司`, pick(r, ['王总', '李经理', '赵老板']), `0571-8${int(r, 1000000, 9999999)}`, `${REGIONS[i % 5]}${int(r, 1, 300)}号`, REGIONS[i % 5], pick(r, ['批发', '超市', '便利店']),
    new Date(2018 + (i % 6), i % 12, 1), pick(r, ['月结30天', '现款', '月结15天']), sales[i] * 3, Number((0.1 + r() * 0.4).toFixed(3)), Number((0.2 + r() * 0.6).toFixed(3)), sales[i], tiers[i],
    '稳定供货、促销支持', '喜欢喝茶，周末打羽毛球', '孩子今年高考', '老板生日 3月12日', '去年店面遭水淹', '竞品本月买十送一', '果汁1L：价格偏高', '调整了陈列位置', '高', '良好', '资金六成压在我方产品', '明年开第二家店', '',
    // 004's fields: margin, market level, strengths, how he runs the business, latest news (no random draws, so the rows above stay as they were)
    Math.round(sales[i] * [0.12, 0.09, -0.01, 0.1, 0.08, 0.11][i]), ['一级市场', '二级市场', '二级市场', '三级市场', '四级市场', '三级市场'][i], i < 3 ? '城市' : '农村',
    ['雄厚，现款进货', '一般，需月结', '紧张，常拖款', '充足', '一般', '充足'][i], ['覆盖 120 家终端', '覆盖 60 家终端', '以批发为主', '覆盖 4 个乡镇', '只做本店', '覆盖 3 个乡镇'][i],
    ['自有 4 台货车', '2 台货车', '外包配送', '3 台三轮车', '无', '1 台货车'][i], ['与工商、商会关系好', '一般', '与当地超市老板熟', '一般', '一般', '亲戚开连锁店'][i], ['业务员 6 人', '业务员 3 人', '夫妻店', '业务员 2 人', '夫妻店', '业务员 2 人'][i],
    ['愿做品牌、肯投入', '重短期利润', '只想压价', '愿意合作开发新品', '守店为主', '想做区域代理'][i], ['有进销存软件', '手工记账', '管理混乱', '账目清楚', '手工记账', '账目清楚'][i], ['会做陈列和促销', '靠关系', '低价冲量', '会做试饮活动', '无', '会做促销'][i],
    ['11月新开一家门店', '老板在谈竞品代理', '资金紧张，拖欠货款', '准备扩仓', '', '儿子开始接手生意'][i],
  ]);
  return {
    headers: ['客户名称', '公司', '联系人', '电话', '地址', '区域', '渠道类型', '合作起始', '信用条件', '年销售额', '区域市场占有率', '我方占有率', '我方销售额', '等级', '关键需求', '营业员偏好', '营业员家庭', '生日与纪念日', '不幸事件', '竞品信息', '滞销产品及原因', '已解决问题', '忠诚度', '诚信', '资金状况', '未来计划', '备注', '毛利', '市场级别', '城市/农村', '资金实力', '网络资源', '物流实力', '社会关系', '人力资源', '经营思路', '管理水平', '营销方法', '客户动态'],
    rows,
  };
}

function marketQuadrant(): SourceTable {
  const r = rng(8);
  const sales = dealerSales();
  const level = (i: number) => (i < 10 ? '一级市场' : i < 25 ? '二级市场' : i < 35 ? '三级市场' : '四级市场');
  return { headers: ['客户', '客户市场占有率', '我方占有率', '销售额', '市场级别'], rows: DEALERS.map((d, i) => [d, `${int(r, 3, 45)}%`, Number((0.05 + r() * 0.7).toFixed(2)), sales[i], level(i)]) };
}

function visitorRows(): unknown[][] {
  const r = rng(9);
  const names = ['刘先生', '黄女士', '林先生', '何女士', '高先生', '罗女士', '梁先生', '宋女士', '郭先生', '马女士'];
  const rows: unknown[][] = [];
  for (let day = 1; day <= 30; day++) {
    const n = int(r, 1, 5);
    for (let k = 0; k < n; k++) {
      rows.push([
        new Date(2026, 10, day), `${String(int(r, 9, 18)).padStart(2, '0')}:${pick(r, ['00', '15', '30', '45'])}`, pick(r, ['来店', '来店', '来电']), pick(r, names), `139${int(r, 10000000, 99999999)}`,
        pick(r, ['来店', '来电', '保有基盘', '展示会', '特定开拓', '内部情报', 'VIP']), pick(r, SKUS), pick(r, ['H', 'A', 'B', 'B', 'C', 'C']), pick(r, ['小周', '小吴', '小郑']), pick(r, ['三天内回访', '寄资料', '邀请试饮', '']), '',
      ]);
    }
  }
  return rows;
}
const VISITOR_HEADERS = ['日期', '时间', '来店/来电', '顾客姓名', '电话', '信息来源', '意向产品', '意向等级', '接待人员', '后续跟进', '备注'];

function lostSales(): SourceTable {
  const r = rng(10);
  const rows = Array.from({ length: 24 }, (_, i) => [
    pick(r, ['刘先生', '黄女士', '林先生', '何女士', '高先生']), new Date(2026, 10, 1 + i), pick(r, ['小周', '小吴', '小郑']), pick(r, SKUS),
    pick(r, ['接待', '需求分析', '报价', '谈判', '成交前']), pick(r, ['价格', '价格', '产品', '竞品', '服务', '时机', '其他']), pick(r, ['农夫山泉', '怡宝', '康师傅', '']), pick(r, ['提前准备价格政策', '加强产品讲解', '及时回访', '']),
  ]);
  return { headers: ['顾客', '日期', '接待人员', '产品', '失控阶段', '原因', '竞品', '改进措施'], rows };
}

function bigCustomerReview(): SourceTable {
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

function dealerSelection(): SourceTable {
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

function targetScreening(): SourceTable {
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

function workPlan(): SourceTable {
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

/** template id → its sample source table */
export function sampleTables(): Record<string, SourceTable> {
  const visitors = { headers: VISITOR_HEADERS, rows: visitorRows() };
  return {
    'stock-order': stockOrder(),
    'dealer-evaluation': dealerEvaluation(),
    'tier-visit-plan': tierVisitPlan(),
    'target-vs-actual': targetVsActual(),
    'daily-activity': dailyActivity(),
    'prospect-status': prospectStatus(),
    'customer-card': customerCard(),
    'market-quadrant': marketQuadrant(),
    'visitor-log': visitors,
    'showroom-stats': visitors,
    'lost-sale-analysis': lostSales(),
    'big-customer-review': bigCustomerReview(),
    'dealer-selection': dealerSelection(),
    'target-screening': targetScreening(),
    'work-plan': workPlan(),
  };
}
