import type { Lang } from './i18n';

type Labels = Record<string, { zh: string; en: string }>;

export const KINDS: Labels = {
  ACHIEVEMENT: { zh: '科技成果', en: 'Achievements' },
  DEMAND: { zh: '技术需求', en: 'Demands' },
  EXPERT: { zh: '专家', en: 'Experts' },
  FINANCING_INSTITUTION: { zh: '金融机构', en: 'Financing' },
  SERVICE_INSTITUTION: { zh: '服务机构', en: 'Service institutions' },
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

/** The label of an enum value in the language, or the value itself when unknown. */
export function label(labels: Labels, value: string | null | undefined, lang: Lang): string {
  if (!value) return '';
  return labels[value]?.[lang] ?? value;
}
