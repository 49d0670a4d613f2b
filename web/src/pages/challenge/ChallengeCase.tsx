import { Button, Card, DatePicker, Descriptions, Form, Input, InputNumber, Modal, Radio, Result, Space, Steps, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useAuth } from '../../auth';
import { useLang } from '../../i18n';
import { label } from '../../labels';
import { day, money } from '../../format';
import { useCityNames } from '../../cities';
import { ReasonModal } from '../../components/ReasonModal';
import { RefusalAlert, useRefusal } from '../../components/Refusal';
import { APPLICATION_STATUSES, CHALLENGE_STAGES, MILESTONE_STATUSES } from './challengeLabels';
import { moment } from './challengeFields';
import { ScoreModal, type Scoring } from './ScoreModal';
import { MilestoneRows, milestoneInputs, type MilestoneValues } from './MilestoneRows';

const CaseQuery = graphql(`
  query ChallengeCase($tenantId: ID!, $id: ID!) {
    tenant(id: $tenantId) {
      id
      node(id: $id) {
        __typename id
        ... on Challenge {
          version title stage stageReason deadline funding acceptingApplications paid criteria { name weight } winner { name }
          selection { applicationId score reason actor at ranking { applicationId name score } }
          agreement { signedAt milestones { index title deliverable due paymentPercent amount status note report { summary actor at } payment { amount paidOn reference } } }
          acceptance { passed opinion at }
        }
      }
      challengeApplications(challengeId: $id) {
        id status score budget plan lead { name tenantId } partners { name tenantId confirmed } team { name institution }
        milestones { title deliverable due paymentPercent }
      }
      reviewerDraw(challengeId: $id) { seed count reproduces actor at pool { id } drawn { id name institution tenantId } excluded { expert { id name institution } reason } }
      challengeReviews(challengeId: $id) { applicationId reviewer { id } total }
      challengeRanking(challengeId: $id) { application { id lead { name } } reviews reviewers score }
    }
  }
`);

const Draw = graphql(`mutation DrawChallengeReviewers($id: ID!, $v: Int!, $count: Int!, $seed: String) { drawChallengeReviewers(id: $id, expectedVersion: $v, count: $count, seed: $seed) { id stage } }`);
const Select = graphql(`mutation SelectChallengeWinner($id: ID!, $v: Int!, $app: ID!, $reason: String!) { selectChallengeWinner(id: $id, expectedVersion: $v, applicationId: $app, reason: $reason) { id stage } }`);
const CloseWithoutWinner = graphql(`mutation CloseChallengeWithoutWinner($id: ID!, $v: Int!, $reason: String!) { closeChallengeWithoutWinner(id: $id, expectedVersion: $v, reason: $reason) { id stage } }`);
const WithdrawList = graphql(`mutation WithdrawChallenge($id: ID!, $v: Int!, $reason: String!) { withdrawChallenge(id: $id, expectedVersion: $v, reason: $reason) { id stage } }`);
const Sign = graphql(`mutation SignChallengeAgreement($id: ID!, $v: Int!, $milestones: [MilestoneInput!]!) { signChallengeAgreement(id: $id, expectedVersion: $v, milestones: $milestones) { id stage } }`);
const ReviewMilestone = graphql(`mutation ReviewChallengeMilestone($id: ID!, $v: Int!, $m: Int!, $accepted: Boolean!, $note: String) { reviewChallengeMilestone(id: $id, expectedVersion: $v, milestone: $m, accepted: $accepted, note: $note) { id } }`);
const Pay = graphql(`mutation RecordChallengePayment($id: ID!, $v: Int!, $m: Int!, $payment: PaymentInput!) { recordChallengePayment(id: $id, expectedVersion: $v, milestone: $m, payment: $payment) { id paid } }`);
const Conclude = graphql(`mutation ConcludeChallenge($id: ID!, $v: Int!, $passed: Boolean!, $opinion: String!) { concludeChallenge(id: $id, expectedVersion: $v, passed: $passed, opinion: $opinion) { id stage } }`);

const STEPS = ['OPEN', 'REVIEWING', 'SELECTED', 'IN_PROGRESS', 'ACCEPTED'];
type Reason = { kind: 'withdraw' | 'close' | 'return' | 'pass' | 'fail'; milestone?: number } | null;

/**
 * One list's way through 揭榜挂帅, for the market's operators: its applications; after the deadline
 * the reviewer draw (with who was left out and why); the scores each reviewer gave, entered from
 * the review meeting's sheets, and the ranking they add up to; the selection with its reason; the
 * agreement's milestones; each report accepted or returned, each payment; and the acceptance.
 */
export function ChallengeCase() {
  const { id = '' } = useParams();
  const { lang } = useLang();
  const zh = lang === 'zh';
  const { tenant } = useAuth();
  const cityName = useCityNames();
  const [{ data, fetching }, refetch] = useQuery({ query: CaseQuery, variables: { tenantId: tenant ?? '', id }, pause: !tenant, requestPolicy: 'cache-and-network' });
  const { refusal, settle, clear } = useRefusal(() => refetch({ requestPolicy: 'network-only' }));
  const [, draw] = useMutation(Draw);
  const [, select] = useMutation(Select);
  const [, closeWithoutWinner] = useMutation(CloseWithoutWinner);
  const [, withdrawList] = useMutation(WithdrawList);
  const [, sign] = useMutation(Sign);
  const [, reviewMilestone] = useMutation(ReviewMilestone);
  const [, pay] = useMutation(Pay);
  const [, conclude] = useMutation(Conclude);
  const [reason, setReason] = useState<Reason>(null);
  const [scoring, setScoring] = useState<Scoring | null>(null);
  const [paying, setPaying] = useState<{ index: number; amount: string } | null>(null);
  const [winner, setWinner] = useState<string | null>(null);
  const [whyChosen, setWhyChosen] = useState('');
  const [drawForm] = Form.useForm<{ count: number; seed?: string }>();
  const [payForm] = Form.useForm<{ amount: number; paidOn: Dayjs; reference: string }>();
  const [agreementForm] = Form.useForm<{ milestones: MilestoneValues[] }>();
  if (!tenant) return <Result status="403" title={zh ? '仅限运营人员' : 'For operators'} />;
  const market = data?.tenant;
  const list = market?.node?.__typename === 'Challenge' ? market.node : null;
  if (fetching && !data) return <Card loading />;
  if (!list || !market) return <Result status="404" title={zh ? '没有这个榜单' : 'No such list'} />;
  const v = list.version;
  const applications = market.challengeApplications ?? [];
  const drawn = market.reviewerDraw?.drawn ?? [];
  const reviews = market.challengeReviews ?? [];
  const closed = new Date(list.deadline).getTime() <= Date.now();
  const small = { margin: 0, fontSize: 16 } as const;
  const heading = (text: string) => <Typography.Title level={2} style={small}>{text}</Typography.Title>;
  const reasonTitle: Record<string, string> = { withdraw: zh ? '撤榜' : 'Withdraw', close: zh ? '流榜' : 'Close without winner',
    return: zh ? '退回报告' : 'Return the report', pass: zh ? '验收通过' : 'Pass', fail: zh ? '验收不通过' : 'Fail' };

  const onReason = async (text: string) => {
    const step = reason;
    setReason(null);
    if (!step) return;
    if (step.kind === 'withdraw') settle((await withdrawList({ id, v, reason: text })).error);
    if (step.kind === 'close') settle((await closeWithoutWinner({ id, v, reason: text })).error);
    if (step.kind === 'return') settle((await reviewMilestone({ id, v, m: step.milestone ?? 0, accepted: false, note: text })).error);
    if (step.kind === 'pass' || step.kind === 'fail') settle((await conclude({ id, v, passed: step.kind === 'pass', opinion: text })).error);
  };
  const winnerPlan = applications.find((a) => a.id === list.selection?.applicationId)?.milestones ?? [];

  return (
    <>
      <Link to="/console?tab=challenge">{zh ? '← 揭榜挂帅榜单' : '← Challenge lists'}</Link>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 8 }}>{list.title}</Typography.Title>
      <Steps size="small" style={{ marginBottom: 16 }} current={Math.max(0, STEPS.indexOf(list.stage))} status={['FAILED', 'WITHDRAWN', 'NO_SUITABLE_APPLICANT'].includes(list.stage) ? 'error' : undefined}
             items={STEPS.map((s) => ({ title: label(CHALLENGE_STAGES, s, lang) }))} />
      <RefusalAlert refusal={refusal} clear={clear} />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 3 }} items={[
          { key: 'stage', label: zh ? '进展' : 'Stage', children: <>{label(CHALLENGE_STAGES, list.stage, lang)} {list.stageReason && <span className="muted">{list.stageReason}</span>}</> },
          { key: 'funding', label: zh ? '榜额' : 'Funding', children: money(list.funding, lang) },
          { key: 'deadline', label: zh ? '申报截止' : 'Closes', children: moment(list.deadline, lang) },
          { key: 'paid', label: zh ? '已拨付' : 'Paid', children: money(list.paid, lang) },
          ...(list.winner ? [{ key: 'winner', label: zh ? '揭榜方' : 'Winner', children: list.winner.name }] : []),
        ]} />
        {['OPEN', 'REVIEWING'].includes(list.stage) && (
          <Space wrap>
            <Button danger onClick={() => setReason({ kind: 'withdraw' })}>{zh ? '撤榜' : 'Withdraw the list'}</Button>
            {closed && <Button onClick={() => setReason({ kind: 'close' })}>{zh ? '流榜（无合适揭榜方）' : 'Close without a winner'}</Button>}
          </Space>
        )}
      </Card>

      <Card title={heading(zh ? `揭榜申请（${applications.length}）` : `Applications (${applications.length})`)} style={{ marginBottom: 16 }}>
        <Table rowKey="id" size="small" dataSource={applications} pagination={false} expandable={{ expandedRowRender: (a) => <>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{a.plan}</Typography.Paragraph>
          <div>{zh ? '团队' : 'Team'}：{a.team.map((m) => `${m.name}（${m.institution}）`).join('、')}</div>
          <div>{zh ? '里程碑' : 'Milestones'}：{a.milestones.map((m) => `${m.title} ${day(m.due, lang)} ${m.paymentPercent}%`).join('；')}</div>
        </> }} columns={[
          { title: zh ? '申请方' : 'Applicant', render: (_, a) => <>{a.lead.name}（{cityName(a.lead.tenantId)}）
            {a.partners.map((p, i) => <div key={i} className="muted">{zh ? '联合体：' : 'Partner: '}{p.name ?? (zh ? '待确认' : 'to confirm')}（{cityName(p.tenantId)}）</div>)}</> },
          { title: zh ? '状态' : 'Status', render: (_, a) => <Tag>{label(APPLICATION_STATUSES, a.status, lang)}</Tag> },
          { title: zh ? '预算' : 'Budget', render: (_, a) => money(a.budget, lang) },
          { title: zh ? '得分' : 'Score', render: (_, a) => a.score ?? '' },
        ]} />
      </Card>

      {list.stage === 'OPEN' && closed && (
        <Card title={heading(zh ? '抽取评审专家' : 'Draw the reviewers')} style={{ marginBottom: 16 }}>
          <Typography.Paragraph>{zh ? '从全省该领域专家中随机抽取，自动回避与申请方同单位、申请方申请回避及本人为申请方的专家；种子留存可复核。'
            : "Drawn at random from the field's experts of every city, leaving out conflicts of interest; the seed is kept, so the draw can be run again."}</Typography.Paragraph>
          <Form form={drawForm} layout="inline" initialValues={{ count: 5 }} onFinish={async (values) =>
            settle((await draw({ id, v, count: values.count, seed: values.seed?.trim() || null })).error)}>
            <Form.Item name="count" label={zh ? '人数' : 'Reviewers'} rules={[{ required: true }]}><InputNumber min={3} max={15} /></Form.Item>
            <Form.Item name="seed" label={zh ? '随机种子（可选，如公开摇号数）' : 'Seed (optional)'}><Input style={{ width: 200 }} /></Form.Item>
            <Button type="primary" htmlType="submit">{zh ? '抽取' : 'Draw'}</Button>
          </Form>
        </Card>
      )}

      {market.reviewerDraw && (
        <Card title={heading(zh ? '专家抽取记录' : 'The draw')} style={{ marginBottom: 16 }}>
          <Typography.Paragraph>
            {zh ? '种子' : 'Seed'} <Typography.Text code>{market.reviewerDraw.seed}</Typography.Text> · {zh ? '专家库' : 'Pool'} {market.reviewerDraw.pool.length} ·{' '}
            <Tag className={market.reviewerDraw.reproduces ? 'tag-ok' : 'tag-warn'}>{market.reviewerDraw.reproduces ? (zh ? '可复现' : 'Reproduces') : (zh ? '无法复现' : 'Does not reproduce')}</Tag>
            <span className="muted">{market.reviewerDraw.actor} · {moment(market.reviewerDraw.at, lang)}</span>
          </Typography.Paragraph>
          <Table size="small" rowKey="id" pagination={false} caption={zh ? '抽取的评审专家' : 'Drawn'} dataSource={drawn} columns={[
            { title: zh ? '专家' : 'Expert', dataIndex: 'name' }, { title: zh ? '单位' : 'Institution', dataIndex: 'institution' },
            { title: zh ? '市州' : 'City', render: (_, e) => cityName(e.tenantId) },
          ]} />
          <Table size="small" rowKey={(e) => e.expert.id} pagination={false} caption={zh ? '回避的专家' : 'Left out'} style={{ marginTop: 16 }}
                 dataSource={market.reviewerDraw.excluded} columns={[
            { title: zh ? '专家' : 'Expert', render: (_, e) => e.expert.name }, { title: zh ? '单位' : 'Institution', render: (_, e) => e.expert.institution },
            { title: zh ? '回避原因' : 'Why', dataIndex: 'reason' },
          ]} />
        </Card>
      )}

      {list.stage === 'REVIEWING' && (
        <Card title={heading(zh ? '专家评分与揭榜' : 'Scores and selection')} style={{ marginBottom: 16 }}>
          <Table size="small" rowKey="id" pagination={false} dataSource={applications.filter((a) => a.status === 'UNDER_REVIEW')} columns={[
            { title: zh ? '申请方' : 'Applicant', render: (_, a) => a.lead.name },
            ...drawn.map((expert) => ({ title: expert.name, key: expert.id, render: (_: unknown, a: { id: string; lead: { name?: string | null } }) => {
              const review = reviews.find((r) => r.applicationId === a.id && r.reviewer.id === expert.id);
              return <Button size="small" onClick={() => setScoring({ applicationId: a.id, expertId: expert.id, name: `${expert.name} · ${a.lead.name}`, criteria: list.criteria })}>
                {review ? review.total : (zh ? '录入评分' : 'Enter')}</Button>;
            } })),
          ]} />
          <Typography.Title level={3} style={{ fontSize: 15, marginTop: 16 }}>{zh ? '排名（去掉一个最高分和一个最低分）' : 'Ranking (highest and lowest dropped)'}</Typography.Title>
          <Radio.Group value={winner} onChange={(e) => setWinner(e.target.value)} style={{ width: '100%' }}>
            <Table size="small" rowKey={(r) => r.application.id} pagination={false} dataSource={market.challengeRanking ?? []} columns={[
              { title: '', render: (_, r) => <Radio value={r.application.id} aria-label={r.application.lead.name} /> },
              { title: zh ? '申请方' : 'Applicant', render: (_, r) => r.application.lead.name },
              { title: zh ? '已评' : 'Scored', render: (_, r) => `${r.reviews}/${r.reviewers}` },
              { title: zh ? '得分' : 'Score', render: (_, r) => r.score ?? '' },
            ]} />
          </Radio.Group>
          <label htmlFor="why-chosen" style={{ display: 'block', marginTop: 16 }}>{zh ? '揭榜理由' : 'Why this applicant'}</label>
          <Input.TextArea id="why-chosen" rows={2} value={whyChosen} onChange={(e) => setWhyChosen(e.target.value)} />
          <Button type="primary" style={{ marginTop: 8 }} disabled={!winner || whyChosen.trim() === ''}
                  onClick={async () => settle((await select({ id, v, app: winner ?? '', reason: whyChosen.trim() })).error)}>{zh ? '确定揭榜方' : 'Select'}</Button>
        </Card>
      )}

      {list.selection && (
        <Card title={heading(zh ? '揭榜结果' : 'Selection')} style={{ marginBottom: 16 }}>
          <Typography.Paragraph>{list.winner?.name} · {zh ? '得分' : 'score'} {list.selection.score} · {list.selection.reason}
            <span className="muted"> · {list.selection.actor} {moment(list.selection.at, lang)}</span></Typography.Paragraph>
        </Card>
      )}

      {list.stage === 'SELECTED' && (
        <Card title={heading(zh ? '签订军令状（里程碑与拨付比例）' : 'Sign the agreement')} style={{ marginBottom: 16 }}>
          <Form form={agreementForm} layout="vertical" initialValues={{ milestones: winnerPlan.map((m) => ({ ...m, due: dayjs(m.due) })) }}
                onFinish={async (values) => settle((await sign({ id, v, milestones: milestoneInputs(values.milestones) })).error)}>
            <MilestoneRows />
            <Button type="primary" htmlType="submit" style={{ marginTop: 8 }}>{zh ? '签订' : 'Sign'}</Button>
          </Form>
        </Card>
      )}

      {list.agreement && (
        <Card title={heading(zh ? '里程碑、进展报告与拨付' : 'Milestones, reports and payments')} style={{ marginBottom: 16 }}
              extra={list.stage === 'IN_PROGRESS' && <Space>
                <Button type="primary" onClick={() => setReason({ kind: 'pass' })}>{zh ? '验收通过' : 'Pass'}</Button>
                <Button danger onClick={() => setReason({ kind: 'fail' })}>{zh ? '验收不通过' : 'Fail'}</Button></Space>}>
          <Table size="small" rowKey="index" pagination={false} dataSource={list.agreement.milestones} columns={[
            { title: zh ? '里程碑' : 'Milestone', render: (_, m) => `${m.index}. ${m.title}（${m.deliverable}）` },
            { title: zh ? '完成日期' : 'Due', render: (_, m) => day(m.due, lang) },
            { title: zh ? '拨付额度' : 'Share', render: (_, m) => `${money(m.amount, lang)}（${m.paymentPercent}%）` },
            { title: zh ? '状态' : 'Status', render: (_, m) => <>{label(MILESTONE_STATUSES, m.status, lang)}
              {m.report && <div className="muted">{m.report.summary}</div>}{m.note && <div>{m.note}</div>}
              {m.payment && <div>{zh ? '已拨付' : 'Paid'} {money(m.payment.amount, lang)} · {day(m.payment.paidOn, lang)} · {m.payment.reference}</div>}</> },
            { title: '', render: (_, m) => <Space>
              {m.status === 'REPORTED' && list.stage === 'IN_PROGRESS' && <>
                <Button size="small" type="primary" onClick={async () => settle((await reviewMilestone({ id, v, m: m.index, accepted: true, note: null })).error)}>{zh ? '通过' : 'Accept'}</Button>
                <Button size="small" onClick={() => setReason({ kind: 'return', milestone: m.index })}>{zh ? '退回' : 'Return'}</Button></>}
              {m.status === 'ACCEPTED' && !m.payment && <Button size="small" onClick={() => { payForm.setFieldsValue({ amount: Number(m.amount), paidOn: dayjs(), reference: '' });
                setPaying({ index: m.index, amount: m.amount }); }}>{zh ? '登记拨付' : 'Record payment'}</Button>}
            </Space> },
          ]} />
          {list.acceptance && <Typography.Paragraph style={{ marginTop: 16 }}>{zh ? '验收意见' : 'Acceptance'}：{list.acceptance.opinion}</Typography.Paragraph>}
        </Card>
      )}

      <ReasonModal title={reason ? reasonTitle[reason.kind] : ''} open={reason != null} onCancel={() => setReason(null)} onOk={onReason} />
      <ScoreModal scoring={scoring} onClose={(error) => { setScoring(null); settle(error); }} />
      <Modal open={paying != null} title={zh ? '登记拨付' : 'Record a payment'} onCancel={() => setPaying(null)} onOk={() => payForm.submit()}>
        <Form form={payForm} layout="vertical" onFinish={async (values) => {
          const milestone = paying;
          setPaying(null);
          if (!milestone) return;
          settle((await pay({ id, v, m: milestone.index, payment: { amount: values.amount.toFixed(2), paidOn: values.paidOn.format('YYYY-MM-DD'),
            reference: values.reference } })).error);
        }}>
          <Form.Item name="amount" label={zh ? '金额（元）' : 'Amount (CNY)'} rules={[{ required: true }]}><InputNumber min={0.01} precision={2} style={{ width: 200 }} /></Form.Item>
          <Form.Item name="paidOn" label={zh ? '拨付日期' : 'Paid on'} rules={[{ required: true }]}><DatePicker /></Form.Item>
          <Form.Item name="reference" label={zh ? '凭证号' : 'Voucher number'} rules={[{ required: true }]}><Input /></Form.Item>
        </Form>
      </Modal>
    </>
  );
}
