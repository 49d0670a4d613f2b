import { Button, Card, DatePicker, Empty, List, Modal, Space, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useLang } from '../../i18n';
import { MEETING_STATUSES, label } from '../../labels';
import { useCityNames } from '../../cities';
import { RefusalAlert, useRefusal } from '../../components/Refusal';
import { ReasonModal } from '../../components/ReasonModal';

const MeetingQueueQuery = graphql(`
  query MeetingQueue($tenantId: ID!) {
    tenant(id: $tenantId) {
      id
      meetingRequests(first: 100) { edges { node { id status version demandId enterpriseName expertId expertName expertTenantId topic proposedTimes scheduledAt statusReason } } }
    }
  }
`);

const Schedule = graphql(`mutation ScheduleMeeting($id: ID!, $v: Int!, $at: DateTime!) { scheduleMeeting(id: $id, expectedVersion: $v, scheduledAt: $at) { id status version } }`);
const Hold = graphql(`mutation HoldMeeting($id: ID!, $v: Int!) { holdMeeting(id: $id, expectedVersion: $v) { id status version } }`);
const Decline = graphql(`mutation DeclineMeeting($id: ID!, $v: Int!, $reason: String!) { declineMeeting(id: $id, expectedVersion: $v, reason: $reason) { id status version } }`);
const Cancel = graphql(`mutation OperatorCancelMeeting($id: ID!, $v: Int!, $reason: String!) { cancelMeeting(id: $id, expectedVersion: $v, reason: $reason) { id status version } }`);

const when = (iso: string, lang: string) => new Date(iso).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'short' });

/** The expert menu's meeting requests (专家约见) at the city: scheduled at a time, held, declined or cancelled with a reason. */
export function MeetingQueue({ tenantId }: { tenantId: string }) {
  const { t, lang } = useLang();
  const cityName = useCityNames();
  const [{ data, fetching }, refetch] = useQuery({ query: MeetingQueueQuery, variables: { tenantId }, requestPolicy: 'cache-and-network' });
  const [, schedule] = useMutation(Schedule);
  const [, hold] = useMutation(Hold);
  const [, decline] = useMutation(Decline);
  const [, cancel] = useMutation(Cancel);
  const { refusal, settle, clear } = useRefusal(() => refetch({ requestPolicy: 'network-only' }));
  const [scheduling, setScheduling] = useState<{ id: string; v: number; at: Dayjs | null } | null>(null);
  const [asking, setAsking] = useState<{ id: string; v: number; cancel: boolean } | null>(null);
  const requests = (data?.tenant?.meetingRequests?.edges ?? []).map((e) => e.node);

  return (
    <>
      <RefusalAlert refusal={refusal} clear={clear} />
      <Card loading={fetching && !data}>
        <List dataSource={requests} locale={{ emptyText: <Empty description={t('nothingYet')} /> }} renderItem={(r) => (
          <List.Item key={r.id} actions={[
            ...(r.status === 'REQUESTED' ? [
              <Button key="schedule" type="primary" size="small" onClick={() => setScheduling({ id: r.id, v: r.version, at: r.proposedTimes[0] ? dayjs(r.proposedTimes[0]) : null })}>{t('scheduleMeeting')}</Button>,
              <Button key="decline" size="small" onClick={() => setAsking({ id: r.id, v: r.version, cancel: false })}>{t('declineMeeting')}</Button>,
            ] : []),
            ...(r.status === 'SCHEDULED' ? [
              <Button key="hold" type="primary" size="small" onClick={async () => settle((await hold({ id: r.id, v: r.version })).error)}>{t('meetingHeld')}</Button>,
              <Button key="cancel" size="small" onClick={() => setAsking({ id: r.id, v: r.version, cancel: true })}>{t('cancelMeeting')}</Button>,
            ] : []),
          ]}>
            <List.Item.Meta title={<>{r.enterpriseName} → <Link to={`/records/${encodeURIComponent(r.expertId)}`}>{r.expertName}</Link></>}
                            description={<Space direction="vertical" size={2}>
                              <Space size={4} wrap><Tag className={r.status === 'HELD' ? 'tag-ok' : ['REQUESTED', 'SCHEDULED'].includes(r.status) ? 'tag-wait' : 'tag-warn'}>{label(MEETING_STATUSES, r.status, lang)}</Tag>
                                <Tag>{cityName(r.expertTenantId)}</Tag></Space>
                              <span>{r.topic}</span>
                              {r.proposedTimes.length > 0 && <span className="muted">{t('proposedTimes')}：{r.proposedTimes.map((p) => when(p, lang)).join('；')}</span>}
                              {r.scheduledAt && <span>{t('scheduledAt')}：{when(r.scheduledAt, lang)}</span>}
                              {r.statusReason && <span className="muted">{r.statusReason}</span>}
                            </Space>} />
          </List.Item>
        )} />
      </Card>
      <Modal open={scheduling !== null} title={t('scheduleMeeting')} okText={t('scheduleMeeting')} cancelText={t('cancel')} okButtonProps={{ disabled: !scheduling?.at }}
             onCancel={() => setScheduling(null)} onOk={async () => {
               if (!scheduling?.at) return;
               const result = await schedule({ id: scheduling.id, v: scheduling.v, at: scheduling.at.toISOString() });
               setScheduling(null);
               settle(result.error);
             }}>
        <label htmlFor="meeting-at">{t('scheduledAt')}</label>
        <DatePicker id="meeting-at" showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ display: 'block' }} value={scheduling?.at ?? null}
                    onChange={(at) => setScheduling((s) => (s ? { ...s, at } : s))} />
      </Modal>
      <ReasonModal title={asking?.cancel ? t('cancelMeeting') : t('declineMeeting')} open={asking !== null} onCancel={() => setAsking(null)} onOk={async (reason) => {
        if (!asking) return;
        const result = await (asking.cancel ? cancel : decline)({ id: asking.id, v: asking.v, reason });
        setAsking(null);
        settle(result.error);
      }} />
    </>
  );
}
