import { useCallback } from 'react';
import { useLang, type Lang } from '../../i18n';

// the instrument sharing pages' words, loaded with those pages and not with the home page
const TEXT = {
  instruments: { zh: '仪器共享', en: 'Instruments' },
  bookThis: { zh: '预约使用', en: 'Book this instrument' },
  availability: { zh: '未来两周可预约时段', en: 'Open periods in the next two weeks' },
  closed: { zh: '不开放', en: 'Closed' },
  taken: { zh: '已约', en: 'Taken' },
  maintenance: { zh: '维护', en: 'Maintenance' },
  notBookable: { zh: '该仪器当前不接受预约', en: 'This instrument takes no bookings now' },
  bookFor: { zh: '预约单位', en: 'Book for' },
  mode: { zh: '服务方式', en: 'Service' },
  date: { zh: '日期', en: 'Date' },
  from: { zh: '开始', en: 'From' },
  to: { zh: '结束', en: 'To' },
  purpose: { zh: '用途与测试内容', en: 'Purpose and tests' },
  voucherPurpose: { zh: '用途（如：大型仪器测试费）', en: 'Purpose (e.g. instrument fees)' },
  samples: { zh: '样品数量', en: 'Samples' },
  submitBooking: { zh: '提交预约', en: 'Request the booking' },
  booked: { zh: '预约已提交，待管理单位确认。', en: 'Requested: the managing unit will confirm it.' },
  seeBookings: { zh: '查看我的预约', en: 'See my bookings' },
  signInToBook: { zh: '登录后预约', en: 'Sign in to book' },
  needMembership: { zh: '需以已认证的会员单位预约', en: 'Bookings are made for a verified member' },
  fees: { zh: '收费标准', en: 'Fees' },
  internalRate: { zh: '校内/所内价', en: 'Internal rate' },
  externalRate: { zh: '对外价', en: 'External rate' },
  openingHours: { zh: '开放时间', en: 'Opening hours' },
  weeklyHours: { zh: '小时/周', en: 'hours a week' },
  myBookings: { zh: '我的预约', en: 'My bookings' },
  unitBookings: { zh: '本单位仪器的预约', en: 'Bookings of our instruments' },
  cityBookings: { zh: '本市仪器预约', en: 'The city\'s bookings' },
  instrument: { zh: '仪器', en: 'Instrument' },
  period: { zh: '预约时段', en: 'Period' },
  booker: { zh: '预约方', en: 'Booked by' },
  status: { zh: '状态', en: 'Status' },
  actions: { zh: '操作', en: 'Actions' },
  confirm: { zh: '确认', en: 'Confirm' },
  decline: { zh: '拒绝', en: 'Decline' },
  cancelBooking: { zh: '取消预约', en: 'Cancel' },
  recordUsage: { zh: '登记使用', en: 'Record the use' },
  accept: { zh: '验收评价', en: 'Accept and rate' },
  payWithVoucher: { zh: '创新券抵扣', en: 'Pay with a voucher' },
  declineReason: { zh: '拒绝原因', en: 'Why it is declined' },
  cancelReason: { zh: '取消原因', en: 'Why it is cancelled' },
  actualStart: { zh: '实际开始', en: 'Started' },
  actualEnd: { zh: '实际结束', en: 'Ended' },
  effectiveHours: { zh: '有效机时', en: 'Effective hours' },
  fee: { zh: '收费金额（元）', en: 'Fee (CNY)' },
  score: { zh: '评分', en: 'Score' },
  comment: { zh: '评价', en: 'Comment' },
  voucher: { zh: '创新券', en: 'Voucher' },
  amount: { zh: '金额（元）', en: 'Amount (CNY)' },
  balance: { zh: '余额', en: 'Balance' },
  validUntil: { zh: '有效期至', en: 'Valid until' },
  myVouchers: { zh: '创新券', en: 'Innovation vouchers' },
  voucherPaid: { zh: '创新券已付', en: 'Paid by voucher' },
  external: { zh: '对外服务', en: 'External' },
  internal: { zh: '内部使用', en: 'Internal' },
  utilisation: { zh: '仪器利用率', en: 'Utilisation' },
  openHours: { zh: '开放机时', en: 'Open hours' },
  bookedHours: { zh: '预约机时', en: 'Booked hours' },
  externalShare: { zh: '对外服务占比', en: 'External share' },
  income: { zh: '服务收入', en: 'Service income' },
  rating: { zh: '用户评价', en: 'Rating' },
  averageHours: { zh: '台均有效机时', en: 'Effective hours an instrument' },
  units: { zh: '管理单位', en: 'Managing units' },
  byInstrument: { zh: '各仪器', en: 'By instrument' },
  instrumentCount: { zh: '仪器数', en: 'Instruments' },
  rulesPublished: { zh: '共享制度', en: 'Sharing rules' },
  yes: { zh: '已公开', en: 'Published' },
  no: { zh: '未公开', en: 'None' },
  review: { zh: '开放共享绩效考核', en: 'Performance review' },
  preview: { zh: '预览（未定稿）', en: 'Preview (not concluded)' },
  concluded: { zh: '已定稿', en: 'Concluded' },
  conclude: { zh: '定稿考核结果', en: 'Conclude the review' },
  scoreTotal: { zh: '综合得分', en: 'Score' },
  grade: { zh: '等级', en: 'Grade' },
  subsidy: { zh: '后补助', en: 'Post-subsidy' },
  capped: { zh: '已封顶', en: 'capped' },
  subsidyTotal: { zh: '后补助合计', en: 'Post-subsidies in all' },
  rule: { zh: '考核规则', en: 'The rule' },
  provinceInstruments: { zh: '全省大型科研仪器开放共享', en: 'Shared instruments across the province' },
  provinceAverage: { zh: '全省平均利用率', en: 'Province utilisation' },
  ranking: { zh: '管理单位利用率排名', en: 'Units ranked by utilisation' },
  rank: { zh: '名次', en: 'Rank' },
  issueVoucher: { zh: '发放创新券', en: 'Issue a voucher' },
  enterprise: { zh: '企业', en: 'Enterprise' },
  issued: { zh: '已发放', en: 'Issued' },
  reportUsage: { zh: '机时填报', en: 'Monthly usage report' },
  month: { zh: '月份', en: 'Month' },
  externalHours: { zh: '对外服务机时', en: 'External hours' },
  reported: { zh: '已填报', en: 'Reported' },
  scheduleMaintenance: { zh: '安排维护', en: 'Schedule maintenance' },
  maintenanceReason: { zh: '维护原因', en: 'Why' },
  scheduled: { zh: '已安排', en: 'Scheduled' },
  submit: { zh: '提交', en: 'Submit' },
  city: { zh: '城市', en: 'City' },
  year: { zh: '年度', en: 'Year' },
  exportCsv: { zh: '导出 CSV', en: 'Export CSV' },
  none: { zh: '暂无', en: 'None yet' },
} satisfies Record<string, Record<Lang, string>>;

export type InstrumentTextKey = keyof typeof TEXT;

/** The instrument pages' words in the reader's language, and the language. */
export function useInstrumentText() {
  const { lang } = useLang();
  const t = useCallback((key: InstrumentTextKey) => TEXT[key][lang], [lang]);
  return { t, lang };
}

/** Hours with at most one decimal, as the sharing reports give them. */
export function hours(value: string | number | null | undefined): string {
  return value == null ? '—' : Number(value).toLocaleString('zh-CN', { maximumFractionDigits: 1 });
}

/** A period in Beijing time: 12月8日 09:00–11:00, or 8 Dec 09:00–11:00. */
export function period(start: string, end: string, lang: Lang): string {
  const zone = { timeZone: 'Asia/Shanghai' } as const;
  const dayOf = new Date(start).toLocaleDateString(lang === 'zh' ? 'zh-CN' : 'en-GB', { ...zone, month: lang === 'zh' ? 'long' : 'short', day: 'numeric' });
  const time = (iso: string) => new Date(iso).toLocaleTimeString('en-GB', { ...zone, hour: '2-digit', minute: '2-digit', hour12: false });
  return `${dayOf} ${time(start)}–${time(end)}`;
}
