import { Button, Card, Empty, Input, List, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useLang } from '../../i18n';
import { label } from '../../labels';
import { day, money } from '../../format';
import { useProvinceMarkets } from '../../cities';
import { RefusalAlert, useRefusal } from '../../components/Refusal';
import { APPLICATION_STATUSES, MILESTONE_STATUSES } from './challengeLabels';
import { ScoreModal, type Scoring } from './ScoreModal';

const MyChallengeApplicationsQuery = graphql(`
  query MyChallengeApplications($market: ID!, $tenantId: ID!) {
    market: tenant(id: $market) {
      id name
      myChallengeApplications {
        id challengeId challengeTitle status score
        lead { name tenantId } partners { memberId name confirmed }
        agreement { milestones { index title deliverable due amount status note report { summary at } payment { amount paidOn } } }
      }
    }
    city: tenant(id: $tenantId) { id myMemberships { id name status } }
  }
`);

const ReviewAssignmentsQuery = graphql(`
  query MyReviewAssignments($market: ID!) {
    tenant(id: $market) {
      id
      myReviewAssignments {
        challenge { id title deadline criteria { name weight } }
        expert { id name }
        applications { id plan budget lead { name } partners { name } team { name institution } }
        myReviews { applicationId total }
      }
    }
  }
`);

const InvitationsQuery = graphql(`
  query ConsortiumInvitations($market: ID!, $memberId: ID!) {
    tenant(id: $market) { id consortiumInvitations(memberId: $memberId) { id challengeId challengeTitle lead { name tenantId } plan budget } }
  }
`);

const Confirm = graphql(`mutation ConfirmConsortiumPartner($id: ID!, $memberId: ID!) { confirmConsortiumPartner(id: $id, memberId: $memberId) { id status } }`);
const ListVersion = graphql(`query ChallengeVersion($id: ID!) { node(id: $id) { __typename id ... on Challenge { version } } }`);
const Report = graphql(`
  mutation ReportChallengeMilestone($id: ID!, $v: Int!, $m: Int!, $summary: String!) {
    reportChallengeMilestone(id: $id, expectedVersion: $v, milestone: $m, report: { summary: $summary }) { id version }
  }
`);

/**
 * A member's 揭榜挂帅 (workbench): the applications the person sent or confirmed at the province's
 * market, with the agreement's milestones to report once won; the consortium invitations waiting
 * for the members of this city they act for, and those members' numbers for a lead to name them.
 */
export function MyChallenges({ tenantId }: { tenantId: string }) {
  const { lang } = useLang();
  const zh = lang === 'zh';
  const markets = useProvinceMarkets();
  const market = markets[0]?.id;
  const [{ data, fetching }, refetch] = useQuery({ query: MyChallengeApplicationsQuery, variables: { market: market ?? '', tenantId },
    pause: !market, requestPolicy: 'cache-and-network' });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const { refusal, settle, clear } = useRefusal(reload);
  const client = useClient();
  const [, report] = useMutation(Report);
  const [reporting, setReporting] = useState<{ challengeId: string; index: number; title: string } | null>(null);
  const [summary, setSummary] = useState('');
  const verified = (data?.city?.myMemberships ?? []).filter((m) => m.status === 'VERIFIED');
  const applications = data?.market?.myChallengeApplications ?? [];
  const small = { margin: 0, fontSize: 16 } as const;
  if (!market) return <Empty description={zh ? '省级市场尚未接入' : 'The province market is not registered'} />;

  const sendReport = async () => {
    if (!reporting) return;
    const list = await client.query(ListVersion, { id: reporting.challengeId }, { requestPolicy: 'network-only' }).toPromise();
    const version = list.data?.node?.__typename === 'Challenge' ? list.data.node.version : 0;
    settle((await report({ id: reporting.challengeId, v: version, m: reporting.index, summary })).error);
    setReporting(null);
    setSummary('');
  };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <RefusalAlert refusal={refusal} clear={clear} />
      <Card title={<Typography.Title level={2} style={small}>{zh ? '我的揭榜申请' : 'My applications'}</Typography.Title>}
            extra={<Link to="/search?kind=CHALLENGE">{zh ? '查看榜单' : 'Open lists'}</Link>}>
        <List loading={fetching && !data} dataSource={applications} locale={{ emptyText: <Empty description={zh ? '暂无' : 'None yet'} /> }} renderItem={(a) => (
          <List.Item>
            <Space direction="vertical" style={{ width: '100%' }}>
              <Space wrap>
                <Link to={`/records/${encodeURIComponent(a.challengeId)}`}>{a.challengeTitle}</Link>
                <Tag className={a.status === 'SELECTED' ? 'tag-ok' : a.status === 'AWAITING_PARTNERS' ? 'tag-wait' : undefined}>{label(APPLICATION_STATUSES, a.status, lang)}</Tag>
                {a.score && <span>{zh ? '评审得分' : 'Score'} {a.score}</span>}
              </Space>
              <span className="muted">{a.lead.name}{a.partners.length > 0 && ` · ${zh ? '联合体' : 'with'} ${a.partners.map((p) => p.name ?? (zh ? '（待确认）' : '(to confirm)')).join('、')}`}</span>
              {a.agreement && (
                <Table size="small" rowKey="index" pagination={false} dataSource={a.agreement.milestones} columns={[
                  { title: zh ? '里程碑' : 'Milestone', render: (_, m) => `${m.index}. ${m.title}` },
                  { title: zh ? '交付物' : 'Deliverable', dataIndex: 'deliverable' },
                  { title: zh ? '完成日期' : 'Due', render: (_, m) => day(m.due, lang) },
                  { title: zh ? '拨付额度' : 'Share', render: (_, m) => money(m.amount, lang) },
                  { title: zh ? '状态' : 'Status', render: (_, m) => <>{label(MILESTONE_STATUSES, m.status, lang)}{m.note && <div className="muted">{m.note}</div>}
                    {m.payment && <div>{zh ? '已拨付' : 'Paid'} {money(m.payment.amount, lang)}</div>}</> },
                  { title: '', render: (_, m) => (m.status === 'PENDING' || m.status === 'RETURNED') && a.status === 'SELECTED' && (
                    <Button size="small" onClick={() => setReporting({ challengeId: a.challengeId, index: m.index, title: m.title })}>{zh ? '提交进展报告' : 'Report'}</Button>) },
                ]} />
              )}
            </Space>
          </List.Item>
        )} />
      </Card>
      <ReviewTasks market={market} />
      {verified.map((m) => <Invitations key={m.id} market={market} member={m} onConfirmed={(error) => settle(error)} />)}
      <Modal open={reporting != null} title={reporting ? `${zh ? '进展报告' : 'Progress report'} · ${reporting.title}` : ''} onCancel={() => setReporting(null)}
             onOk={sendReport} okButtonProps={{ disabled: summary.trim() === '' }}>
        <Input.TextArea rows={5} aria-label={zh ? '完成情况' : 'What was achieved'} value={summary} onChange={(e) => setSummary(e.target.value)} />
      </Modal>
    </Space>
  );
}

/** 评审任务: the lists on which the person was drawn as a reviewer, each application to score, and their own scores. */
function ReviewTasks({ market }: { market: string }) {
  const { lang } = useLang();
  const zh = lang === 'zh';
  const [{ data }, refetch] = useQuery({ query: ReviewAssignmentsQuery, variables: { market }, requestPolicy: 'cache-and-network' });
  const { refusal, settle, clear } = useRefusal(() => refetch({ requestPolicy: 'network-only' }));
  const [scoring, setScoring] = useState<Scoring | null>(null);
  const assignments = data?.tenant?.myReviewAssignments ?? [];
  if (assignments.length === 0) return null;
  return (
    <Card title={<Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{zh ? '评审任务' : 'Reviews to do'}</Typography.Title>}>
      <RefusalAlert refusal={refusal} clear={clear} />
      {assignments.map((a) => (
        <div key={`${a.challenge.id}-${a.expert.id}`} style={{ marginBottom: 16 }}>
          <Typography.Title level={3} style={{ fontSize: 15 }}><Link to={`/records/${encodeURIComponent(a.challenge.id)}`}>{a.challenge.title}</Link></Typography.Title>
          <Table size="small" rowKey="id" pagination={false} dataSource={a.applications} expandable={{ expandedRowRender: (app) => <>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{app.plan}</Typography.Paragraph>
            <div>{zh ? '团队' : 'Team'}：{app.team.map((m) => `${m.name}（${m.institution}）`).join('、')}</div>
          </> }} columns={[
            { title: zh ? '申请方' : 'Applicant', render: (_, app) => [app.lead.name, ...app.partners.map((p) => p.name)].filter(Boolean).join('、') },
            { title: zh ? '预算' : 'Budget', render: (_, app) => money(app.budget, lang) },
            { title: zh ? '我的评分' : 'My score', render: (_, app) => {
              const mine = a.myReviews.find((r) => r.applicationId === app.id);
              return <Button size="small" onClick={() => setScoring({ applicationId: app.id, expertId: a.expert.id, name: app.lead.name ?? '',
                criteria: a.challenge.criteria })}>{mine ? mine.total : (zh ? '评分' : 'Score')}</Button>;
            } },
          ]} />
        </div>
      ))}
      <ScoreModal scoring={scoring} onClose={(error) => { setScoring(null); settle(error); }} />
    </Card>
  );
}

/** One member's consortium invitations, and its number for a lead to name it. */
function Invitations({ market, member, onConfirmed }: { market: string; member: { id: string; name: string };
  onConfirmed: (error: Parameters<ReturnType<typeof useRefusal>['settle']>[0]) => void }) {
  const { lang } = useLang();
  const zh = lang === 'zh';
  const [{ data }, refetch] = useQuery({ query: InvitationsQuery, variables: { market, memberId: member.id }, requestPolicy: 'cache-and-network' });
  const [, confirm] = useMutation(Confirm);
  const invitations = data?.tenant?.consortiumInvitations ?? [];
  return (
    <Card title={<Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{zh ? '联合体邀请' : 'Consortium invitations'} · {member.name}</Typography.Title>}>
      <Typography.Paragraph>{zh ? '本单位会员编号（供牵头单位填写）：' : 'Member number (for a lead to name you): '}
        <Typography.Text copyable code>{member.id}</Typography.Text></Typography.Paragraph>
      <List dataSource={invitations} locale={{ emptyText: zh ? '暂无邀请' : 'No invitations' }} renderItem={(a) => (
        <List.Item actions={[<Button key="confirm" type="primary" size="small" onClick={async () => {
          onConfirmed((await confirm({ id: a.id, memberId: member.id })).error);
          refetch({ requestPolicy: 'network-only' });
        }}>{zh ? '确认参加' : 'Confirm'}</Button>]}>
          <List.Item.Meta title={<Link to={`/records/${encodeURIComponent(a.challengeId)}`}>{a.challengeTitle}</Link>}
                          description={`${zh ? '牵头单位' : 'Lead'}：${a.lead.name} · ${zh ? '预算' : 'Budget'} ${money(a.budget, lang)}`} />
        </List.Item>
      )} />
    </Card>
  );
}
