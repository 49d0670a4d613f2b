import { Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useAuth } from '../../auth';
import { useLang } from '../../i18n';
import { RefusalAlert, useRefusal } from '../../components/Refusal';

const ActorQuery = graphql(`
  query SuggestionActor($tenantId: ID!) {
    tenant(id: $tenantId) { id myMemberships { id kind status } myListings { id } }
  }
`);

const ProposeMatch = graphql(`
  mutation ProposeMatch($tenantId: ID!, $input: MatchInput!, $memberId: ID) { proposeMatch(tenantId: $tenantId, input: $input, memberId: $memberId) { id status } }
`);

const RequestMeeting = graphql(`
  mutation RequestExpertMeeting($tenantId: ID!, $input: MeetingRequestInput!) { requestExpertMeetings(tenantId: $tenantId, input: $input) { id status } }
`);

interface Candidate { id: string; kind: string; title: string }

/**
 * What the reader of a demand may do with a suggestion: the city's operators and its verified
 * brokers propose a match (推荐撮合), the demand's own enterprise asks to meet a suggested expert.
 * The server decides again; its refusal is shown.
 */
export function useSuggestionActions(demand: { id: string; tenantId: string; title: string } | null) {
  const { t } = useLang();
  const { token, tenant } = useAuth();
  const operator = tenant === demand?.tenantId;
  const [{ data }] = useQuery({ query: ActorQuery, variables: { tenantId: demand?.tenantId ?? '' }, pause: !token || !demand || tenant !== null });
  const [, propose] = useMutation(ProposeMatch);
  const [, requestMeeting] = useMutation(RequestMeeting);
  const { refusal, report, clear } = useRefusal();
  const [proposing, setProposing] = useState<Candidate | null>(null);
  const [meeting, setMeeting] = useState<Candidate | null>(null);
  const [done, setDone] = useState<Record<string, string>>({});
  const [form] = Form.useForm<{ broker: string; note: string; topic: string }>();
  const memberships = data?.tenant?.myMemberships ?? [];
  const broker = memberships.find((m) => m.kind === 'BROKER' && m.status === 'VERIFIED');
  const owner = (data?.tenant?.myListings ?? []).some((listing) => listing.id === demand?.id);

  const actionsFor = (candidate: Candidate) => {
    if (!demand || !token) return [];
    if (done[candidate.id]) return [<span key="done" className="muted">{done[candidate.id]}</span>];
    const actions = [];
    if (operator || broker) actions.push(<Button key="propose" size="small" onClick={() => { form.resetFields(); setProposing(candidate); }}>{t('proposeMatch')}</Button>);
    if (owner && candidate.kind === 'EXPERT') actions.push(<Button key="meet" size="small" onClick={() => { form.resetFields(); setMeeting(candidate); }}>{t('requestMeeting')}</Button>);
    return actions;
  };

  const dialogs = demand && (
    <>
      <RefusalAlert refusal={refusal} clear={clear} />
      <Modal open={proposing !== null} title={t('proposeMatch')} okText={t('proposeMatch')} cancelText={t('cancel')} onCancel={() => setProposing(null)}
             onOk={() => form.validateFields().then(async (values) => {
               if (!proposing) return;
               const result = await propose({ tenantId: demand.tenantId, memberId: broker?.id ?? null, input: {
                 demandId: demand.id, candidateId: proposing.id, candidateTitle: proposing.title, note: values.note || null,
                 broker: broker ? null : { name: values.broker } } });
               report(result.error);
               if (!result.error) setDone({ ...done, [proposing.id]: t('proposed') });
               setProposing(null);
             })}>
        <Form form={form} layout="vertical">
          {!broker && <Form.Item name="broker" label={t('broker')} rules={[{ required: true, message: t('required') }]}><Input /></Form.Item>}
          <Form.Item name="note" label={t('matchNote')}><Input.TextArea rows={3} /></Form.Item>
        </Form>
      </Modal>
      <Modal open={meeting !== null} title={t('requestMeeting')} okText={t('requestMeeting')} cancelText={t('cancel')} onCancel={() => setMeeting(null)}
             onOk={() => form.validateFields().then(async (values) => {
               if (!meeting) return;
               const result = await requestMeeting({ tenantId: demand.tenantId, input: { demandId: demand.id, topic: values.topic,
                 experts: [{ id: meeting.id, name: meeting.title }] } });
               report(result.error);
               if (!result.error) setDone({ ...done, [meeting.id]: t('meetingRequested') });
               setMeeting(null);
             })}>
        <Form form={form} layout="vertical">
          <Space direction="vertical" style={{ width: '100%' }}>
            <Form.Item name="topic" label={t('meetingTopic')} rules={[{ required: true, message: t('required') }]}><Input.TextArea rows={3} /></Form.Item>
          </Space>
        </Form>
      </Modal>
    </>
  );
  return { actionsFor, dialogs };
}
