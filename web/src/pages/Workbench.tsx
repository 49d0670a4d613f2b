import { Alert, Badge, Button, Card, Col, Empty, List, Result, Row, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { graphql } from '../gql';
import { useAuth } from '../auth';
import { useLang } from '../i18n';
import { LIFECYCLES, MEMBERSHIP, MEMBER_KINDS, label } from '../labels';
import { useCities } from '../cities';
import { day } from '../format';

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
      }
      inbox(first: 20) { unread messages { id topic title detail createdAt read about } }
    }
  }
`);

/** A member's workbench at one city: their organisations and applications, their listings in every state, their inbox. */
export function Workbench() {
  const { t, lang } = useLang();
  const { token, signIn } = useAuth();
  const cities = useCities();
  const [chosen, setChosen] = useState<string | null>(() => localStorage.getItem('workbench-city'));
  const tenantId = chosen ?? cities[0]?.id ?? null;
  const [{ data, fetching }, refetch] = useQuery({ query: WorkbenchQuery, variables: { tenantId: tenantId ?? '' }, pause: !token || !tenantId,
    requestPolicy: 'cache-and-network' });
  const [, submitForReview] = useMutation(SubmitForReview);
  const [, withdraw] = useMutation(Withdraw);
  const [refusal, setRefusal] = useState<string | null>(null);
  const act = async (step: (variables: { id: string; expectedVersion: number }) => Promise<{ error?: CombinedError }>, id: string,
                     expectedVersion: number) => {
    const result = await step({ id, expectedVersion });
    setRefusal(result.error ? result.error.graphQLErrors.map((e) => e.message).join('；') || result.error.message : null);
    refetch({ requestPolicy: 'network-only' });
  };
  if (!token) return <Result status="403" title={t('signInFirst')} extra={<Button type="primary" onClick={() => signIn('/me')}>{t('signIn')}</Button>} />;
  const tenant = data?.tenant;

  return (
    <>
      <Space style={{ marginBottom: 16 }} wrap>
        <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }}>{t('workbench')}</Typography.Title>
        <Select aria-label={t('chooseCity')} value={tenantId} style={{ width: 160 }} onChange={(value) => {
          localStorage.setItem('workbench-city', value);
          setChosen(value);
        }} options={cities.map((c) => ({ value: c.id, label: lang === 'en' ? c.nameEn : c.name }))} />
        {tenantId && <Link to={`/me/${tenantId}/demands/new`}><Button type="primary">{t('newDemand')}</Button></Link>}
      </Space>
      {refusal && <Alert type="error" showIcon role="alert" title={refusal} style={{ marginBottom: 16 }} closable onClose={() => setRefusal(null)} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card loading={fetching && !tenant} title={<Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{t('myMemberships')}</Typography.Title>}>
            <List dataSource={tenant?.myMemberships ?? []} locale={{ emptyText: <Empty description={t('nothingYet')} /> }} renderItem={(m) => (
              <List.Item>
                <List.Item.Meta title={m.name} description={<>
                  <Tag>{label(MEMBER_KINDS, m.kind, lang)}</Tag>
                  <Tag className={m.status === 'VERIFIED' ? 'tag-ok' : m.status === 'APPLIED' ? 'tag-wait' : 'tag-warn'}>{label(MEMBERSHIP, m.status, lang)}</Tag>
                  {m.statusReason && <div>{m.statusReason}</div>}
                </>} />
              </List.Item>
            )} />
          </Card>
          <Card style={{ marginTop: 16 }} title={<Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{t('myListings')}</Typography.Title>}>
            <List dataSource={tenant?.myListings ?? []} locale={{ emptyText: <Empty description={t('nothingYet')} /> }} renderItem={(record) => (
              <List.Item actions={[
                ...(['DRAFT', 'RETURNED', 'WITHDRAWN'].includes(record.lifecycle)
                  ? [<Button key="submit" size="small" onClick={() => act(submitForReview, record.id, record.version)}>{t('submitForReview')}</Button>] : []),
                ...(record.lifecycle === 'PUBLISHED'
                  ? [<Button key="withdraw" size="small" onClick={() => act(withdraw, record.id, record.version)}>{t('withdraw')}</Button>] : []),
              ]}>
                <List.Item.Meta title={<Link to={`/records/${encodeURIComponent(record.id)}`}>{'title' in record ? record.title : 'name' in record ? record.name : ''}</Link>}
                                description={<>
                                  <Tag className={record.lifecycle === 'PUBLISHED' ? 'tag-ok' : record.lifecycle === 'RETURNED' ? 'tag-warn' : record.lifecycle === 'SUBMITTED' ? 'tag-wait' : undefined}>{label(LIFECYCLES, record.lifecycle, lang)}</Tag>
                                  {'reviewNote' in record && record.reviewNote && <span>{record.reviewNote}</span>}
                                </>} />
              </List.Item>
            )} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={<Space><Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{t('inbox')}</Typography.Title>
            <Badge count={tenant?.inbox?.unread ?? 0} /><span className="sr-only">{`${tenant?.inbox?.unread ?? 0} ${t('unread')}`}</span></Space>}>
            <List dataSource={tenant?.inbox?.messages ?? []} locale={{ emptyText: <Empty description={t('nothingYet')} /> }} renderItem={(message) => (
              <List.Item extra={<span className="muted">{day(message.createdAt, lang)}</span>}>
                <List.Item.Meta title={<span style={{ fontWeight: message.read ? 400 : 600 }}>{message.title}</span>} description={message.detail} />
              </List.Item>
            )} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
