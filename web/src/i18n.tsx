import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

export type Lang = 'zh' | 'en';

const TEXT = {
  brand: { zh: '科技大市场', en: 'Technology Market' },
  home: { zh: '首页', en: 'Home' },
  search: { zh: '找成果·找需求', en: 'Search' },
  workbench: { zh: '会员工作台', en: 'My workbench' },
  signIn: { zh: '登录', en: 'Sign in' },
  signOut: { zh: '退出', en: 'Sign out' },
  signUp: { zh: '注册', en: 'Sign up' },
  searchPlaceholder: { zh: '搜索科技成果、技术需求、专家、金融机构……', en: 'Search achievements, demands, experts, financing…' },
  searchButton: { zh: '搜索', en: 'Search' },
  provinceTotals: { zh: '全省资源', en: 'Across the province' },
  latestAchievements: { zh: '最新科技成果', en: 'Latest achievements' },
  latestDemands: { zh: '最新技术需求', en: 'Latest demands' },
  cityMarkets: { zh: '市州分市场', en: 'City markets' },
  members: { zh: '注册会员', en: 'Members' },
  results: { zh: '条结果', en: 'results' },
  allKinds: { zh: '全部', en: 'All' },
  city: { zh: '城市', en: 'City' },
  kind: { zh: '类型', en: 'Kind' },
  industry: { zh: '行业', en: 'Industry' },
  maturity: { zh: '成熟度', en: 'Maturity' },
  transferMode: { zh: '转化方式', en: 'Transfer mode' },
  price: { zh: '价格（元）', en: 'Price (CNY)' },
  sort: { zh: '排序', en: 'Sort' },
  sortRelevance: { zh: '相关度', en: 'Relevance' },
  sortNewest: { zh: '最新发布', en: 'Newest' },
  sortPriceAsc: { zh: '价格从低到高', en: 'Price, low to high' },
  sortPriceDesc: { zh: '价格从高到低', en: 'Price, high to low' },
  nextPage: { zh: '下一页', en: 'Next page' },
  firstPage: { zh: '回到第一页', en: 'First page' },
  noResults: { zh: '没有找到匹配的资源，换个关键词试试', en: 'Nothing found; try other words' },
  missingCities: { zh: '以下城市暂时无法访问，其余城市的结果照常显示：', en: 'These cities could not answer; the others are shown:' },
  related: { zh: '全省相似资源', en: 'Similar, across the province' },
  suggestions: { zh: '智能匹配推荐', en: 'Suggested matches' },
  published: { zh: '发布于', en: 'Published' },
  askingPrice: { zh: '转让价格', en: 'Asking price' },
  budget: { zh: '预算', en: 'Budget' },
  owner: { zh: '成果所有方', en: 'Owner' },
  enterprise: { zh: '需求企业', en: 'Enterprise' },
  institution: { zh: '所在单位', en: 'Institution' },
  notFound: { zh: '没有这条记录，或您无权查看', en: 'No such record, or not yours to see' },
  signInFirst: { zh: '请先登录', en: 'Please sign in' },
  myMemberships: { zh: '我的会员', en: 'My memberships' },
  myListings: { zh: '我的发布', en: 'My listings' },
  inbox: { zh: '消息', en: 'Inbox' },
  unread: { zh: '未读', en: 'unread' },
  chooseCity: { zh: '选择分市场', en: 'Choose a city market' },
  nothingYet: { zh: '暂无', en: 'None yet' },
  loading: { zh: '加载中……', en: 'Loading…' },
  language: { zh: 'English', en: '中文' },
  why: { zh: '推荐理由', en: 'Why' },
  newDemand: { zh: '发布技术需求', en: 'New demand' },
  publishAs: { zh: '发布单位', en: 'Publish as' },
  required: { zh: '必填', en: 'Required' },
  demandTitle: { zh: '需求名称', en: 'Title' },
  demandProblem: { zh: '需要解决的问题', en: 'Problem to solve' },
  expectedOutcome: { zh: '预期成果', en: 'Expected outcome' },
  yuan: { zh: '元', en: 'CNY' },
  contactName: { zh: '联系人', en: 'Contact' },
  contactPhone: { zh: '联系电话', en: 'Telephone' },
  saveDraft: { zh: '保存草稿', en: 'Save draft' },
  cancel: { zh: '取消', en: 'Cancel' },
  submitForReview: { zh: '提交审核', en: 'Submit for review' },
  withdraw: { zh: '撤下', en: 'Withdraw' },
  console: { zh: '运营后台', en: 'Operator console' },
  reviewQueue: { zh: '待审核发布', en: 'Listings awaiting review' },
  applications: { zh: '会员申请', en: 'Membership applications' },
  approve: { zh: '通过并发布', en: 'Approve and publish' },
  returnIt: { zh: '退回修改', en: 'Return' },
  verify: { zh: '认证通过', en: 'Verify' },
  reason: { zh: '退回原因', en: 'Reason' },
  staleVersion: { zh: '记录已被他人修改，已刷新为最新版本，请重新操作', en: 'Someone else changed it; reloaded, please try again' },
  dashboard: { zh: '全省驾驶舱', en: 'Province dashboard' },
  staffOnly: { zh: '全省驾驶舱仅供省级工作人员使用', en: 'The dashboard is for province staff' },
  year: { zh: '年度', en: 'Year' },
  exportCsv: { zh: '导出 CSV', en: 'Export CSV' },
  registeredContracts: { zh: '登记技术合同（项）', en: 'Registered contracts' },
  turnover: { zh: '技术合同成交额', en: 'Contract turnover' },
  growth: { zh: '同比增长', en: 'Growth on last year' },
  subsidiesPaid: { zh: '奖补金额', en: 'Subsidies paid' },
  turnoverByMonth: { zh: '成交额按月（同上年比较）', en: 'Turnover by month, against last year' },
  turnoverByCity: { zh: '成交额按市州', en: 'Turnover by city' },
  byType: { zh: '成交额按合同类型', en: 'Turnover by contract type' },
  matchFunnel: { zh: '撮合转化漏斗', en: 'Matchmaking funnel' },
  matchProposed: { zh: '已推荐', en: 'Proposed' },
  matchContacted: { zh: '已联系', en: 'Contacted' },
  matchSigned: { zh: '已签约', en: 'Signed' },
  tenThousandYuan: { zh: '万元', en: 'CNY 10k' },
  records: { zh: '发布资源', en: 'Listings' },
  health: { zh: '运行状态', en: 'Health' },
  up: { zh: '正常', en: 'Up' },
  down: { zh: '无法访问', en: 'Down' },
  latency: { zh: '响应时间', en: 'Latency' },
  searchLag: { zh: '检索延迟', en: 'Search lag' },
  operatorsOnly: { zh: '运营后台仅供分市场运营人员使用', en: 'The console is for city operators' },
} satisfies Record<string, Record<Lang, string>>;

export type TextKey = keyof typeof TEXT;

interface LangContext {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: TextKey) => string;
}

const Context = createContext<LangContext | null>(null);

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLang] = useState<Lang>(() => (localStorage.getItem('lang') === 'en' ? 'en' : 'zh'));
  useEffect(() => {
    localStorage.setItem('lang', lang);
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  const value = useMemo(() => ({ lang, setLang, t: (key: TextKey) => TEXT[key][lang] }), [lang]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useLang(): LangContext {
  const context = useContext(Context);
  if (!context) throw new Error('useLang outside LangProvider');
  return context;
}
