// T7 顾客信息卡 / 客户资料卡: one bordered card per customer, front (who, how big, shares) and back (the 客情 record).
import { bi, field } from './fields';
import type { FieldSpec, TemplateSpec } from './types';
import type { SourceTable } from '../plan/render';
import { rng, pick, int, DEALERS, REGIONS, dealerSales, tierOf } from '../../samples/data';

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
];

export const CARD_BACK: FieldSpec[] = [
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
  field('notes', '备注', 'Notes', 'text', { synonyms: ['说明', 'remark'] }),
];

export const customerCard: TemplateSpec = {
  id: 'customer-card',
  order: 70,
  name: bi('顾客信息卡', 'Customer card'),
  description: bi('“三表一卡”之卡：每个客户一张资料卡，正面是基本情况和占有率，反面是需求、营业员、竞品、诚信和资金等客情记录。', 'The card of the “three forms and a card”: one card per customer, front with the facts and shares, back with the customer-care record.'),
  period: 'year',
  layout: 'cards',
  blankRows: 3,
  fields: [...CARD_FRONT, ...CARD_BACK],
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
  ]);
  return {
    headers: ['客户名称', '公司', '联系人', '电话', '地址', '区域', '渠道类型', '合作起始', '信用条件', '年销售额', '区域市场占有率', '我方占有率', '我方销售额', '等级', '关键需求', '营业员偏好', '营业员家庭', '生日与纪念日', '不幸事件', '竞品信息', '滞销产品及原因', '已解决问题', '忠诚度', '诚信', '资金状况', '未来计划', '备注'],
    rows,
  };
}
