import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../../gql';
import type { Lang } from '../../i18n';
import { POLICY_LEVELS, POLICY_TYPES } from '../policy/policyLabels';
import { CHALLENGE_TYPES, STANDARD_CRITERIA } from '../challenge/challengeLabels';
import { FEE_UNITS, INSTRUMENT_CLASSES, INSTRUMENT_STATUSES, OPERATIONS, WEEKDAYS } from '../instrument/instrumentLabels';
import { ENTERPRISE_STAGES, INDUSTRIES, INSTITUTION_TYPES, MATURITIES, PATENT_STATUSES, PATENT_TYPES, PRODUCT_TYPES, SERVICE_TYPES,
  TRANSFER_MODES } from '../../labels';

type Text = Record<Lang, string>;
type Labels = Record<string, Text>;

/** How a field is edited: its input control, and how its value goes to and comes from the API. */
export type FieldType = 'text' | 'textarea' | 'money' | 'int' | 'enum' | 'enums' | 'checks' | 'tags' | 'bool' | 'date' | 'datetime' | 'group' | 'list';

export interface FieldSpec {
  /** The input's field name. */
  name: string;
  /** The field as the edit query reads it, where an alias keeps kinds apart (Expert.title, the institutions' type). */
  read?: string;
  label: Text;
  type: FieldType;
  options?: Labels;
  required?: boolean;
  /** The parts of a group (contact) or of each item of a list (patents, products). */
  items?: FieldSpec[];
}

/** What a create or update answers, whichever kind: the record's id and where it stands. */
type Written = Record<string, { id: string; version: number; lifecycle: string } | null>;

/** One kind of listing as the forms see it: its mutations and its fields, in the order of the form. */
export interface ListingKind {
  kind: string;
  slug: string;
  newTitle: Text;
  create: TypedDocumentNode<Written, { tenantId: string; input: never; memberId?: string | null }>;
  update: TypedDocumentNode<Written, { id: string; expectedVersion: number; input: never }>;
  fields: FieldSpec[];
  /** The field that takes the name of the member it is published for, until the person types another (a demand's enterprise). */
  memberNameField?: string;
  /** Written by the market's operators and published at once, for no member (政策发布). */
  operatorsOnly?: boolean;
  /** What a new one's form starts with, as the API would read it. */
  initial?: Record<string, unknown>;
}

const CONTACT: FieldSpec = { name: 'contact', label: { zh: '联系方式', en: 'Contact' }, type: 'group', items: [
  { name: 'name', label: { zh: '联系人', en: 'Contact' }, type: 'text' },
  { name: 'phone', label: { zh: '联系电话', en: 'Telephone' }, type: 'text' },
  { name: 'email', label: { zh: '电子邮箱', en: 'Email' }, type: 'text' },
] };

const industry: FieldSpec = { name: 'industry', label: { zh: '行业', en: 'Industry' }, type: 'enum', options: INDUSTRIES, required: true };

/** The five kinds of the resource library (资源库), declared once: every form, new or edit, is drawn from these. */
export const LISTING_KINDS: ListingKind[] = [
  {
    kind: 'ACHIEVEMENT', slug: 'achievement', newTitle: { zh: '发布科技成果', en: 'New achievement' },
    create: graphql(`mutation CreateAchievement($tenantId: ID!, $input: AchievementInput!, $memberId: ID) { createAchievement(tenantId: $tenantId, input: $input, memberId: $memberId) { id version lifecycle } }`),
    update: graphql(`mutation UpdateAchievement($id: ID!, $expectedVersion: Int!, $input: AchievementInput!) { updateAchievement(id: $id, expectedVersion: $expectedVersion, input: $input) { id version lifecycle } }`),
    fields: [
      { name: 'title', label: { zh: '成果名称', en: 'Title' }, type: 'text', required: true },
      { name: 'summary', label: { zh: '成果简介', en: 'Summary' }, type: 'textarea', required: true },
      { name: 'description', label: { zh: '详细介绍', en: 'Description' }, type: 'textarea' },
      industry,
      { name: 'maturity', label: { zh: '成熟度', en: 'Maturity' }, type: 'enum', options: MATURITIES, required: true },
      { name: 'ownerInstitution', label: { zh: '成果所有方', en: 'Owner' }, type: 'text', required: true },
      { name: 'inventors', label: { zh: '完成人', en: 'Inventors' }, type: 'tags' },
      { name: 'keywords', label: { zh: '关键词', en: 'Keywords' }, type: 'tags' },
      { name: 'transferModes', label: { zh: '转化方式', en: 'Transfer modes' }, type: 'checks', options: TRANSFER_MODES, required: true },
      { name: 'askingPrice', label: { zh: '转让价格（元，空为面议）', en: 'Asking price (CNY, empty: negotiable)' }, type: 'money' },
      { name: 'patents', label: { zh: '专利', en: 'Patents' }, type: 'list', items: [
        { name: 'number', label: { zh: '专利号', en: 'Number' }, type: 'text', required: true },
        { name: 'type', label: { zh: '类型', en: 'Type' }, type: 'enum', options: PATENT_TYPES, required: true },
        { name: 'status', label: { zh: '状态', en: 'Status' }, type: 'enum', options: PATENT_STATUSES, required: true },
      ] },
      CONTACT,
    ],
  },
  {
    kind: 'DEMAND', slug: 'demand', newTitle: { zh: '发布技术需求', en: 'New demand' }, memberNameField: 'enterpriseName',
    create: graphql(`mutation CreateDemand($tenantId: ID!, $input: DemandInput!, $memberId: ID) { createDemand(tenantId: $tenantId, input: $input, memberId: $memberId) { id version lifecycle } }`),
    update: graphql(`mutation UpdateDemand($id: ID!, $expectedVersion: Int!, $input: DemandInput!) { updateDemand(id: $id, expectedVersion: $expectedVersion, input: $input) { id version lifecycle } }`),
    fields: [
      { name: 'title', label: { zh: '需求名称', en: 'Title' }, type: 'text', required: true },
      { name: 'problem', label: { zh: '需要解决的问题', en: 'Problem to solve' }, type: 'textarea', required: true },
      industry,
      { name: 'enterpriseName', label: { zh: '需求企业', en: 'Enterprise' }, type: 'text', required: true },
      { name: 'enterpriseIntro', label: { zh: '企业简介', en: 'About the enterprise' }, type: 'textarea' },
      { name: 'expectedOutcome', label: { zh: '预期成果', en: 'Expected outcome' }, type: 'textarea' },
      { name: 'budgetMin', label: { zh: '预算（元）min', en: 'Budget (CNY) min' }, type: 'money' },
      { name: 'budgetMax', label: { zh: '预算（元）max', en: 'Budget (CNY) max' }, type: 'money' },
      { name: 'deadline', label: { zh: '截止日期', en: 'Deadline' }, type: 'date' },
      { name: 'minMaturity', label: { zh: '成熟度', en: 'Maturity' }, type: 'enum', options: MATURITIES },
      { name: 'transferModes', label: { zh: '转化方式', en: 'Transfer mode' }, type: 'checks', options: TRANSFER_MODES },
      CONTACT,
    ],
  },
  {
    kind: 'EXPERT', slug: 'expert', newTitle: { zh: '登记专家', en: 'New expert' },
    create: graphql(`mutation CreateExpert($tenantId: ID!, $input: ExpertInput!, $memberId: ID) { createExpert(tenantId: $tenantId, input: $input, memberId: $memberId) { id version lifecycle } }`),
    update: graphql(`mutation UpdateExpert($id: ID!, $expectedVersion: Int!, $input: ExpertInput!) { updateExpert(id: $id, expectedVersion: $expectedVersion, input: $input) { id version lifecycle } }`),
    fields: [
      { name: 'name', label: { zh: '姓名', en: 'Name' }, type: 'text', required: true },
      { name: 'institution', label: { zh: '所在单位', en: 'Institution' }, type: 'text', required: true },
      { name: 'title', read: 'expertTitle', label: { zh: '职称', en: 'Job title' }, type: 'text' },
      { name: 'fields', label: { zh: '研究领域', en: 'Fields' }, type: 'enums', options: INDUSTRIES, required: true },
      { name: 'bio', label: { zh: '个人简介', en: 'Biography' }, type: 'textarea' },
      { name: 'representativeAchievements', label: { zh: '代表性成果', en: 'Representative work' }, type: 'tags' },
      { name: 'availableForConsulting', label: { zh: '接受咨询约见', en: 'Available for consulting' }, type: 'bool' },
    ],
  },
  {
    kind: 'FINANCING_INSTITUTION', slug: 'financing-institution', newTitle: { zh: '登记金融机构', en: 'New financing institution' },
    create: graphql(`mutation CreateFinancingInstitution($tenantId: ID!, $input: FinancingInstitutionInput!, $memberId: ID) { createFinancingInstitution(tenantId: $tenantId, input: $input, memberId: $memberId) { id version lifecycle } }`),
    update: graphql(`mutation UpdateFinancingInstitution($id: ID!, $expectedVersion: Int!, $input: FinancingInstitutionInput!) { updateFinancingInstitution(id: $id, expectedVersion: $expectedVersion, input: $input) { id version lifecycle } }`),
    fields: [
      { name: 'name', label: { zh: '机构名称', en: 'Name' }, type: 'text', required: true },
      { name: 'type', read: 'institutionType', label: { zh: '机构类型', en: 'Type' }, type: 'enum', options: INSTITUTION_TYPES, required: true },
      { name: 'description', label: { zh: '机构简介', en: 'About' }, type: 'textarea' },
      { name: 'products', label: { zh: '金融产品', en: 'Products' }, type: 'list', items: [
        { name: 'name', label: { zh: '产品名称', en: 'Name' }, type: 'text', required: true },
        { name: 'type', label: { zh: '类型', en: 'Type' }, type: 'enum', options: PRODUCT_TYPES, required: true },
        { name: 'amountMin', label: { zh: '额度（元）min', en: 'Amount (CNY) min' }, type: 'money' },
        { name: 'amountMax', label: { zh: '额度（元）max', en: 'Amount (CNY) max' }, type: 'money' },
        { name: 'rateMin', label: { zh: '利率（%）min', en: 'Rate (%) min' }, type: 'money' },
        { name: 'rateMax', label: { zh: '利率（%）max', en: 'Rate (%) max' }, type: 'money' },
        { name: 'termMonths', label: { zh: '期限（月）', en: 'Term (months)' }, type: 'int', required: true },
        { name: 'targetIndustries', label: { zh: '支持行业', en: 'Industries' }, type: 'enums', options: INDUSTRIES },
        { name: 'enterpriseStages', label: { zh: '企业阶段', en: 'Enterprise stages' }, type: 'enums', options: ENTERPRISE_STAGES },
      ] },
      CONTACT,
    ],
  },
  {
    kind: 'SERVICE_INSTITUTION', slug: 'service-institution', newTitle: { zh: '登记服务机构', en: 'New service institution' },
    create: graphql(`mutation CreateServiceInstitution($tenantId: ID!, $input: ServiceInstitutionInput!, $memberId: ID) { createServiceInstitution(tenantId: $tenantId, input: $input, memberId: $memberId) { id version lifecycle } }`),
    update: graphql(`mutation UpdateServiceInstitution($id: ID!, $expectedVersion: Int!, $input: ServiceInstitutionInput!) { updateServiceInstitution(id: $id, expectedVersion: $expectedVersion, input: $input) { id version lifecycle } }`),
    fields: [
      { name: 'name', label: { zh: '机构名称', en: 'Name' }, type: 'text', required: true },
      { name: 'type', read: 'serviceType', label: { zh: '服务类型', en: 'Type' }, type: 'enum', options: SERVICE_TYPES, required: true },
      { name: 'description', label: { zh: '机构简介', en: 'About' }, type: 'textarea' },
      { name: 'services', label: { zh: '服务项目', en: 'Services' }, type: 'tags' },
      { name: 'industries', label: { zh: '服务行业', en: 'Industries' }, type: 'enums', options: INDUSTRIES },
      { name: 'qualification', label: { zh: '资质', en: 'Qualification' }, type: 'text' },
      CONTACT,
    ],
  },
  {
    kind: 'INSTRUMENT', slug: 'instrument', newTitle: { zh: '登记科研仪器', en: 'New instrument' }, memberNameField: 'managingUnit',
    create: graphql(`mutation CreateInstrument($tenantId: ID!, $input: InstrumentInput!, $memberId: ID) { createInstrument(tenantId: $tenantId, input: $input, memberId: $memberId) { id version lifecycle } }`),
    update: graphql(`mutation UpdateInstrument($id: ID!, $expectedVersion: Int!, $input: InstrumentInput!) { updateInstrument(id: $id, expectedVersion: $expectedVersion, input: $input) { id version lifecycle } }`),
    initial: {
      instrumentStatus: 'IN_SERVICE', operation: 'STAFF_ONLY', country: '中国', fees: [{ item: '上机测试', unit: 'HOUR' }],
      openingHours: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map((day) => ({ day, opens: '08:30', closes: '17:00' })),
    },
    fields: [
      { name: 'name', label: { zh: '仪器名称', en: 'Name' }, type: 'text', required: true },
      { name: 'model', label: { zh: '规格型号', en: 'Model' }, type: 'text', required: true },
      { name: 'manufacturer', label: { zh: '生产厂商', en: 'Manufacturer' }, type: 'text', required: true },
      { name: 'country', label: { zh: '产地国别', en: 'Country of manufacture' }, type: 'text', required: true },
      { name: 'instrumentClass', label: { zh: '仪器分类', en: 'Classification' }, type: 'enum', options: INSTRUMENT_CLASSES, required: true },
      { name: 'originalValue', label: { zh: '原值（元）', en: 'Original value (CNY)' }, type: 'money', required: true },
      { name: 'purchaseDate', label: { zh: '购置日期', en: 'Purchased on' }, type: 'date', required: true },
      { name: 'managingUnit', label: { zh: '管理单位', en: 'Managing unit' }, type: 'text', required: true },
      { name: 'location', label: { zh: '安放地址', en: 'Location' }, type: 'text', required: true },
      { name: 'status', read: 'instrumentStatus', label: { zh: '运行状态', en: 'Status' }, type: 'enum', options: INSTRUMENT_STATUSES, required: true },
      { name: 'mainFunctions', label: { zh: '主要功能', en: 'Main functions' }, type: 'textarea', required: true },
      { name: 'technicalIndicators', label: { zh: '主要技术指标', en: 'Technical indicators' }, type: 'textarea' },
      { name: 'sampleRequirements', label: { zh: '样品要求', en: 'Sample requirements' }, type: 'textarea' },
      { name: 'operation', label: { zh: '操作方式', en: 'Operation' }, type: 'enum', options: OPERATIONS, required: true },
      { name: 'fees', label: { zh: '收费标准', en: 'Fees' }, type: 'list', items: [
        { name: 'item', label: { zh: '收费项目', en: 'Item' }, type: 'text', required: true },
        { name: 'unit', label: { zh: '计费单位', en: 'Charged' }, type: 'enum', options: FEE_UNITS, required: true },
        { name: 'internalRate', label: { zh: '校内/所内价（元）', en: 'Internal rate (CNY)' }, type: 'money', required: true },
        { name: 'externalRate', label: { zh: '对外价（元）', en: 'External rate (CNY)' }, type: 'money', required: true },
      ] },
      { name: 'openingHours', label: { zh: '开放时间（北京时间）', en: 'Opening hours (Beijing time)' }, type: 'list', items: [
        { name: 'day', label: { zh: '星期', en: 'Day' }, type: 'enum', options: WEEKDAYS, required: true },
        { name: 'opens', label: { zh: '开始（HH:mm）', en: 'Opens (HH:mm)' }, type: 'text', required: true },
        { name: 'closes', label: { zh: '结束（HH:mm）', en: 'Closes (HH:mm)' }, type: 'text', required: true },
      ] },
      { name: 'sharingRules', label: { zh: '开放共享管理制度（文本或链接）', en: 'Sharing rules (text or link)' }, type: 'textarea' },
      CONTACT,
    ],
  },
  {
    kind: 'POLICY', slug: 'policy', newTitle: { zh: '发布政策文件', en: 'New policy' }, operatorsOnly: true,
    create: graphql(`mutation CreatePolicy($tenantId: ID!, $input: PolicyInput!, $memberId: ID) { createPolicy(tenantId: $tenantId, input: $input, memberId: $memberId) { id version lifecycle } }`),
    update: graphql(`mutation UpdatePolicy($id: ID!, $expectedVersion: Int!, $input: PolicyInput!) { updatePolicy(id: $id, expectedVersion: $expectedVersion, input: $input) { id version lifecycle } }`),
    initial: { level: 'CITY', policyType: 'TRANSFER' },
    fields: [
      { name: 'title', label: { zh: '政策名称', en: 'Title' }, type: 'text', required: true },
      { name: 'issuer', label: { zh: '发文机关', en: 'Issued by' }, type: 'text', required: true },
      { name: 'documentNumber', label: { zh: '文号', en: 'Document number' }, type: 'text', required: true },
      { name: 'level', label: { zh: '层级', en: 'Level' }, type: 'enum', options: POLICY_LEVELS, required: true },
      { name: 'type', read: 'policyType', label: { zh: '政策类型', en: 'Type' }, type: 'enum', options: POLICY_TYPES, required: true },
      { name: 'issuedOn', label: { zh: '发布日期', en: 'Issued on' }, type: 'date', required: true },
      { name: 'effectiveFrom', label: { zh: '施行日期（空为发布日期）', en: 'In force from (empty: the day issued)' }, type: 'date' },
      { name: 'effectiveUntil', label: { zh: '有效期至（空为长期有效）', en: 'In force until (empty: no end)' }, type: 'date' },
      { name: 'regions', label: { zh: '适用地区', en: 'Regions' }, type: 'tags' },
      { name: 'industries', label: { zh: '适用行业（空为全部行业）', en: 'Industries (empty: all)' }, type: 'enums', options: INDUSTRIES },
      { name: 'summary', label: { zh: '政策要点', en: 'Summary' }, type: 'textarea', required: true },
      { name: 'fullText', label: { zh: '政策全文', en: 'Full text' }, type: 'textarea' },
      { name: 'sourceUrl', label: { zh: '原文链接', en: 'Source (http or https)' }, type: 'text' },
      { name: 'subsidyRules', label: { zh: '授权的奖补规则', en: 'Subsidy rules it authorises' }, type: 'tags' },
    ],
  },
  {
    kind: 'CHALLENGE', slug: 'challenge', newTitle: { zh: '发布揭榜挂帅榜单', en: 'New challenge list' }, operatorsOnly: true,
    create: graphql(`mutation CreateChallenge($tenantId: ID!, $input: ChallengeInput!, $memberId: ID) { createChallenge(tenantId: $tenantId, input: $input, memberId: $memberId) { id version lifecycle } }`),
    update: graphql(`mutation UpdateChallenge($id: ID!, $expectedVersion: Int!, $input: ChallengeInput!) { updateChallenge(id: $id, expectedVersion: $expectedVersion, input: $input) { id version lifecycle } }`),
    initial: { challengeType: 'GOVERNMENT_PROJECT', criteria: STANDARD_CRITERIA },
    fields: [
      { name: 'title', label: { zh: '榜单名称', en: 'Title' }, type: 'text', required: true },
      { name: 'type', read: 'challengeType', label: { zh: '榜单类型', en: 'Type' }, type: 'enum', options: CHALLENGE_TYPES, required: true },
      industry,
      { name: 'problem', label: { zh: '需解决的问题', en: 'Problem' }, type: 'textarea', required: true },
      { name: 'indicators', label: { zh: '考核指标', en: 'Indicators' }, type: 'tags', required: true },
      { name: 'funding', label: { zh: '榜额（元）', en: 'Funding (CNY)' }, type: 'money', required: true },
      { name: 'funder', label: { zh: '出资方', en: 'Paid by' }, type: 'text', required: true },
      { name: 'deadline', read: 'challengeDeadline', label: { zh: '申报截止时间', en: 'Applications close' }, type: 'datetime', required: true },
      { name: 'eligibility', label: { zh: '揭榜条件', en: 'Who may apply' }, type: 'textarea' },
      { name: 'issuer', label: { zh: '发榜单位', en: 'Issued by' }, type: 'text', required: true },
      { name: 'criteria', label: { zh: '评审指标（权重合计100）', en: 'Review criteria (weights add up to 100)' }, type: 'list', items: [
        { name: 'name', label: { zh: '指标', en: 'Criterion' }, type: 'text', required: true },
        { name: 'weight', label: { zh: '权重', en: 'Weight' }, type: 'int', required: true },
      ] },
    ],
  },
];

/** The record as the edit form reads it: every input field of every kind, aliased where kinds share a name. */
export const ListingForEditQuery = graphql(`
  query ListingForEdit($id: ID!) {
    node(id: $id) {
      __typename
      ... on LibraryRecord { id tenantId version lifecycle owner }
      ... on Achievement { title summary description industry maturity ownerInstitution inventors keywords transferModes askingPrice
                           patents { number type status } contact { name phone email } }
      ... on Demand { title problem industry enterpriseName enterpriseIntro expectedOutcome budgetMin budgetMax deadline minMaturity transferModes
                      contact { name phone email } }
      ... on Expert { name institution expertTitle: title fields bio representativeAchievements availableForConsulting }
      ... on FinancingInstitution { name institutionType: type description contact { name phone email }
                                    products { name type amountMin amountMax rateMin rateMax termMonths targetIndustries enterpriseStages } }
      ... on ServiceInstitution { name serviceType: type description services industries qualification contact { name phone email } }
      ... on Instrument { name model manufacturer country instrumentClass originalValue purchaseDate managingUnit location instrumentStatus: status
                          mainFunctions technicalIndicators sampleRequirements operation fees { item unit internalRate externalRate }
                          openingHours { day opens closes } sharingRules contact { name phone email } }
      ... on Policy { title issuer documentNumber level policyType: type issuedOn effectiveFrom effectiveUntil regions industries summary fullText
                      sourceUrl subsidyRules }
      ... on Challenge { title challengeType: type industry problem indicators funding funder challengeDeadline: deadline eligibility issuer
                         criteria { name weight } }
    }
  }
`);

export function listingKind(kindOrSlug: string): ListingKind | undefined {
  return LISTING_KINDS.find((k) => k.kind === kindOrSlug || k.slug === kindOrSlug);
}
