import { Button, Card, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { ActivityKind, FairFormat, ParticipantRole } from '../../gql/graphql';
import { money } from '../../format';
import { useLang } from '../../i18n';
import { RefusalAlert, useRefusal } from '../../components/Refusal';
import { showAtFields } from '../../components/ServerErrors';
import { moment } from '../challenge/challengeFields';
import { ACTIVITY_KINDS } from './activityLabels';

const DeskQuery = graphql(`
  query ActivityDesk($tenantId: ID!) {
    tenant(id: $tenantId) {
      id
      activities(first: 50) { edges { node { id version kind kindLabel title status statusLabel startsAt capacity phase
                                              roster { seated waiting attended } participants { number consent } outcomes { number } } } }
      financingRequests(first: 30) { edges { node { id title enterpriseName amount status statusLabel funded createdAt tracks { status } } } }
    }
  }
`);
const Create = graphql(`mutation ActivityCreate($tenantId: ID!, $input: ActivityInput!) { createActivity(tenantId: $tenantId, input: $input) { id } }`);
const Invite = graphql(`mutation ActivityInvite($id: ID!, $input: ParticipantInput!) { inviteParticipant(id: $id, input: $input) { id } }`);

const FORMATS: { value: FairFormat; zh: string; en: string }[] = [
  { value: 'COMPREHENSIVE', zh: '综合对接会', en: 'Comprehensive' }, { value: 'THEMED', zh: '专题对接会', en: 'Themed' },
  { value: 'ONE_TO_ONE', zh: '点对点对接', en: 'One to one' }, { value: 'UNIVERSITIES', zh: '两院十校专场', en: 'Universities' },
  { value: 'SALON', zh: '交流沙龙', en: 'Salon' }];

interface CreateValues { kind: ActivityKind; fairFormat?: FairFormat; title: string; theme?: string; online: boolean; place?: string;
  period: [Dayjs, Dayjs | null]; capacity?: number; halls?: string }
interface InviteValues { role: ParticipantRole; recordId?: string; memberId?: string; pitch?: string; amountSought?: number; hall?: number;
  slot?: [Dayjs, Dayjs]; streamUrl?: string }

/**
 * The operators' 活动 desk: the market's activities with their seats, exhibits and outcomes, a new
 * one drafted, exhibits and presenters invited; and the financing requests kept here.
 */
export function ActivityDesk({ tenantId }: { tenantId: string }) {
  const { lang } = useLang();
  const zh = lang === 'zh';
  const [{ data, fetching }, reload] = useQuery({ query: DeskQuery, variables: { tenantId }, requestPolicy: 'cache-and-network' });
  const again = () => reload({ requestPolicy: 'network-only' });
  const { refusal, show, clear } = useRefusal(again);
  const [creating, setCreating] = useState(false);
  const [inviting, setInviting] = useState<string | null>(null);
  const [createForm] = Form.useForm<CreateValues>();
  const [inviteForm] = Form.useForm<InviteValues>();
  const [, create] = useMutation(Create);
  const [, invite] = useMutation(Invite);
  const kind = Form.useWatch('kind', createForm);
  const online = Form.useWatch('online', createForm);
  const role = Form.useWatch('role', inviteForm);
  const activities = (data?.tenant?.activities?.edges ?? []).map((e) => e.node);
  const requests = (data?.tenant?.financingRequests?.edges ?? []).map((e) => e.node);

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <RefusalAlert refusal={refusal} clear={clear} />
      <Card title={<Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{zh ? '活动' : 'Activities'}</Typography.Title>}
            extra={<Button type="primary" onClick={() => setCreating(true)}>{zh ? '新建活动' : 'New activity'}</Button>}>
        <Table rowKey="id" size="small" loading={fetching} dataSource={activities} pagination={{ pageSize: 10 }} columns={[
          { title: zh ? '活动' : 'Activity', render: (_, a) => <Link to={`/activities/${encodeURIComponent(a.id)}`}>{a.title}</Link> },
          { title: zh ? '类型' : 'Kind', dataIndex: 'kindLabel' },
          { title: zh ? '状态' : 'Status', render: (_, a) => <Tag className={a.status === 'PUBLISHED' ? 'tag-ok' : a.status === 'DRAFT' ? 'tag-wait' : undefined}>{a.statusLabel}</Tag> },
          { title: zh ? '开始' : 'Starts', render: (_, a) => moment(a.startsAt, lang) },
          { title: zh ? '报名/候补/签到' : 'Seated/waiting/in', render: (_, a) => `${a.roster.seated}/${a.roster.waiting}/${a.roster.attended}` },
          { title: zh ? '展品与路演' : 'Shown', render: (_, a) => `${a.participants.filter((p) => p.consent === 'ACCEPTED').length}/${a.participants.length}` },
          { title: zh ? '成效' : 'Outcomes', render: (_, a) => a.outcomes.length },
          { title: '', render: (_, a) => ['DRAFT', 'PUBLISHED'].includes(a.status) && a.phase !== 'ENDED'
              && <Button size="small" onClick={() => { setInviting(a.id); inviteForm.setFieldsValue({ role: a.kind === 'EXHIBITION' ? 'EXHIBIT' : 'PRESENTER' }); }}>
                {a.kind === 'EXHIBITION' ? (zh ? '邀请展品' : 'Invite an exhibit') : (zh ? '邀请路演' : 'Invite a presenter')}</Button> },
        ]} />
      </Card>
      <Card title={<Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{zh ? '融资需求' : 'Financing requests'}</Typography.Title>}>
        <Table rowKey="id" size="small" dataSource={requests} pagination={{ pageSize: 10 }} columns={[
          { title: zh ? '项目' : 'Project', dataIndex: 'title' },
          { title: zh ? '企业' : 'Enterprise', dataIndex: 'enterpriseName' },
          { title: zh ? '金额' : 'Amount', render: (_, r) => money(r.amount, lang) },
          { title: zh ? '状态' : 'Status', render: (_, r) => <Tag className={r.status === 'FUNDED' ? 'tag-ok' : undefined}>{r.statusLabel}</Tag> },
          { title: zh ? '机构应答' : 'Answers', render: (_, r) => `${r.tracks.filter((t) => t.status !== 'SENT').length}/${r.tracks.length}` },
          { title: zh ? '已放款' : 'Paid out', render: (_, r) => money(r.funded, lang) },
          { title: zh ? '发布时间' : 'Filed', render: (_, r) => moment(r.createdAt, lang) },
        ]} />
      </Card>

      <Modal open={creating} title={zh ? '新建活动' : 'New activity'} width={640} onCancel={() => setCreating(false)} onOk={() => createForm.submit()}>
        <Form form={createForm} layout="vertical" initialValues={{ kind: 'FAIR', fairFormat: 'THEMED', online: false }} onFinish={async (values) => {
          const result = await create({ tenantId, input: { kind: values.kind, fairFormat: values.kind === 'FAIR' ? values.fairFormat : null, title: values.title,
            theme: values.theme, online: values.online, place: values.online ? null : values.place, startsAt: values.period[0].toISOString(),
            endsAt: values.period[1]?.toISOString() ?? null, capacity: values.capacity ?? null,
            halls: values.kind === 'EXHIBITION' && values.halls ? values.halls.split(/[,，、]/).map((name) => name.trim()).filter(Boolean).map((name) => ({ name })) : null } });
          if (result.error) {
            const elsewhere = showAtFields(createForm, result.error);
            if (elsewhere.length > 0) show(elsewhere.join('；'));
            return;
          }
          setCreating(false);
          createForm.resetFields();
          again();
        }}>
          <Form.Item name="kind" label={zh ? '类型' : 'Kind'}><Select options={ACTIVITY_KINDS.map((k) => ({ value: k.kind, label: k[lang] }))} /></Form.Item>
          {kind === 'FAIR' && <Form.Item name="fairFormat" label={zh ? '形式' : 'Format'}><Select options={FORMATS.map((f) => ({ value: f.value, label: f[lang] }))} /></Form.Item>}
          <Form.Item name="title" label={zh ? '名称' : 'Title'} rules={[{ required: true }]}><Input maxLength={200} /></Form.Item>
          <Form.Item name="theme" label={zh ? '主题' : 'Theme'}><Input maxLength={200} /></Form.Item>
          <Form.Item name="period" label={zh ? '起止时间' : 'From – to'} rules={[{ required: true }]}>
            <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" allowEmpty={[false, kind === 'EXHIBITION']} /></Form.Item>
          <Form.Item name="online" label={zh ? '线上举办' : 'Online'} valuePropName="checked"><Switch /></Form.Item>
          {!online && <Form.Item name="place" label={zh ? '地点' : 'Place'}><Input maxLength={300} /></Form.Item>}
          <Form.Item name="capacity" label={zh ? '名额（不填为不限）' : 'Seats (empty for no limit)'}><InputNumber min={1} max={100000} /></Form.Item>
          {kind === 'EXHIBITION' && <Form.Item name="halls" label={zh ? '展厅（以顿号分隔）' : 'Halls (comma separated)'}><Input /></Form.Item>}
        </Form>
      </Modal>
      <Modal open={inviting !== null} title={zh ? '邀请展品或路演项目' : 'Invite'} onCancel={() => setInviting(null)} onOk={() => inviteForm.submit()}>
        <Form form={inviteForm} layout="vertical" onFinish={async (values) => {
          const result = await invite({ id: inviting ?? '', input: { role: values.role, recordId: values.recordId || null, memberId: values.memberId || null,
            pitch: values.pitch || null, amountSought: values.amountSought?.toFixed(2) ?? null, hall: values.hall ?? null,
            slotStartsAt: values.slot?.[0]?.toISOString() ?? null, slotEndsAt: values.slot?.[1]?.toISOString() ?? null, streamUrl: values.streamUrl || null } });
          if (result.error) {
            const elsewhere = showAtFields(inviteForm, result.error);
            if (elsewhere.length > 0) show(elsewhere.join('；'));
            return;
          }
          setInviting(null);
          inviteForm.resetFields();
          again();
        }}>
          <Form.Item name="role" hidden><Input /></Form.Item>
          <Form.Item name="recordId" label={zh ? '成果、需求或机构的编号（任一城市）' : 'Record id (any city)'}><Input /></Form.Item>
          {role === 'EXHIBIT' && <Form.Item name="hall" label={zh ? '展厅序号' : 'Hall number'}><InputNumber min={1} /></Form.Item>}
          {role === 'PRESENTER' && <>
            <Form.Item name="memberId" label={zh ? '或：融资路演企业的会员编号' : 'Or: the pitching enterprise member'}><Input /></Form.Item>
            <Form.Item name="pitch" label={zh ? '路演简介' : 'Pitch'}><Input.TextArea rows={2} maxLength={2000} /></Form.Item>
            <Form.Item name="amountSought" label={zh ? '拟融资金额（元）' : 'Seeking (CNY)'}><InputNumber min={0.01} precision={2} style={{ width: '100%' }} /></Form.Item>
            <Form.Item name="slot" label={zh ? '路演时段' : 'Slot'}><DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" /></Form.Item>
            <Form.Item name="streamUrl" label={zh ? '直播地址' : 'Stream'}><Input placeholder="https://" /></Form.Item>
          </>}
        </Form>
      </Modal>
    </Space>
  );
}
