import type { Lang } from '../../i18n';

type Labels = Record<string, { zh: string; en: string }>;

/** 挂牌交易's words, as the seeds use them. */
export const LISTING_STATUSES: Labels = {
  SUBMITTED: { zh: '待审核', en: 'Under review' },
  REJECTED: { zh: '不予挂牌', en: 'Rejected' },
  LISTED: { zh: '挂牌公示中', en: 'Listed, in notice' },
  SUSPENDED: { zh: '暂停挂牌', en: 'Suspended' },
  AWAITING_CHOICE: { zh: '待确定受让方', en: 'Owner choosing the buyer' },
  AUCTION: { zh: '竞价中', en: 'In auction' },
  CONTRACTING: { zh: '已成交待登记', en: 'Dealt, contract pending' },
  DEALT: { zh: '已成交', en: 'Dealt' },
  UNSOLD: { zh: '未成交', en: 'Unsold' },
  WITHDRAWN: { zh: '已撤牌', en: 'Withdrawn' },
};

export const LISTING_MODES: Labels = {
  AGREEMENT: { zh: '协议转让', en: 'Agreement transfer' },
  BIDDING: { zh: '竞价', en: 'Competitive bidding' },
};

export const LISTING_TERMS: Labels = {
  ASSIGNMENT: { zh: '转让', en: 'Assignment' },
  EXCLUSIVE_LICENSE: { zh: '独占许可', en: 'Exclusive licence' },
  NON_EXCLUSIVE_LICENSE: { zh: '普通许可', en: 'Non-exclusive licence' },
  EQUITY: { zh: '作价入股', en: 'Equity' },
};

export const OBJECTION_STATUSES: Labels = {
  OPEN: { zh: '待处理', en: 'Open' },
  UPHELD: { zh: '异议成立', en: 'Upheld' },
  DISMISSED: { zh: '异议不成立', en: 'Dismissed' },
};

export function say(labels: Labels, key: string | null | undefined, lang: Lang): string {
  if (!key) return '';
  return labels[key]?.[lang] ?? key;
}

/** The tag colour class of a listing's status: open for business, waiting, or over. */
export function statusClass(status: string): string | undefined {
  if (['LISTED', 'AUCTION'].includes(status)) return 'tag-ok';
  if (['SUBMITTED', 'AWAITING_CHOICE', 'CONTRACTING'].includes(status)) return 'tag-wait';
  if (['SUSPENDED', 'REJECTED'].includes(status)) return 'tag-warn';
  return undefined;
}
