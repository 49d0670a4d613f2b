// The challenge-list labels (揭榜挂帅), apart from ../../labels so that the home page does not load them.
type Labels = Record<string, { zh: string; en: string }>;

export const CHALLENGE_TYPES: Labels = {
  GOVERNMENT_PROJECT: { zh: '政府重大科技项目', en: 'Government project' },
  ENTERPRISE_DEMAND: { zh: '企业技术需求', en: 'Enterprise demand' },
  INSTITUTE_TRANSFORMATION: { zh: '高校院所成果转化', en: 'Institute transformation' },
};

export const CHALLENGE_STAGES: Labels = {
  OPEN: { zh: '揭榜中', en: 'Open' },
  REVIEWING: { zh: '专家评审', en: 'Under review' },
  SELECTED: { zh: '已揭榜', en: 'Winner selected' },
  IN_PROGRESS: { zh: '攻关中', en: 'In progress' },
  ACCEPTED: { zh: '验收通过', en: 'Accepted' },
  FAILED: { zh: '验收未通过', en: 'Failed acceptance' },
  NO_SUITABLE_APPLICANT: { zh: '流榜', en: 'No suitable applicant' },
  WITHDRAWN: { zh: '已撤榜', en: 'Withdrawn' },
};

export const APPLICATION_STATUSES: Labels = {
  SUBMITTED: { zh: '已提交', en: 'Submitted' },
  AWAITING_PARTNERS: { zh: '待联合体确认', en: 'Awaiting partners' },
  UNDER_REVIEW: { zh: '评审中', en: 'Under review' },
  INCOMPLETE: { zh: '材料不全', en: 'Incomplete' },
  SELECTED: { zh: '已揭榜', en: 'Selected' },
  NOT_SELECTED: { zh: '未入选', en: 'Not selected' },
  WITHDRAWN: { zh: '已撤回', en: 'Withdrawn' },
};

export const MILESTONE_STATUSES: Labels = {
  PENDING: { zh: '待报告', en: 'Pending' },
  REPORTED: { zh: '已报告', en: 'Reported' },
  ACCEPTED: { zh: '已通过', en: 'Accepted' },
  RETURNED: { zh: '退回修改', en: 'Returned' },
};

/** The province's review criteria, as a new list's form starts with them. */
export const STANDARD_CRITERIA = [
  { name: '技术方案先进性与可行性', weight: 40 },
  { name: '团队能力与研发基础', weight: 25 },
  { name: '实施计划与考核指标', weight: 20 },
  { name: '经费预算合理性', weight: 15 },
];
