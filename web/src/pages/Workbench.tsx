import { DownOutlined } from '@ant-design/icons';
import { Button, Card, Col, Dropdown, Empty, List, Result, Row, Select, Space, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { graphql } from '../gql';
import { useAuth } from '../auth';
import { useLang } from '../i18n';
import { LIFECYCLES, MEMBERSHIP, MEMBER_KINDS, label, titleOf } from '../labels';
import { MyContracts } from './workbench/MyContracts';
import { MyMatches } from './workbench/MyMatches';
import { Inbox } from './workbench/Inbox';
import { MyBookings } from './instrument/MyBookings';
import { MyChallenges } from './challenge/MyChallenges';
import { MyTrading } from './trading/MyTrading';
import { MyActivities } from './activity/MyActivities';
import { MatchBoard } from './console/MatchBoard';
import { RefusalAlert, useRefusal } from '../components/Refusal';
import { LISTING_KINDS } from './listing/listingKinds';
import { useCities } from '../cities';

const SubmitForReview = graphql(`
  mutation SubmitForReview($id: ID!, $expectedVersion: Int!) { submitForReview(id: $id, expectedVersion: $expectedVersion) { id lifecycle version } }
`);

const Withdraw = graphql(`
  mutation Withdraw($id: ID!, $expectedVersion: Int!) { withdraw(id: $id, expectedVersion: $expectedVersion) { id lifecycle version } }
`);

const WorkbenchQuery = graphql(`
  query Workbench($tenantId: ID!) {
    tenant(id: $tenantId) {
      id
      myMemberships { id name kind status statusReason }
      myListings {
        id lifecycle version
        ... on Achievement { title reviewNote }
        ... on Demand { title reviewNote }
        ... on Expert { name }
        ... on FinancingInstitution { name }
        ... on ServiceInstitution { name }
        ... on Instrument { name managingUnit }
        ... on Policy { title }
        ... on Challenge { title }
      }
    }
  }
`);

/**
 * A member's workbench at one city: their organisations and applications, their listings in every
 * state, their contracts, matches and meeting requests, a broker's own board, and the live inbox.
 */
export function Workbench() {
  const { t, lang } = useLang();
  const { token, signIn } = useAuth();
  const cities = useCities();
  const [params, setParams] = useSearchParams();
  const [chosen, setChosen] = useState<string | null>(() => localStorage.getItem('workbench-city'));
  const tenantId = chosen ?? cities[0]?.id ?? null;
  const [{ data, fetching }, refetch] = useQuery({ query: WorkbenchQuery, variables: { tenantId: tenantId ?? '' }, pause: !token || !tenantId,
    requestPolicy: 'cache-and-network' });
  const [, submitForReview] = useMutation(SubmitForReview);
  const [, withdraw] = useMutation(Withdraw);
  const { refusal, settle, clear } = useRefusal(() => refetch({ requestPolicy: 'network-only' }));
  const act = async (step: (variables: { id: string; expectedVersion: number }) => Promise<{ error?: CombinedError }>, id: string,
                     expectedVersion: number) => settle((await step({ id, expectedVersion })).error);
  if (!token) return <Result status="403" title={t('signInFirst')} extra={<Button type="primary" onClick={() => signIn('/me')}>{t('signIn')}</Button>} />;
  const tenant = data?.tenant;

  const broker = (tenant?.myMemberships ?? []).some((m) => m.kind === 'BROKER' && m.status === 'VERIFIED');
  const heading = (text: string) => <Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{text}</Typography.Title>;
  const listings = (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={10}>
        <Card loading={fetching && !tenant} title={heading(t('myMemberships'))} extra={tenantId && <Link to={`/me/${tenantId}/apply`}>{t('applyMembership')}</Link>}>
          <List dataSource={tenant?.myMemberships ?? []} locale={{ emptyText: <Empty description={t('nothingYet')} /> }} renderItem={(m) => (
            <List.Item actions={m.status === 'RETURNED' ? [<Link key="reapply" to={`/me/membership/${encodeURIComponent(m.id)}`}>{t('reapply')}</Link>] : []}>
              <List.Item.Meta title={m.name} description={<>
                <Tag>{label(MEMBER_KINDS, m.kind, lang)}</Tag>
                <Tag className={m.status === 'VERIFIED' ? 'tag-ok' : m.status === 'APPLIED' ? 'tag-wait' : 'tag-warn'}>{label(MEMBERSHIP, m.status, lang)}</Tag>
                {m.statusReason && <div>{m.statusReason}</div>}
              </>} />
            </List.Item>
          )} />
        </Card>
      </Col>
      <Col xs={24} xl={14}>
        <Card title={heading(t('myListings'))}>
          <List dataSource={tenant?.myListings ?? []} locale={{ emptyText: <Empty description={t('nothingYet')} /> }} renderItem={(record) => (
            <List.Item actions={[
              ...(['DRAFT', 'RETURNED', 'WITHDRAWN'].includes(record.lifecycle)
                ? [<Button key="submit" size="small" onClick={() => act(submitForReview, record.id, record.version)}>{t('submitForReview')}</Button>] : []),
              ...(record.lifecycle === 'PUBLISHED'
                ? [<Button key="withdraw" size="small" onClick={() => act(withdraw, record.id, record.version)}>{t('withdraw')}</Button>] : []),
              ...(record.lifecycle !== 'SUBMITTED'
                ? [<Link key="edit" to={`/me/edit/${encodeURIComponent(record.id)}`}>{t('edit')}</Link>] : []),
            ]}>
              <List.Item.Meta title={<Link to={`/records/${encodeURIComponent(record.id)}`}>{titleOf(record)}</Link>}
                              description={<>
                                <Tag className={record.lifecycle === 'PUBLISHED' ? 'tag-ok' : record.lifecycle === 'RETURNED' ? 'tag-warn' : record.lifecycle === 'SUBMITTED' ? 'tag-wait' : undefined}>{label(LIFECYCLES, record.lifecycle, lang)}</Tag>
                                {'reviewNote' in record && record.reviewNote && <span>{record.reviewNote}</span>}
                              </>} />
            </List.Item>
          )} />
        </Card>
      </Col>
    </Row>
  );

  return (
    <>
      <Space style={{ marginBottom: 16 }} wrap>
        <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }}>{t('workbench')}</Typography.Title>
        <Select aria-label={t('chooseCity')} value={tenantId} style={{ width: 160 }} onChange={(value) => {
          localStorage.setItem('workbench-city', value);
          setChosen(value);
        }} options={cities.map((c) => ({ value: c.id, label: lang === 'en' ? c.nameEn : c.name }))} />
        {tenantId && <>
          <Link to={`/me/${tenantId}/new/demand`}><Button type="primary">{t('newDemand')}</Button></Link>
          <Dropdown menu={{ items: LISTING_KINDS.filter((k) => k.kind !== 'DEMAND' && !k.operatorsOnly).map((k) => ({ key: k.slug, label: <Link to={`/me/${tenantId}/new/${k.slug}`}>{k.newTitle[lang]}</Link> })) }}>
            <Button>{t('publishOther')} <DownOutlined /></Button>
          </Dropdown>
        </>}
      </Space>
      <RefusalAlert refusal={refusal} clear={clear} />
      {tenantId && (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={17}>
            <Tabs activeKey={params.get('tab') ?? 'listings'} onChange={(tab) => setParams({ tab })} destroyOnHidden items={[
              { key: 'listings', label: t('tabOverview'), children: listings },
              { key: 'contracts', label: t('tabMyContracts'), children: <MyContracts tenantId={tenantId} /> },
              { key: 'matches', label: t('tabMatches'), children: <MyMatches tenantId={tenantId} /> },
              { key: 'instruments', label: t('tabInstruments'), children: <MyBookings tenantId={tenantId} /> },
              { key: 'challenges', label: t('tabChallenges'), children: <MyChallenges tenantId={tenantId} /> },
              { key: 'trading', label: t('tabTrading'), children: <MyTrading tenantId={tenantId} /> },
              { key: 'activities', label: t('tabActivities'), children: <MyActivities tenantId={tenantId} /> },
              ...(broker ? [{ key: 'board', label: t('tabBrokerBoard'), children: <MatchBoard tenantId={tenantId} /> }] : []),
            ]} />
          </Col>
          <Col xs={24} lg={7}><Inbox tenantId={tenantId} /></Col>
        </Row>
      )}
    </>
  );
}
