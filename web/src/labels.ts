import type { Lang } from './i18n';

type Labels = Record<string, { zh: string; en: string }>;

export const KINDS: Labels = {
  ACHIEVEMENT: { zh: '科技成果', en: 'Achievements' },
  DEMAND: { zh: '技术需求', en: 'Demands' },
  EXPERT: { zh: '专家', en: 'Experts' },
  FINANCING_INSTITUTION: { zh: '金融机构', en: 'Financing' },
  SERVICE_INSTITUTION: { zh: '服务机构', en: 'Service institutions' },
  INSTRUMENT: { zh: '科研仪器', en: 'Instruments' },
  POLICY: { zh: '政策文件', en: 'Policies' },
  CHALLENGE: { zh: '揭榜挂帅', en: 'Challenge lists' },
};

export const INDUSTRIES: Labels = {
  AUTOMOTIVE: { zh: '汽车及零部件', en: 'Automotive' },
  RAIL_TRANSIT: { zh: '轨道交通装备', en: 'Rail transit' },
  OPTOELECTRONICS: { zh: '光电子信息', en: 'Optoelectronics' },
  CHEMICAL_NEW_MATERIALS: { zh: '化工新材料', en: 'Chemical new materials' },
  CARBON_FIBER: { zh: '碳纤维及复合材料', en: 'Carbon fibre and composites' },
  BIOMEDICINE: { zh: '生物医药', en: 'Biomedicine' },
  MODERN_CHINESE_MEDICINE: { zh: '现代中药', en: 'Modern Chinese medicine' },
  AGRI_FOOD_PROCESSING: { zh: '农产品加工', en: 'Agri-food processing' },
  MODERN_AGRICULTURE: { zh: '现代农业', en: 'Modern agriculture' },
  ADVANCED_EQUIPMENT: { zh: '高端装备制造', en: 'Advanced equipment' },
  NEW_ENERGY: { zh: '新能源', en: 'New energy' },
  ENERGY_SAVING_ENVIRONMENT: { zh: '节能环保', en: 'Energy saving and environment' },
  INFORMATION_TECHNOLOGY: { zh: '电子信息与软件', en: 'Information technology' },
  METALLURGY_BUILDING_MATERIALS: { zh: '冶金建材', en: 'Metallurgy and building materials' },
};

export const MATURITIES: Labels = {
  LAB: { zh: '实验室', en: 'Lab' },
  BENCH: { zh: '小试', en: 'Bench' },
  PILOT: { zh: '中试', en: 'Pilot' },
  INDUSTRIAL: { zh: '产业化', en: 'Industrial' },
};

export const TRANSFER_MODES: Labels = {
  ASSIGNMENT: { zh: '转让', en: 'Assignment' },
  LICENSE: { zh: '许可', en: 'Licence' },
  EQUITY: { zh: '作价入股', en: 'Equity' },
  JOINT_DEVELOPMENT: { zh: '合作开发', en: 'Joint development' },
};

export const LIFECYCLES: Labels = {
  DRAFT: { zh: '草稿', en: 'Draft' },
  SUBMITTED: { zh: '待审核', en: 'Submitted' },
  RETURNED: { zh: '退回修改', en: 'Returned' },
  PUBLISHED: { zh: '已发布', en: 'Published' },
  WITHDRAWN: { zh: '已撤下', en: 'Withdrawn' },
  DELETED: { zh: '已删除', en: 'Deleted' },
};

export const MEMBERSHIP: Labels = {
  APPLIED: { zh: '申请中', en: 'Applied' },
  RETURNED: { zh: '退回补充', en: 'Returned' },
  VERIFIED: { zh: '已认证', en: 'Verified' },
  REJECTED: { zh: '未通过', en: 'Rejected' },
  SUSPENDED: { zh: '暂停', en: 'Suspended' },
};

export const MEMBER_KINDS: Labels = {
  ENTERPRISE: { zh: '企业', en: 'Enterprise' },
  UNIVERSITY: { zh: '高校', en: 'University' },
  INSTITUTE: { zh: '科研院所', en: 'Institute' },
  RESEARCHER: { zh: '科研人员', en: 'Researcher' },
  SERVICE_INSTITUTION: { zh: '技术转移服务机构', en: 'Service institution' },
  FINANCING_INSTITUTION: { zh: '金融机构', en: 'Financing institution' },
  BROKER: { zh: '技术经纪人', en: 'Technology broker' },
};

export const CONTRACT_TYPES: Labels = {
  DEVELOPMENT: { zh: '技术开发', en: 'Development' },
  TRANSFER: { zh: '技术转让', en: 'Transfer' },
  LICENSE: { zh: '技术许可', en: 'Licence' },
  CONSULTING: { zh: '技术咨询', en: 'Consulting' },
  SERVICE: { zh: '技术服务', en: 'Service' },
};

export const CONTRACT_STATUSES: Labels = {
  SUBMITTED: { zh: '已提交', en: 'Submitted' },
  UNDER_REVIEW: { zh: '审核中', en: 'Under review' },
  REGISTERED: { zh: '已登记', en: 'Registered' },
  REJECTED: { zh: '不予登记', en: 'Rejected' },
  RETURNED: { zh: '退回补正', en: 'Returned' },
};

export const PARTY_KINDS: Labels = {
  ENTERPRISE: { zh: '企业', en: 'Enterprise' },
  UNIVERSITY: { zh: '高校', en: 'University' },
  INSTITUTE: { zh: '科研院所', en: 'Institute' },
  INDIVIDUAL: { zh: '个人', en: 'Individual' },
};

export const MATCH_STATUSES: Labels = {
  PROPOSED: { zh: '已推荐', en: 'Proposed' },
  CONTACTED: { zh: '已联系', en: 'Contacted' },
  NEGOTIATING: { zh: '洽谈中', en: 'Negotiating' },
  SIGNED: { zh: '已签约', en: 'Signed' },
  CLOSED: { zh: '已关闭', en: 'Closed' },
};

export const MEETING_STATUSES: Labels = {
  REQUESTED: { zh: '待安排', en: 'Requested' },
  SCHEDULED: { zh: '已安排', en: 'Scheduled' },
  HELD: { zh: '已约见', en: 'Held' },
  DECLINED: { zh: '已婉拒', en: 'Declined' },
  CANCELLED: { zh: '已取消', en: 'Cancelled' },
};

export const INSTITUTION_TYPES: Labels = {
  BANK: { zh: '银行', en: 'Bank' },
  GUARANTEE: { zh: '担保机构', en: 'Guarantor' },
  INSURANCE: { zh: '保险机构', en: 'Insurer' },
  VENTURE_CAPITAL: { zh: '创业投资机构', en: 'Venture capital' },
  MICRO_LOAN: { zh: '小额贷款公司', en: 'Micro-lender' },
};

export const PRODUCT_TYPES: Labels = {
  LOAN: { zh: '贷款', en: 'Loan' },
  EQUITY: { zh: '股权投资', en: 'Equity' },
  INSURANCE: { zh: '保险', en: 'Insurance' },
  GUARANTEE: { zh: '担保', en: 'Guarantee' },
};

export const SERVICE_TYPES: Labels = {
  TECH_TRANSFER: { zh: '技术转移', en: 'Technology transfer' },
  LEGAL: { zh: '法律服务', en: 'Legal' },
  PATENT_AGENCY: { zh: '专利代理', en: 'Patent agency' },
  EVALUATION: { zh: '评估评价', en: 'Evaluation' },
  TESTING: { zh: '检验检测', en: 'Testing' },
};

export const PATENT_TYPES: Labels = {
  INVENTION: { zh: '发明专利', en: 'Invention' },
  UTILITY_MODEL: { zh: '实用新型', en: 'Utility model' },
  DESIGN: { zh: '外观设计', en: 'Design' },
};

export const PATENT_STATUSES: Labels = {
  PENDING: { zh: '申请中', en: 'Pending' },
  GRANTED: { zh: '已授权', en: 'Granted' },
  EXPIRED: { zh: '已失效', en: 'Expired' },
};

export const ENTERPRISE_STAGES: Labels = {
  SEED: { zh: '种子期', en: 'Seed' },
  STARTUP: { zh: '初创期', en: 'Start-up' },
  GROWTH: { zh: '成长期', en: 'Growth' },
  MATURE: { zh: '成熟期', en: 'Mature' },
};

/** The label of an enum value in the language, or the value itself when unknown. */
export function label(labels: Labels, value: string | null | undefined, lang: Lang): string {
  if (!value) return '';
  return labels[value]?.[lang] ?? value;
}

/** The record kind of a GraphQL type name: FinancingInstitution → FINANCING_INSTITUTION. */
export function kindOf(typename: string): string {
  return typename.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
}

/** What a record is called: its title, or a person's or institution's name. */
export function titleOf(record: { title?: string | null } | { name?: string | null }): string {
  return ('title' in record && record.title) || ('name' in record && record.name) || '';
}
