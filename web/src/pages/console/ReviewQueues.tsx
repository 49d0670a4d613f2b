import { Button, Card, Col, Empty, List, Row, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useLang } from '../../i18n';
import { KINDS, MEMBER_KINDS, kindOf, label, titleOf } from '../../labels';
import { day } from '../../format';
import { RefusalAlert, useRefusal } from '../../components/Refusal';
import { ReasonModal } from '../../components/ReasonModal';

const ReviewQueuesQuery = graphql(`
  query ReviewQueues($tenantId: ID!) {
    tenant(id: $tenantId) {
      id
      awaitingReview {
        __typename id version updatedAt
        ... on Achievement { title ownerInstitution }
        ... on Demand { title enterpriseName }
        ... on Expert { name institution }
        ... on FinancingInstitution { name }
        ... on ServiceInstitution { name }
        ... on Instrument { name managingUnit }
        ... on Policy { title }
        ... on Challenge { title funder }
      }
      members(first: 50, filter: { status: APPLIED }) { edges { node { id name kind version appliedAt } } }
    }
  }
`);

const Publish = graphql(`mutation Publish($id: ID!, $v: Int!) { publish(id: $id, expectedVersion: $v) { id lifecycle } }`);
const ReturnListing = graphql(`mutation ReturnListing($id: ID!, $v: Int!, $reason: String!) { returnForRevision(id: $id, expectedVersion: $v, reason: $reason) { id lifecycle } }`);
const Verify = graphql(`mutation VerifyMember($id: ID!, $v: Int!) { verifyMember(id: $id, expectedVersion: $v) { id status } }`);
const ReturnApplication = graphql(`mutation ReturnApplication($id: ID!, $v: Int!, $reason: String!) { returnMembershipApplication(id: $id, expectedVersion: $v, reason: $reason) { id status } }`);

/** The city's review queues (待审核): members' listings to publish or return, membership applications to verify or return. */
export function ReviewQueues({ tenantId }: { tenantId: string }) {
  const { t, lang } = useLang();
  const [{ data, fetching }, refetch] = useQuery({ query: ReviewQueuesQuery, variables: { tenantId }, requestPolicy: 'cache-and-network' });
  const [, publish] = useMutation(Publish);
  const [, returnListing] = useMutation(ReturnListing);
  const [, verify] = useMutation(Verify);
  const [, returnApplication] = useMutation(ReturnApplication);
  const { refusal, settle, clear } = useRefusal(() => refetch({ requestPolicy: 'network-only' }));
  const [returning, setReturning] = useState<{ id: string; v: number; listing: boolean } | null>(null);
  const queue = data?.tenant?.awaitingReview ?? [];
  const applications = (data?.tenant?.members?.edges ?? []).map((edge) => edge.node);
  const heading = (text: string, count: number) => <Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{text} ({count})</Typography.Title>;

  return (
    <>
      <RefusalAlert refusal={refusal} clear={clear} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card loading={fetching && !data} title={heading(t('reviewQueue'), queue.length)}>
            <List dataSource={queue} locale={{ emptyText: <Empty description={t('nothingYet')} /> }} renderItem={(record) => {
              const by = 'enterpriseName' in record ? record.enterpriseName : 'ownerInstitution' in record ? record.ownerInstitution : 'institution' in record ? record.institution : 'managingUnit' in record ? record.managingUnit : '';
              return (
                <List.Item actions={[
                  <Button key="approve" type="primary" size="small" onClick={async () => settle((await publish({ id: record.id, v: record.version })).error)}>{t('approve')}</Button>,
                  <Button key="return" size="small" onClick={() => setReturning({ id: record.id, v: record.version, listing: true })}>{t('returnIt')}</Button>,
                ]}>
                  <List.Item.Meta title={<Link to={`/records/${encodeURIComponent(record.id)}`}>{titleOf(record)}</Link>}
                                  description={<><Tag>{label(KINDS, kindOf(record.__typename), lang)}</Tag>{by} <span className="muted">{day(record.updatedAt, lang)}</span></>} />
                </List.Item>
              );
            }} />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={heading(t('applications'), applications.length)}>
            <List dataSource={applications} locale={{ emptyText: <Empty description={t('nothingYet')} /> }} renderItem={(member) => (
              <List.Item actions={[
                <Button key="verify" type="primary" size="small" onClick={async () => settle((await verify({ id: member.id, v: member.version })).error)}>{t('verify')}</Button>,
                <Button key="return" size="small" onClick={() => setReturning({ id: member.id, v: member.version, listing: false })}>{t('returnIt')}</Button>,
              ]}>
                <List.Item.Meta title={member.name} description={<><Tag>{label(MEMBER_KINDS, member.kind, lang)}</Tag><span className="muted">{day(member.appliedAt, lang)}</span></>} />
              </List.Item>
            )} />
          </Card>
        </Col>
      </Row>
      <ReasonModal title={t('returnIt')} open={returning !== null} onCancel={() => setReturning(null)} onOk={async (reason) => {
        if (!returning) return;
        const step = returning.listing ? returnListing : returnApplication;
        const result = await step({ id: returning.id, v: returning.v, reason });
        setReturning(null);
        settle(result.error);
      }} />
    </>
  );
}
