import { Button, Card, Col, Empty, List, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useLang } from '../../i18n';
import { KINDS, MATCH_STATUSES, MEETING_STATUSES, label } from '../../labels';
import { useCityNames } from '../../cities';
import { day } from '../../format';
import { RefusalAlert, useRefusal } from '../../components/Refusal';
import { ReasonModal } from '../../components/ReasonModal';

const MyMatchesQuery = graphql(`
  query MyMatches($tenantId: ID!) {
    tenant(id: $tenantId) {
      id
      matches(first: 50) { edges { node { id status demandId demandTitle candidateId candidateTitle candidateKind candidateTenantId closeReason updatedAt
        broker { name } candidateContact { name phone email } demandContact { name phone email } } } }
      meetingRequests(first: 50) { edges { node { id status version demandId enterpriseName expertId expertName expertTenantId topic scheduledAt statusReason updatedAt } } }
    }
  }
`);

const CancelMeeting = graphql(`mutation CancelMeeting($id: ID!, $v: Int!, $reason: String!) { cancelMeeting(id: $id, expectedVersion: $v, reason: $reason) { id status version } }`);

const OPEN_MEETING = ['REQUESTED', 'SCHEDULED'];

/** The matches and meeting requests on the person's demands: where each stands and, once contacted, whom to call. */
export function MyMatches({ tenantId }: { tenantId: string }) {
  const { t, lang } = useLang();
  const cityName = useCityNames();
  const [{ data, fetching }, refetch] = useQuery({ query: MyMatchesQuery, variables: { tenantId }, requestPolicy: 'cache-and-network' });
  const [, cancel] = useMutation(CancelMeeting);
  const { refusal, settle, clear } = useRefusal(() => refetch({ requestPolicy: 'network-only' }));
  const [cancelling, setCancelling] = useState<{ id: string; v: number } | null>(null);
  const matches = (data?.tenant?.matches?.edges ?? []).map((e) => e.node);
  const meetings = (data?.tenant?.meetingRequests?.edges ?? []).map((e) => e.node);
  const heading = (text: string) => <Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{text}</Typography.Title>;

  return (
    <>
      <RefusalAlert refusal={refusal} clear={clear} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card loading={fetching && !data} title={heading(t('myMatches'))}>
            <List dataSource={matches} locale={{ emptyText: <Empty description={t('nothingYet')} /> }} renderItem={(m) => {
              const contact = m.candidateContact ?? m.demandContact;
              return (
                <List.Item key={m.id}>
                  <List.Item.Meta title={<><Link to={`/records/${encodeURIComponent(m.demandId)}`}>{m.demandTitle}</Link> ↔ <Link to={`/records/${encodeURIComponent(m.candidateId)}`}>{m.candidateTitle}</Link></>}
                                  description={<Space direction="vertical" size={2}>
                                    <Space size={4} wrap><Tag className={m.status === 'SIGNED' ? 'tag-ok' : m.status === 'CLOSED' ? 'tag-warn' : 'tag-wait'}>{label(MATCH_STATUSES, m.status, lang)}</Tag>
                                      <Tag>{label(KINDS, m.candidateKind, lang)}</Tag><Tag>{cityName(m.candidateTenantId)}</Tag>
                                      <span className="muted">{t('broker')} {m.broker.name} · {day(m.updatedAt, lang)}</span></Space>
                                    {contact && <span>{t('contactName')}：{[contact.name, contact.phone, contact.email].filter(Boolean).join(' · ')}</span>}
                                    {m.closeReason && <span>{t('closeReason')}：{m.closeReason}</span>}
                                  </Space>} />
                </List.Item>
              );
            }} />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card loading={fetching && !data} title={heading(t('myMeetings'))}>
            <List dataSource={meetings} locale={{ emptyText: <Empty description={t('nothingYet')} /> }} renderItem={(r) => (
              <List.Item key={r.id} actions={OPEN_MEETING.includes(r.status)
                ? [<Button key="cancel" size="small" onClick={() => setCancelling({ id: r.id, v: r.version })}>{t('cancelMeeting')}</Button>] : []}>
                <List.Item.Meta title={<Link to={`/records/${encodeURIComponent(r.expertId)}`}>{r.expertName}</Link>}
                                description={<Space direction="vertical" size={2}>
                                  <Space size={4} wrap><Tag className={r.status === 'HELD' ? 'tag-ok' : OPEN_MEETING.includes(r.status) ? 'tag-wait' : 'tag-warn'}>{label(MEETING_STATUSES, r.status, lang)}</Tag>
                                    <Tag>{cityName(r.expertTenantId)}</Tag></Space>
                                  <span>{r.topic}</span>
                                  {r.scheduledAt && <span>{t('scheduledAt')}：{new Date(r.scheduledAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: 'Asia/Shanghai' })}</span>}
                                  {r.statusReason && <span className="muted">{r.statusReason}</span>}
                                </Space>} />
              </List.Item>
            )} />
          </Card>
        </Col>
      </Row>
      <ReasonModal title={t('cancelMeeting')} open={cancelling !== null} onCancel={() => setCancelling(null)} onOk={async (reason) => {
        if (!cancelling) return;
        const result = await cancel({ id: cancelling.id, v: cancelling.v, reason });
        setCancelling(null);
        settle(result.error);
      }} />
    </>
  );
}
