// The policy labels, apart from ../../labels so that the home page does not load them.
type Labels = Record<string, { zh: string; en: string }>;

export const POLICY_LEVELS: Labels = {
  NATIONAL: { zh: '国家级', en: 'National' },
  PROVINCE: { zh: '省级', en: 'Province' },
  CITY: { zh: '市级', en: 'City' },
};

export const POLICY_TYPES: Labels = {
  TRANSFER: { zh: '成果转化', en: 'Technology transfer' },
  SUBSIDY: { zh: '资金奖补', en: 'Subsidies' },
  TAX: { zh: '税收优惠', en: 'Tax' },
  TALENT: { zh: '人才激励', en: 'Talent' },
  FINANCE: { zh: '科技金融', en: 'Finance' },
  PLATFORM: { zh: '平台建设', en: 'Platforms' },
  SHARING: { zh: '开放共享', en: 'Sharing' },
  GENERAL: { zh: '综合', en: 'General' },
};
