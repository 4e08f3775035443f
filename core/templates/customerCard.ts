// T7 顾客信息卡 / 客户资料卡: one bordered card per customer, front (who, how big, shares) and back (the 客情 record).
import { bi, field } from './fields';
import type { FieldSpec, TemplateSpec } from './types';

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
  name: bi('顾客信息卡', 'Customer card'),
  description: bi('“三表一卡”之卡：每个客户一张资料卡，正面是基本情况、占有率、毛利和市场级别，反面是资金/网络/物流/社会关系/人力实力、经营思路与管理水平，以及需求、营业员、竞品、诚信、资金和客户动态等客情记录。', 'The card of the “three forms and a card”: one card per customer, front with the facts, shares, margin and market level, back with his strengths (capital, network, logistics, social ties, people), how he runs his business, and the customer-care record.'),
  period: 'year',
  layout: 'cards',
  blankRows: 3,
  fields: [...CARD_FRONT, ...CARD_BACK],
  params: [],
  computed: [],
};
