import { Alert, Button, Card, Col, Empty, Input, List, Modal, Result, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { graphql } from '../gql';
import { useAuth } from '../auth';
import { useLang } from '../i18n';
import { KINDS, MEMBER_KINDS, label } from '../labels';
import { useCityNames } from '../cities';
import { day } from '../format';

const ConsoleQuery = graphql(`
  query Console($tenantId: ID!) {
    tenant(id: $tenantId) {
      id
      awaitingReview {
        __typename id version updatedAt
        ... on Achievement { title ownerInstitution }
        ... on Demand { title enterpriseName }
        ... on Expert { name institution }
        ... on FinancingInstitution { name }
        ... on ServiceInstitution { name }
      }
      members(first: 50, filter: { status: APPLIED }) { edges { node { id name kind version appliedAt } } }
    }
  }
`);

const Publish = graphql(`mutation Publish($id: ID!, $v: Int!) { publish(id: $id, expectedVersion: $v) { id lifecycle } }`);
const ReturnListing = graphql(`mutation ReturnListing($id: ID!, $v: Int!, $reason: String!) { returnForRevision(id: $id, expectedVersion: $v, reason: $reason) { id lifecycle } }`);
const Verify = graphql(`mutation VerifyMember($id: ID!, $v: Int!) { verifyMember(id: $id, expectedVersion: $v) { id status } }`);
const ReturnApplication = graphql(`mutation ReturnApplication($id: ID!, $v: Int!, $reason: String!) { returnMembershipApplication(id: $id, expectedVersion: $v, reason: $reason) { id status } }`);

/** A city operator's console (运营后台): the review queue for members' listings and the membership applications. */
export function Console() {
  const { t, lang } = useLang();
  const { token, tenant, signIn } = useAuth();
  const cityName = useCityNames();
  const [{ data, fetching }, refetch] = useQuery({ query: ConsoleQuery, variables: { tenantId: tenant ?? '' }, pause: !token || !tenant,
    requestPolicy: 'cache-and-network' });
  const [, publish] = useMutation(Publish);
  const [, returnListing] = useMutation(ReturnListing);
  const [, verify] = useMutation(Verify);
  const [, returnApplication] = useMutation(ReturnApplication);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [returning, setReturning] = useState<{ id: string; v: number; listing: boolean } | null>(null);
  const [reason, setReason] = useState('');
  if (!token) return <Result status="403" title={t('signInFirst')} extra={<Button type="primary" onClick={() => signIn('/console')}>{t('signIn')}</Button>} />;
  if (!tenant) return <Result status="403" title={t('operatorsOnly')} />;

  /** Shows the server's refusal (a stale version says someone else acted first) and reloads the queues. */
  const done = (error: CombinedError | undefined) => {
    const stale = error?.graphQLErrors.some((e) => e.extensions?.code === 'STALE_VERSION');
    setRefusal(error ? (stale ? t('staleVersion') : error.graphQLErrors.map((e) => e.message).join('；') || error.message) : null);
    refetch({ requestPolicy: 'network-only' });
  };
  const queue = data?.tenant?.awaitingReview ?? [];
  const applications = (data?.tenant?.members?.edges ?? []).map((edge) => edge.node);

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22 }}>{t('console')} · {cityName(tenant)}</Typography.Title>
      {refusal && <Alert type="error" showIcon role="alert" title={refusal} closable onClose={() => setRefusal(null)} style={{ marginBottom: 16 }} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card loading={fetching && !data} title={<Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{t('reviewQueue')} ({queue.length})</Typography.Title>}>
            <List dataSource={queue} locale={{ emptyText: <Empty description={t('nothingYet')} /> }} renderItem={(record) => {
              const title = 'title' in record ? record.title : 'name' in record ? record.name : '';
              const by = 'enterpriseName' in record ? record.enterpriseName : 'ownerInstitution' in record ? record.ownerInstitution : 'institution' in record ? record.institution : '';
              const kind = record.__typename.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
              return (
                <List.Item actions={[
                  <Button key="approve" type="primary" size="small" onClick={async () => done((await publish({ id: record.id, v: record.version })).error)}>{t('approve')}</Button>,
                  <Button key="return" size="small" onClick={() => { setReason(''); setReturning({ id: record.id, v: record.version, listing: true }); }}>{t('returnIt')}</Button>,
                ]}>
                  <List.Item.Meta title={<Link to={`/records/${encodeURIComponent(record.id)}`}>{title}</Link>}
                                  description={<><Tag>{label(KINDS, kind, lang)}</Tag>{by} <span className="muted">{day(record.updatedAt, lang)}</span></>} />
                </List.Item>
              );
            }} />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={<Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{t('applications')} ({applications.length})</Typography.Title>}>
            <List dataSource={applications} locale={{ emptyText: <Empty description={t('nothingYet')} /> }} renderItem={(member) => (
              <List.Item actions={[
                <Button key="verify" type="primary" size="small" onClick={async () => done((await verify({ id: member.id, v: member.version })).error)}>{t('verify')}</Button>,
                <Button key="return" size="small" onClick={() => { setReason(''); setReturning({ id: member.id, v: member.version, listing: false }); }}>{t('returnIt')}</Button>,
              ]}>
                <List.Item.Meta title={member.name} description={<><Tag>{label(MEMBER_KINDS, member.kind, lang)}</Tag><span className="muted">{day(member.appliedAt, lang)}</span></>} />
              </List.Item>
            )} />
          </Card>
        </Col>
      </Row>
      <Modal open={returning !== null} title={t('returnIt')} okText={t('returnIt')} cancelText={t('cancel')} okButtonProps={{ disabled: reason.trim() === '' }}
             onCancel={() => setReturning(null)} onOk={async () => {
               if (!returning) return;
               const step = returning.listing ? returnListing : returnApplication;
               const result = await step({ id: returning.id, v: returning.v, reason: reason.trim() });
               setReturning(null);
               done(result.error);
             }}>
        <Space direction="vertical" style={{ width: '100%' }}>
          <label htmlFor="return-reason">{t('reason')}</label>
          <Input.TextArea id="return-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
        </Space>
      </Modal>
    </>
  );
}
