// T7 顾客信息卡 / 客户资料卡: one bordered card per customer, front (who, how big, shares) and back (the 客情 record).
import { bi, field } from './fields';
import type { FieldSpec, TemplateSpec } from './types';
import type { SourceTable } from '../plan/render';
import { rng, pick, int, DEALERS, REGIONS, dealerSales, tierOf } from '../samples/names';

export const CARD_FRONT: FieldSpec[] = [
  field('name', '客户名称', 'Name', 'text', { required: true, synonyms: ['姓名', '顾客姓名', '客户', '经销商', 'customer', 'dealer'] }),
  field('company', '公司', 'Company', 'text', { synonyms: ['单位', '公司名称'] }),
  field('contact', '联系人', 'Contact person', 'text', { synonyms: ['负责人', '老板'] }),
  field('phone', '电话', 'Phone', 'text', { synonyms: ['联系电话', '手机', 'mobile'] }),
  field('address', '地址', 'Address', 'text', { synonyms: ['详细地址'] }),
  field('region', '区域', 'Region', 'text', { synonyms: ['地区', 'area'] }),
  field('channel_type', '渠道类型', 'Channel type', 'text', { synonyms: ['业态', '客户类型', 'channel'] }),
  field('since', '合作起始', 'Cooperating since', 'date', { synonyms: ['合作开始', '开始合作日期', '合作时间'] }),
  field('credit_terms', '信用条件', 'Credit terms', 'text', { synonyms: ['账期', '付款方式'] }),
  field('annual_sales', '年销售额', 'Annual sales', 'number', { synonyms: ['年销量', '销售额'] }),
  field('market_share', '区域市场占有率', 'Regional market share', 'percent', { synonyms: ['客户市场占有率', '市场占有率', 'market share'] }),
  field('our_share', '我方占有率', 'Our share in customer', 'percent', { synonyms: ['我方在客户的占有率', 'our share'] }),
  field('our_sales', '我方销售额', 'Our sales there', 'number', { synonyms: ['我方销量', '本品销售额'] }),
  field('tier', '等级', 'Tier', 'text', { synonyms: ['客户等级', '级别', 'class'] }),
  // 004 (大客户治理): what a customer earns us and where he sells
  field('gross_margin', '毛利', 'Gross margin', 'number', { synonyms: ['毛利额', '毛利率', 'margin'] }),
  field('market_level', '市场级别', 'Market level', 'text', { synonyms: ['市场等级', '一至四级市场', 'market tier'] }),
  field('urban_rural', '城市/农村', 'Urban or rural', 'text', { synonyms: ['城乡', '城市或农村', 'urban/rural'] }),
];

export const CARD_BACK: FieldSpec[] = [
  // 004: the strength indicators (实力指标) and how the owner runs his business (经营思路、管理水平、营销方法)
  field('capital_strength', '资金实力', 'Capital strength', 'text', { synonyms: ['资金能力'] }),
  field('network_strength', '网络资源', 'Network', 'text', { synonyms: ['网络实力', '销售网络'] }),
  field('logistics_strength', '物流实力', 'Logistics', 'text', { synonyms: ['物流', '运输实力', '配送能力'] }),
  field('social_ties', '社会关系', 'Social ties', 'text', { synonyms: ['社会资源', '人脉'] }),
  field('people_strength', '人力资源', 'People', 'text', { synonyms: ['人力', '人员情况', '团队'] }),
  field('business_thinking', '经营思路', 'Business thinking', 'text', { synonyms: ['生意思路', '经营理念'] }),
  field('management_level', '管理水平', 'Management', 'text', { synonyms: ['管理', '内部管理'] }),
  field('marketing_methods', '营销方法', 'Marketing methods', 'text', { synonyms: ['营销方式', '行销意识'] }),
  field('needs', '关键需求', 'Key needs', 'text', { synonyms: ['需求'] }),
  field('staff_prefs', '营业员偏好', 'Staff preferences', 'text', { synonyms: ['偏好', '爱好'] }),
  field('staff_family', '营业员家庭', 'Staff family', 'text', { synonyms: ['家庭情况'] }),
  field('birthdays', '生日与纪念日', 'Birthdays and anniversaries', 'text', { synonyms: ['生日', '纪念日'] }),
  field('misfortunes', '不幸事件', 'Misfortunes to remember', 'text', { synonyms: ['困难', '不幸'] }),
  field('competitor_info', '竞品信息', 'Competitor information', 'text', { synonyms: ['竞品', '竞争对手'] }),
  field('slow_movers', '滞销产品及原因', 'Slow movers and why', 'text', { synonyms: ['滞销品', '滞销原因'] }),
  field('problems_solved', '已解决问题', 'Problems solved', 'text', { synonyms: ['解决的问题'] }),
  field('loyalty', '忠诚度', 'Loyalty', 'text', { synonyms: ['忠诚'] }),
  field('credit_standing', '诚信', 'Credit standing', 'text', { synonyms: ['信用', '信誉'] }),
  field('cash_position', '资金状况', 'Cash position and split', 'text', { synonyms: ['资金占用率', '资金'] }),
  field('future_plans', '未来计划', 'Future plans', 'text', { synonyms: ['发展计划', '规划'] }),
  field('dynamics', '客户动态', 'Latest news', 'text', { synonyms: ['动态', '最新动态', '近况'] }),
  field('notes', '备注', 'Notes', 'text', { synonyms: ['说明', 'remark'] }),
];

export const customerCard: TemplateSpec = {
  id: 'customer-card',
  order: 70,
  name: bi('顾客信息卡', 'Customer card'),
  description: bi('“三表一卡”之卡：每个客户一张资料卡，正面是基本情况、占有率、毛利和市场级别，反面是资金/网络/物流/社会关系/人力实力、经营思路与管理水平，以及需求、营业员、竞品、诚信、资金和客户动态等客情记录。', 'The card of the “three forms and a card”: one card per customer, front with the facts, shares, margin and market level, back with his strengths (capital, network, logistics, social ties, people), how he runs his business, and the customer-care record.'),
  period: 'year',
  layout: 'cards',
  blankRows: 3,
  fields: [...CARD_FRONT, ...CARD_BACK],
  cardSides: { front: CARD_FRONT, back: CARD_BACK },
  params: [],
  computed: [],
};

/** The bundled sample, in Chinese (seeded: always the same). */
export function sample(): SourceTable {
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
