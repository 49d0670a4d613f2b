import { Card, Col, Descriptions, Empty, List, Result, Row, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useLang } from '../i18n';
import { INDUSTRIES, KINDS, MATURITIES, TRANSFER_MODES, kindOf, label } from '../labels';
import { useCityNames } from '../cities';
import { MissingCities } from '../components/MissingCities';
import { day, money } from '../format';
import { useSuggestionActions } from './record/SuggestionActions';
import { instrumentFields } from './instrument/InstrumentFields';
import { BookingPanel } from './instrument/BookingPanel';
import { policyFields } from './policy/PolicyFields';
import { ApplyButton, challengeFields } from './challenge/challengeFields';
import { LISTING_MODES, LISTING_STATUSES, LISTING_TERMS, say, statusClass } from './trading/tradingLabels';

const RecordQuery = graphql(`
  query Record($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Achievement { tenantId title summary description industry maturity ownerInstitution inventors transferModes askingPrice keywords publishedAt
                           patents { number type status }
                           trade { listingId status mode noticeEndsAt bestBid dealtTerms available }
                           evaluations { id institutionName report { methodLabel valueLow valueHigh readiness } } }
      ... on Demand { tenantId title problem industry expectedOutcome budgetMin budgetMax deadline enterpriseName enterpriseIntro minMaturity transferModes publishedAt }
      ... on Expert { tenantId name institution jobTitle: title fields bio representativeAchievements availableForConsulting publishedAt }
      ... on FinancingInstitution { tenantId name institutionType: type description publishedAt products { name type amountMin amountMax rateMin rateMax termMonths } }
      ... on ServiceInstitution { tenantId name serviceType: type description services industries qualification publishedAt }
      ... on Instrument { tenantId name model manufacturer country instrumentClass originalValue valueBand purchaseDate managingUnit location
                          instrumentStatus: status mainFunctions technicalIndicators sampleRequirements operation sharingRules weeklyHours publishedAt
                          fees { item unit internalRate externalRate } openingHours { day opens closes } }
      ... on Policy { tenantId title issuer documentNumber level policyType: type issuedOn effectiveFrom effectiveUntil inForce regions industries
                      summary fullText sourceUrl subsidyRules publishedAt }
      ... on Challenge { tenantId title challengeType: type industry problem indicators funding funder challengeDeadline: deadline eligibility issuer
                         stage stageReason acceptingApplications criteria { name weight } winner { name } acceptance { passed opinion } publishedAt }
    }
    moreLikeThis(id: $id, first: 6) { id kind tenantId title }
  }
`);

const PoliciesQuery = graphql(`
  query ApplicablePolicies($id: ID!) { applicablePolicies(id: $id, first: 5) { id title tenantId } }
`);

const SuggestionsQuery = graphql(`
  query RecordSuggestions($id: ID!) {
    matchSuggestions(id: $id, first: 5) {
      score
      candidate { id kind tenantId title }
      explanation { summary }
    }
  }
`);

/** Every public field of a record of any kind, its city, similar records from other cities and, for a demand or achievement, its suggested matches. */
export function RecordPage() {
  const { id = '' } = useParams();
  const { t, lang } = useLang();
  const cityName = useCityNames();
  const [{ data, error, fetching }] = useQuery({ query: RecordQuery, variables: { id } });
  const node = data?.node;
  const matchable = node && (node.__typename === 'Achievement' || node.__typename === 'Demand');
  const [{ data: suggestions }] = useQuery({ query: SuggestionsQuery, variables: { id }, pause: !matchable });
  const [{ data: policies }] = useQuery({ query: PoliciesQuery, variables: { id }, pause: !node || node.__typename === 'Policy' });
  const { actionsFor, dialogs } = useSuggestionActions(node?.__typename === 'Demand' ? { id: node.id, tenantId: node.tenantId, title: node.title } : null);
  if (fetching && !data) return <Card loading />;
  if (!node || !('tenantId' in node)) return <Result status="404" title={t('notFound')} />;

  const fields: { label: string; value: ReactNode }[] = [];
  let heading = '';
  switch (node.__typename) {
    case 'Achievement':
      heading = node.title;
      fields.push({ label: t('industry'), value: label(INDUSTRIES, node.industry, lang) },
        { label: t('maturity'), value: label(MATURITIES, node.maturity, lang) },
        { label: t('owner'), value: node.ownerInstitution },
        { label: t('transferMode'), value: node.transferModes.map((m) => label(TRANSFER_MODES, m, lang)).join('、') },
        { label: t('askingPrice'), value: money(node.askingPrice, lang) },
        { label: lang === 'zh' ? '简介' : 'Summary', value: node.summary });
      if (node.description) fields.push({ label: lang === 'zh' ? '详细介绍' : 'Description', value: node.description });
      if (node.patents.length) fields.push({ label: lang === 'zh' ? '专利' : 'Patents', value: node.patents.map((p) => p.number).join('、') });
      if (node.trade) fields.push({ label: lang === 'zh' ? '挂牌交易' : 'On the market', value: <Space wrap>
        <Tag className={statusClass(node.trade.status)}>{say(LISTING_STATUSES, node.trade.status, lang)}</Tag>
        {say(LISTING_MODES, node.trade.mode, lang)}
        {node.trade.status === 'LISTED' && node.trade.noticeEndsAt && <span>{lang === 'zh' ? '公示截止' : 'notice ends'} {day(node.trade.noticeEndsAt, lang)}</span>}
        {node.trade.bestBid && <span>{lang === 'zh' ? '当前最高价' : 'best bid'} {money(node.trade.bestBid, lang)}</span>}
        {!node.trade.available && node.trade.dealtTerms && <span>{lang === 'zh' ? '已' : 'already '}{say(LISTING_TERMS, node.trade.dealtTerms, lang)}</span>}
        <Link to={`/listings/${encodeURIComponent(node.trade.listingId)}`}>{lang === 'zh' ? '查看挂牌项目' : 'Open the listing'}</Link>
      </Space> });
      (node.evaluations ?? []).forEach((e) => e.report && fields.push({ label: lang === 'zh' ? '成果评价' : 'Evaluation',
        value: `${e.institutionName} · ${e.report.methodLabel} · ${money(e.report.valueLow, lang)}—${money(e.report.valueHigh, lang)} · ${lang === 'zh' ? '技术就绪度' : 'TRL'} ${e.report.readiness}` }));
      break;
    case 'Demand':
      heading = node.title;
      fields.push({ label: t('enterprise'), value: node.enterpriseName },
        { label: t('industry'), value: label(INDUSTRIES, node.industry, lang) },
        { label: lang === 'zh' ? '需要解决的问题' : 'Problem', value: node.problem },
        { label: t('budget'), value: node.budgetMax ? `${money(node.budgetMin, lang)} – ${money(node.budgetMax, lang)}` : money(null, lang) });
      if (node.expectedOutcome) fields.push({ label: lang === 'zh' ? '预期成果' : 'Expected outcome', value: node.expectedOutcome });
      if (node.deadline) fields.push({ label: lang === 'zh' ? '截止日期' : 'Deadline', value: day(node.deadline, lang) });
      break;
    case 'Expert':
      heading = node.name;
      fields.push({ label: t('institution'), value: node.institution }, { label: lang === 'zh' ? '职称' : 'Title', value: node.jobTitle ?? '' },
        { label: t('industry'), value: node.fields.map((f) => label(INDUSTRIES, f, lang)).join('、') });
      if (node.bio) fields.push({ label: lang === 'zh' ? '简介' : 'Biography', value: node.bio });
      break;
    case 'FinancingInstitution':
      heading = node.name;
      if (node.description) fields.push({ label: lang === 'zh' ? '简介' : 'About', value: node.description });
      node.products.forEach((p) => fields.push({ label: p.name, value: `${money(p.amountMin, lang)} – ${money(p.amountMax, lang)}，${p.termMonths}${lang === 'zh' ? '个月' : ' months'}` }));
      break;
    case 'ServiceInstitution':
      heading = node.name;
      if (node.description) fields.push({ label: lang === 'zh' ? '简介' : 'About', value: node.description });
      fields.push({ label: lang === 'zh' ? '服务' : 'Services', value: node.services.join('、') });
      break;
    case 'Instrument':
      heading = node.name;
      fields.push(...instrumentFields(node, lang));
      break;
    case 'Policy':
      heading = node.title;
      fields.push(...policyFields(node, lang));
      break;
    case 'Challenge':
      heading = node.title;
      fields.push(...challengeFields(node, lang));
      break;
  }
  const kind = kindOf(node.__typename);

  return (
    <>
      <MissingCities error={error} />
      {dialogs}
      <Space size={4} wrap><Tag color="blue">{label(KINDS, kind, lang)}</Tag><Tag>{cityName(node.tenantId)}</Tag>
        <span className="muted">{t('published')} {day(node.publishedAt, lang)}</span></Space>
      <Typography.Title level={1} style={{ fontSize: 24, marginTop: 8 }}>{heading}</Typography.Title>
      <Row gutter={24}>
        <Col xs={24} lg={16}>
          <Card extra={node.__typename === 'Challenge' && <ApplyButton id={node.id} accepting={node.acceptingApplications} lang={lang} />}>
            <Descriptions column={1} items={fields.map((f, i) => ({ key: i, label: f.label, children: f.value }))} />
          </Card>
          {node.__typename === 'Instrument' && (
            <BookingPanel tenantId={node.tenantId} instrumentId={node.id} bookable={node.instrumentStatus === 'IN_SERVICE' && node.openingHours.length > 0} />
          )}
          {matchable && (
            <Card className="suggestions" style={{ marginTop: 16 }} title={<Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{t('suggestions')}</Typography.Title>}>
              <List dataSource={suggestions?.matchSuggestions ?? []} locale={{ emptyText: t('nothingYet') }} renderItem={(s) => (
                <List.Item actions={actionsFor(s.candidate)}>
                  <List.Item.Meta title={<Link to={`/records/${encodeURIComponent(s.candidate.id)}`}>{s.candidate.title}</Link>}
                                  description={<><Tag>{label(KINDS, s.candidate.kind, lang)}</Tag><Tag>{cityName(s.candidate.tenantId)}</Tag>
                                    <div>{t('why')}：{s.explanation.summary}</div></>} />
                </List.Item>
              )} />
            </Card>
          )}
        </Col>
        <Col xs={24} lg={8}>
          {node.__typename !== 'Policy' && (policies?.applicablePolicies.length ?? 0) > 0 && (
            <Card className="applicable-policies" style={{ marginBottom: 16 }}
                  title={<Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{lang === 'zh' ? '适用政策' : 'Policies that apply'}</Typography.Title>}>
              <List dataSource={policies?.applicablePolicies ?? []} renderItem={(p) => (
                <List.Item><Link to={`/records/${encodeURIComponent(p.id)}`}>{p.title}</Link></List.Item>
              )} />
            </Card>
          )}
          <Card title={<Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{t('related')}</Typography.Title>}>
            {data?.moreLikeThis.length ? (
              <List dataSource={data.moreLikeThis} renderItem={(hit) => (
                <List.Item><Link to={`/records/${encodeURIComponent(hit.id)}`}>{hit.title}</Link> <Tag>{cityName(hit.tenantId)}</Tag></List.Item>
              )} />
            ) : <Empty description={t('nothingYet')} />}
          </Card>
        </Col>
      </Row>
    </>
  );
}
