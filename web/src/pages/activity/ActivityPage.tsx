import { Alert, Button, Card, Descriptions, Empty, Form, Input, InputNumber, List, Modal, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { Link } from 'react-router';
import { useMutation, useQuery, useSubscription } from 'urql';
import { graphql } from '../../gql';
import type { ActivityOutcomeKind } from '../../gql/graphql';
import { useAuth } from '../../auth';
import { useCityNames } from '../../cities';
import { money } from '../../format';
import { useLang } from '../../i18n';
import { RefusalAlert, useRefusal } from '../../components/Refusal';
import { showAtFields } from '../../components/ServerErrors';
import { moment } from '../challenge/challengeFields';
import { tenantOfId } from './activityLabels';

const ActivityQuery = graphql(`
  query ActivityPage($tenantId: ID!, $id: ID!, $query: String, $hall: Int, $memberId: ID!, $asMember: Boolean!) {
    tenant(id: $tenantId) {
      id name
      node(id: $id) {
        id __typename
        ... on Activity {
          version kind kindLabel fairFormatLabel title theme description online place startsAt endsAt capacity status statusLabel statusReason phase
          halls { number name theme }
          participants(query: $query, hall: $hall) { number role recordId title recordTenantId owner hall slotStartsAt slotEndsAt streamUrl recordingUrl
                                                      pitch amountSought consent consentLabel declineReason }
          roster { seated waiting attended seatsLeft registrations { memberId name status statusLabel registeredAt } }
          registrationOf(memberId: $memberId) @include(if: $asMember) { registration { status statusLabel } waitPosition }
          outcomes { number kind kindLabel parties { name } amount note matchId recordedAt }
          questions { id askerName text status statusLabel answer { text by } askedAt }
        }
      }
    }
  }
`);

const MembershipsQuery = graphql(`
  query ActivityMemberships { tenants { id name myMemberships { id name status } } }
`);

const Live = graphql(`
  subscription ActivityQuestionsLive($id: ID!) { activityQuestions(id: $id) { id askerName text status statusLabel answer { text by } askedAt } }
`);
const Register = graphql(`mutation ActivityRegister($id: ID!, $m: ID!) { registerForActivity(id: $id, memberId: $m) { id } }`);
const CancelRegistration = graphql(`mutation ActivityCancelRegistration($id: ID!, $m: ID!) { cancelActivityRegistration(id: $id, memberId: $m) { id } }`);
const CheckIn = graphql(`mutation ActivityCheckIn($id: ID!, $m: ID!) { checkInAttendee(id: $id, memberId: $m) { id } }`);
const Ask = graphql(`mutation ActivityAsk($id: ID!, $m: ID!, $text: String!) { askQuestion(id: $id, memberId: $m, text: $text) { id } }`);
const Moderate = graphql(`mutation ActivityModerate($id: ID!, $q: ID!, $publish: Boolean!) { moderateQuestion(id: $id, questionId: $q, publish: $publish) { id } }`);
const AnswerQuestion = graphql(`mutation ActivityAnswer($id: ID!, $q: ID!, $text: String!) { answerQuestion(id: $id, questionId: $q, text: $text) { id } }`);
const Publish = graphql(`mutation ActivityPublish($id: ID!, $v: Int!) { publishActivity(id: $id, expectedVersion: $v) { id } }`);
const Conclude = graphql(`mutation ActivityConclude($id: ID!, $v: Int!) { concludeActivity(id: $id, expectedVersion: $v) { id } }`);
const RecordOutcome = graphql(`mutation ActivityRecordOutcome($id: ID!, $input: ActivityOutcomeInput!) { recordActivityOutcome(id: $id, input: $input) { id } }`);

interface LiveQuestion { id: string; askerName: string; text: string; status: string; statusLabel: string; answer: { text: string; by: string } | null;
  askedAt: string }

interface OutcomeValues { kind: ActivityOutcomeKind; partyA: string; partyB: string; amount?: number; note?: string }

/**
 * An activity's page: when and where, the seats left; an exhibition's halls with its exhibits,
 * searchable within it; a roadshow's presenters and its questions, live; what came of it. Members'
 * people register and ask; the organisers publish, check in, moderate and record outcomes.
 */
export function ActivityPage() {
  const { id = '' } = useParams();
  const { lang } = useLang();
  const zh = lang === 'zh';
  const { token, tenant: operates } = useAuth();
  const cityName = useCityNames();
  const tenantId = tenantOfId(id);
  const [query, setQuery] = useState<string | null>(null);
  const [hall, setHall] = useState<number | null>(null);
  const [{ data: people }] = useQuery({ query: MembershipsQuery, pause: !token });
  const members = (people?.tenants ?? []).flatMap((city) => (city.myMemberships ?? []).filter((m) => m.status === 'VERIFIED')
    .map((m) => ({ ...m, city: city.name })));
  const [chosen, setChosen] = useState<string | null>(null);
  const memberId = chosen ?? members[0]?.id ?? '';
  const [{ data, fetching }, reload] = useQuery({ query: ActivityQuery, variables: { tenantId, id, query, hall, memberId, asMember: !!memberId },
    requestPolicy: 'cache-and-network' });
  const again = () => reload({ requestPolicy: 'network-only' });
  const { refusal, settle, clear } = useRefusal(again);
  const node = data?.tenant?.node;
  const activity = node?.__typename === 'Activity' ? node : null;
  const organiser = operates === tenantId;
  const [live, setLive] = useState<Record<string, LiveQuestion>>({});
  useSubscription({ query: Live, variables: { id }, pause: !token || activity?.kind !== 'ROADSHOW' }, (_, event) => {
    const changed = event.activityQuestions;
    if (changed) setLive((seen) => ({ ...seen, [changed.id]: { ...changed, answer: changed.answer ?? null } }));
    return event;
  });
  const [question, setQuestion] = useState('');
  const [answering, setAnswering] = useState<string | null>(null);
  const [answerText, setAnswerText] = useState('');
  const [recording, setRecording] = useState(false);
  const [outcomeForm] = Form.useForm<OutcomeValues>();
  const [, register] = useMutation(Register);
  const [, cancelRegistration] = useMutation(CancelRegistration);
  const [, checkIn] = useMutation(CheckIn);
  const [, ask] = useMutation(Ask);
  const [, moderate] = useMutation(Moderate);
  const [, answer] = useMutation(AnswerQuestion);
  const [, publish] = useMutation(Publish);
  const [, conclude] = useMutation(Conclude);
  const [, recordOutcome] = useMutation(RecordOutcome);

  // the questions as first read, each replaced by what the live stream brought since
  const questions = useMemo(() => {
    const byId = new Map<string, LiveQuestion>((activity?.questions ?? []).map((q) => [q.id, q] as const));
    Object.values(live).forEach((q) => byId.set(q.id, q));
    return [...byId.values()].sort((a, b) => a.askedAt.localeCompare(b.askedAt));
  }, [activity?.questions, live]);

  if (!activity) {
    return <Card loading={fetching}>{!fetching && <Empty description={zh ? '没有这项活动' : 'No such activity'} />}</Card>;
  }
  const mine = activity.registrationOf?.registration;
  const waitPosition = activity.registrationOf?.waitPosition ?? 0;
  const exhibits = activity.participants.filter((p) => p.role === 'EXHIBIT');
  const presenters = activity.participants.filter((p) => p.role === 'PRESENTER');
  const open = activity.status === 'PUBLISHED' && activity.phase !== 'ENDED';

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title={<Typography.Title level={1} style={{ margin: 0, fontSize: 20 }}>{activity.title}</Typography.Title>}
            extra={<Space>
              <Tag color="blue">{activity.kindLabel}</Tag>
              <Tag className={activity.status === 'PUBLISHED' ? 'tag-ok' : undefined}>{activity.statusLabel}</Tag>
              {organiser && activity.status === 'DRAFT' && <Button type="primary" onClick={async () => settle((await publish({ id, v: activity.version })).error)}>
                {zh ? '发布' : 'Publish'}</Button>}
              {organiser && activity.status === 'PUBLISHED' && activity.phase !== 'UPCOMING' && <Button onClick={async () =>
                settle((await conclude({ id, v: activity.version })).error)}>{zh ? '办结' : 'Conclude'}</Button>}
            </Space>}>
        <RefusalAlert refusal={refusal} clear={clear} />
        <Descriptions column={{ xs: 1, md: 2 }} items={[
          { key: 'organiser', label: zh ? '主办' : 'Organiser', children: `${cityName(tenantId)}${zh ? '科技大市场' : ' market'}` },
          { key: 'time', label: zh ? '时间' : 'When', children: `${moment(activity.startsAt, lang)}${activity.endsAt ? ` — ${moment(activity.endsAt, lang)}`
              : zh ? ' 起（常设）' : ' onwards (rolling)'}` },
          { key: 'place', label: zh ? '地点' : 'Where', children: activity.online ? (zh ? '线上' : 'Online') : activity.place },
          ...(activity.fairFormatLabel ? [{ key: 'format', label: zh ? '形式' : 'Format', children: activity.fairFormatLabel }] : []),
          { key: 'seats', label: zh ? '名额' : 'Seats', children: activity.capacity == null ? (zh ? '不限' : 'No limit')
              : zh ? `${activity.capacity}（余 ${activity.roster.seatsLeft ?? 0}，候补 ${activity.roster.waiting}）`
                : `${activity.capacity} (${activity.roster.seatsLeft ?? 0} left, ${activity.roster.waiting} waiting)` },
          ...(activity.theme ? [{ key: 'theme', label: zh ? '主题' : 'Theme', children: activity.theme }] : []),
        ]} />
        {activity.description && <Typography.Paragraph>{activity.description}</Typography.Paragraph>}
        {activity.statusReason && <Alert type="warning" message={activity.statusReason} />}
        {token && members.length > 0 && open && <Space wrap>
          <Select aria-label={zh ? '会员' : 'Member'} value={memberId} onChange={setChosen} style={{ minWidth: 240 }}
                  options={members.map((m) => ({ value: m.id, label: `${m.name}（${m.city}）` }))} />
          {mine && mine.status !== 'CANCELLED'
            ? <><Tag className={mine.status === 'WAITLISTED' ? 'tag-wait' : 'tag-ok'}>{mine.statusLabel}
              {waitPosition > 0 ? (zh ? ` 第${waitPosition}位` : ` #${waitPosition}`) : ''}</Tag>
              {mine.status !== 'CHECKED_IN' && <Button onClick={async () => settle((await cancelRegistration({ id, m: memberId })).error)}>
                {zh ? '取消报名' : 'Cancel registration'}</Button>}</>
            : <Button type="primary" onClick={async () => settle((await register({ id, m: memberId })).error)}>{zh ? '报名参加' : 'Register'}</Button>}
        </Space>}
      </Card>

      {activity.kind === 'EXHIBITION' && <Card title={<Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{zh ? '展品' : 'Exhibits'}</Typography.Title>}
            extra={<Input.Search aria-label={zh ? '在展会内搜索' : 'Search the exhibition'} placeholder={zh ? '在展会内搜索' : 'Search the exhibition'}
                                 allowClear onSearch={(value) => setQuery(value || null)} style={{ width: 260 }} />}>
        {activity.halls.length > 0 && <Tabs activeKey={String(hall ?? 0)} onChange={(key) => setHall(key === '0' ? null : Number(key))}
              items={[{ key: '0', label: zh ? '全部展厅' : 'All halls' }, ...activity.halls.map((h) => ({ key: String(h.number), label: h.name }))]} />}
        <List dataSource={exhibits} locale={{ emptyText: <Empty description={zh ? '没有符合的展品' : 'No exhibits'} /> }} renderItem={(p) => (
          <List.Item>
            <List.Item.Meta title={p.recordId ? <Link to={`/records/${encodeURIComponent(p.recordId)}`}>{p.title}</Link> : p.title}
                            description={<Space wrap size={4}>
                              <span>{cityName(p.recordTenantId)}</span>
                              {p.hall != null && <span>{activity.halls.find((h) => h.number === p.hall)?.name}</span>}
                              {p.consent !== 'ACCEPTED' && <Tag className="tag-wait">{p.consentLabel}</Tag>}
                            </Space>} />
          </List.Item>
        )} />
      </Card>}

      {presenters.length > 0 && <Card title={<Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{zh ? '路演项目' : 'Presenters'}</Typography.Title>}>
        <List dataSource={presenters} renderItem={(p) => (
          <List.Item actions={[...(p.streamUrl ? [<a key="live" href={p.streamUrl} target="_blank" rel="noreferrer noopener">{zh ? '直播' : 'Live stream'}</a>] : []),
            ...(p.recordingUrl ? [<a key="recording" href={p.recordingUrl} target="_blank" rel="noreferrer noopener">{zh ? '回放' : 'Recording'}</a>] : [])]}>
            <List.Item.Meta title={p.title} description={<Space direction="vertical" size={2}>
              {p.slotStartsAt && <span>{moment(p.slotStartsAt, lang)}{p.slotEndsAt ? ` — ${moment(p.slotEndsAt, lang)}` : ''}</span>}
              {p.pitch && <span>{p.pitch}</span>}
              {p.amountSought && <span>{zh ? '拟融资' : 'Seeking'} {money(p.amountSought, lang)}</span>}
            </Space>} />
          </List.Item>
        )} />
      </Card>}

      {activity.kind === 'ROADSHOW' && <Card title={<Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{zh ? '路演问答' : 'Questions'}</Typography.Title>}>
        <List dataSource={questions} locale={{ emptyText: <Empty description={zh ? '暂无提问' : 'No questions yet'} /> }} renderItem={(q) => (
          <List.Item actions={[
            ...(organiser && q.status === 'PENDING' ? [
              <Button key="publish" size="small" onClick={async () => settle((await moderate({ id, q: q.id, publish: true })).error)}>{zh ? '公开' : 'Publish'}</Button>,
              <Button key="reject" size="small" onClick={async () => settle((await moderate({ id, q: q.id, publish: false })).error)}>{zh ? '不公开' : 'Reject'}</Button>] : []),
            ...(token && q.status === 'PUBLISHED' && !q.answer ? [
              <Button key="answer" size="small" onClick={() => { setAnswering(q.id); setAnswerText(''); }}>{zh ? '回答' : 'Answer'}</Button>] : [])]}>
            <List.Item.Meta title={<Space><span>{q.text}</span>{q.status !== 'PUBLISHED' && <Tag className="tag-wait">{q.statusLabel}</Tag>}</Space>}
                            description={<Space direction="vertical" size={2}>
                              <span>{q.askerName} · {moment(q.askedAt, lang)}</span>
                              {q.answer && <span><strong>{q.answer.by}：</strong>{q.answer.text}</span>}
                            </Space>} />
          </List.Item>
        )} />
        {token && members.length > 0 && open && <Space.Compact style={{ width: '100%', marginTop: 12 }}>
          <Input aria-label={zh ? '我要提问' : 'Your question'} placeholder={zh ? '我要提问（报名后可提问，经主办方审核后公开）' : 'Ask (registered attendees; published after moderation)'}
                 value={question} maxLength={500} onChange={(e) => setQuestion(e.target.value)} />
          <Button type="primary" disabled={!question.trim()} onClick={async () => {
            const result = await ask({ id, m: memberId, text: question });
            settle(result.error);
            if (!result.error) setQuestion('');
          }}>{zh ? '提问' : 'Ask'}</Button>
        </Space.Compact>}
        <Modal open={answering !== null} title={zh ? '回答提问' : 'Answer'} onCancel={() => setAnswering(null)} okButtonProps={{ disabled: !answerText.trim() }}
               onOk={async () => {
                 const result = await answer({ id, q: answering ?? '', text: answerText });
                 settle(result.error);
                 setAnswering(null);
               }}>
          <Input.TextArea aria-label={zh ? '回答' : 'Answer'} rows={4} maxLength={2000} value={answerText} onChange={(e) => setAnswerText(e.target.value)} />
        </Modal>
      </Card>}

      {(activity.outcomes.length > 0 || organiser) && <Card title={<Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{zh ? '活动成效' : 'Outcomes'}</Typography.Title>}
            extra={organiser && activity.phase !== 'UPCOMING' && activity.status !== 'CANCELLED'
              && <Button onClick={() => setRecording(true)}>{zh ? '登记成效' : 'Record an outcome'}</Button>}>
        <Table rowKey="number" size="small" pagination={false} dataSource={activity.outcomes} columns={[
          { title: zh ? '类型' : 'Kind', dataIndex: 'kindLabel' },
          { title: zh ? '各方' : 'Parties', render: (_, o) => o.parties.map((p) => p.name).join('、') },
          { title: zh ? '金额' : 'Amount', render: (_, o) => o.amount ? money(o.amount, lang) : '—' },
          { title: zh ? '说明' : 'Note', render: (_, o) => o.note ?? (o.matchId ? (zh ? '已进入撮合' : 'Match started') : '') },
        ]} />
        <Modal open={recording} title={zh ? '登记成效' : 'Record an outcome'} onCancel={() => setRecording(false)} onOk={() => outcomeForm.submit()}>
          <Form form={outcomeForm} layout="vertical" initialValues={{ kind: 'INTENTION_AGREEMENT' }} onFinish={async (values) => {
            const result = await recordOutcome({ id, input: { kind: values.kind, amount: values.amount?.toFixed(2), note: values.note,
              parties: [{ name: values.partyA }, { name: values.partyB }] } });
            if (result.error) {
              const elsewhere = showAtFields(outcomeForm, result.error);
              if (elsewhere.length > 0) settle(result.error);
              return;
            }
            setRecording(false);
            outcomeForm.resetFields();
            again();
          }}>
            <Form.Item name="kind" label={zh ? '类型' : 'Kind'}><Select options={[
              { value: 'INTENTION_AGREEMENT', label: zh ? '意向协议' : 'Intention agreement' },
              { value: 'FINANCING_INTENTION', label: zh ? '融资意向' : 'Financing intention' }]} /></Form.Item>
            <Form.Item name="partyA" label={zh ? '甲方' : 'Party A'} rules={[{ required: true }]}><Input maxLength={200} /></Form.Item>
            <Form.Item name="partyB" label={zh ? '乙方' : 'Party B'} rules={[{ required: true }]}><Input maxLength={200} /></Form.Item>
            <Form.Item name="amount" label={zh ? '金额（元）' : 'Amount (CNY)'} rules={[{ required: true }]}><InputNumber min={0.01} precision={2} style={{ width: '100%' }} /></Form.Item>
            <Form.Item name="note" label={zh ? '说明' : 'Note'}><Input maxLength={2000} /></Form.Item>
          </Form>
        </Modal>
      </Card>}

      {organiser && <Card title={<Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{zh ? '报名与签到' : 'Registrations and check-in'}</Typography.Title>}>
        <Table rowKey="memberId" size="small" pagination={{ pageSize: 20 }} dataSource={activity.roster.registrations} columns={[
          { title: zh ? '会员' : 'Member', dataIndex: 'name' },
          { title: zh ? '状态' : 'Status', dataIndex: 'statusLabel' },
          { title: zh ? '报名时间' : 'Registered', render: (_, r) => moment(r.registeredAt, lang) },
          { title: '', render: (_, r) => r.status === 'REGISTERED' && <Button size="small" onClick={async () =>
              settle((await checkIn({ id, m: r.memberId })).error)}>{zh ? '签到' : 'Check in'}</Button> },
        ]} />
      </Card>}
    </Space>
  );
}
