import { Button, Card, Empty, List, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useLang } from '../../i18n';
import { ReasonModal } from '../../components/ReasonModal';
import { RefusalAlert, useRefusal } from '../../components/Refusal';
import { moment } from '../challenge/challengeFields';
import { MyFinancing } from '../finance/MyFinancing';

const MineQuery = graphql(`
  query MyActivities($tenantId: ID!, $memberId: ID!) {
    tenant(id: $tenantId) {
      id
      myMemberships { id name kind status }
      myActivities(memberId: $memberId) { activity { id title kindLabel startsAt phase } registration { status statusLabel } waitPosition }
      myShowings(memberId: $memberId) { id title kindLabel startsAt participants { number title owner consent consentLabel role } }
    }
  }
`);
const Members = graphql(`query ActivityMembers($tenantId: ID!) { tenant(id: $tenantId) { id myMemberships { id name kind status } } }`);
const Answer = graphql(`mutation ActivityAnswerInvitation($id: ID!, $n: Int!, $accept: Boolean!, $reason: String) {
  answerInvitation(id: $id, number: $n, accept: $accept, reason: $reason) { id } }`);

/**
 * 活动与融资 on the workbench, for the member chosen: the activities it registered for (and its
 * place on a waiting list), the invitations to exhibit or present to answer, and its financing
 * requests, or, for a financing institution, those sent to it.
 */
export function MyActivities({ tenantId }: { tenantId: string }) {
  const { lang } = useLang();
  const zh = lang === 'zh';
  const [{ data: people }] = useQuery({ query: Members, variables: { tenantId } });
  const members = (people?.tenant?.myMemberships ?? []).filter((m) => m.status === 'VERIFIED');
  const [chosen, setChosen] = useState<string | null>(null);
  const member = members.find((m) => m.id === chosen) ?? members[0];
  const [{ data }, reload] = useQuery({ query: MineQuery, variables: { tenantId, memberId: member?.id ?? '' }, pause: !member,
    requestPolicy: 'cache-and-network' });
  const { refusal, settle, clear } = useRefusal(() => reload({ requestPolicy: 'network-only' }));
  const [declining, setDeclining] = useState<{ id: string; number: number } | null>(null);
  const [, answer] = useMutation(Answer);
  if (!member) {
    return <Empty description={zh ? '成为认证会员后可参加活动、发布融资需求' : 'Verified members take part in activities and finance'} />;
  }
  const invitations = (data?.tenant?.myShowings ?? []).flatMap((a) => a.participants.filter((p) => p.owner === member.id)
    .map((p) => ({ activity: a, participant: p })));
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Select aria-label={zh ? '会员' : 'Member'} value={member.id} onChange={setChosen} style={{ minWidth: 240 }}
              options={members.map((m) => ({ value: m.id, label: m.name }))} />
      <RefusalAlert refusal={refusal} clear={clear} />
      <Card title={<Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{zh ? '我报名的活动' : 'My registrations'}</Typography.Title>}
            extra={<Link to="/activities">{zh ? '活动日历' : 'Activity calendar'}</Link>}>
        <List dataSource={data?.tenant?.myActivities ?? []} locale={{ emptyText: <Empty description={zh ? '尚未报名活动' : 'No registrations'} /> }}
              renderItem={(r) => (
                <List.Item>
                  <List.Item.Meta title={<Link to={`/activities/${encodeURIComponent(r.activity.id)}`}>{r.activity.title}</Link>} description={<Space wrap size={4}>
                    <Tag>{r.activity.kindLabel}</Tag>
                    <Tag className={r.registration.status === 'WAITLISTED' ? 'tag-wait' : 'tag-ok'}>{r.registration.statusLabel}
                      {r.waitPosition > 0 ? (zh ? ` 第${r.waitPosition}位` : ` #${r.waitPosition}`) : ''}</Tag>
                    <span>{moment(r.activity.startsAt, lang)}</span>
                  </Space>} />
                </List.Item>
              )} />
      </Card>
      <Card title={<Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{zh ? '参展与路演邀请' : 'Invitations to exhibit or present'}</Typography.Title>}>
        <List dataSource={invitations} locale={{ emptyText: <Empty description={zh ? '暂无邀请' : 'No invitations'} /> }} renderItem={({ activity, participant }) => (
          <List.Item actions={participant.consent === 'INVITED' ? [
            <Button key="accept" size="small" type="primary" onClick={async () => settle((await answer({ id: activity.id, n: participant.number, accept: true })).error)}>
              {zh ? '接受' : 'Accept'}</Button>,
            <Button key="decline" size="small" onClick={() => setDeclining({ id: activity.id, number: participant.number })}>{zh ? '谢绝' : 'Decline'}</Button>] : []}>
            <List.Item.Meta title={<Link to={`/activities/${encodeURIComponent(activity.id)}`}>{activity.title}</Link>} description={<Space wrap size={4}>
              <Tag>{activity.kindLabel}</Tag><span>{participant.title}</span>
              <Tag className={participant.consent === 'ACCEPTED' ? 'tag-ok' : participant.consent === 'INVITED' ? 'tag-wait' : undefined}>{participant.consentLabel}</Tag>
              <span>{moment(activity.startsAt, lang)}</span>
            </Space>} />
          </List.Item>
        )} />
      </Card>
      {(member.kind === 'ENTERPRISE' || member.kind === 'FINANCING_INSTITUTION') && <MyFinancing tenantId={tenantId} member={member} />}
      <ReasonModal open={declining !== null} title={zh ? '谢绝邀请' : 'Decline the invitation'} onCancel={() => setDeclining(null)} onOk={async (reason) => {
        settle((await answer({ id: declining?.id ?? '', n: declining?.number ?? 0, accept: false, reason })).error);
        setDeclining(null);
      }} />
    </Space>
  );
}
