import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, Radio, Result, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { AttachmentInput, ContractInput, ContractType, PartyKind } from '../../gql/graphql';
import { useAuth } from '../../auth';
import { useLang } from '../../i18n';
import { CONTRACT_TYPES, PARTY_KINDS, label } from '../../labels';
import { showAtFields } from '../../components/ServerErrors';
import { AttachmentPicker } from '../../components/AttachmentPicker';

const ContractPartiesQuery = graphql(`
  query ContractParties($tenantId: ID!) {
    tenant(id: $tenantId) { id myMemberships { id name kind status creditCode } }
  }
`);

const SubmitContract = graphql(`
  mutation SubmitContract($tenantId: ID!, $input: ContractInput!, $memberId: ID) {
    submitContract(tenantId: $tenantId, input: $input, memberId: $memberId) { id status version }
  }
`);

interface Party { name: string; creditCode: string; kind: PartyKind }
interface Values {
  memberId: string;
  side: 'SELLER' | 'BUYER';
  type: ContractType;
  title: string;
  seller: Party;
  buyer: Party;
  amount: number;
  technologyIncome: number;
  signedOn: Dayjs;
}

const PARTY_OF_MEMBER: Record<string, PartyKind> = { ENTERPRISE: 'ENTERPRISE', UNIVERSITY: 'UNIVERSITY', INSTITUTE: 'INSTITUTE', RESEARCHER: 'INDIVIDUAL' };

/**
 * A party files its technology contract for registration (技术合同认定登记): its own side is filled
 * from its membership, the other side typed; the server's refusals show at their fields.
 */
export function ContractForm() {
  const { tenantId = '' } = useParams();
  const { t, lang } = useLang();
  const { token } = useAuth();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [problems, setProblems] = useState<string[]>([]);
  const [attachments, setAttachments] = useState<AttachmentInput[]>([]);
  const [{ data }] = useQuery({ query: ContractPartiesQuery, variables: { tenantId }, pause: !token });
  const [{ fetching }, submit] = useMutation(SubmitContract);
  const members = (data?.tenant?.myMemberships ?? []).filter((m) => m.status === 'VERIFIED' && m.kind in PARTY_OF_MEMBER);
  const fillSide = (memberId: string, side: 'SELLER' | 'BUYER') => {
    const member = members.find((m) => m.id === memberId);
    if (member) form.setFieldValue(side === 'SELLER' ? 'seller' : 'buyer', { name: member.name, creditCode: member.creditCode, kind: PARTY_OF_MEMBER[member.kind] });
  };
  const first = members[0];
  useEffect(() => {
    if (first && !form.getFieldValue('memberId')) {
      form.setFieldsValue({ memberId: first.id, side: 'SELLER' });
      fillSide(first.id, 'SELLER');
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [first]);
  if (!token) return <Result status="403" title={t('signInFirst')} />;

  const onFinish = async (values: Values) => {
    setProblems([]);
    const input: ContractInput = { type: values.type, title: values.title, seller: values.seller, buyer: values.buyer,
      amount: String(values.amount), technologyIncome: String(values.technologyIncome), signedOn: values.signedOn.format('YYYY-MM-DD'), attachments };
    const result = await submit({ tenantId, input, memberId: values.memberId });
    if (result.error) setProblems(showAtFields(form, result.error));
    else navigate('/me?tab=contracts');
  };
  const party = (side: 'seller' | 'buyer') => (
    <Card size="small" title={t(side)} style={{ marginBottom: 16 }}>
      <Form.Item name={[side, 'name']} label={t('partyName')} rules={[{ required: true, message: t('required') }]}><Input /></Form.Item>
      <Space wrap>
        <Form.Item name={[side, 'creditCode']} label={t('creditCode')} rules={[{ required: true, message: t('required') }]}><Input style={{ width: 240 }} maxLength={18} /></Form.Item>
        <Form.Item name={[side, 'kind']} label={t('partyKind')} rules={[{ required: true, message: t('required') }]}>
          <Select style={{ width: 160 }} options={Object.keys(PARTY_KINDS).map((k) => ({ value: k, label: label(PARTY_KINDS, k, lang) }))} />
        </Form.Item>
      </Space>
    </Card>
  );

  return (
    <Card title={<Typography.Title level={1} style={{ margin: 0, fontSize: 20 }}>{t('fileContract')}</Typography.Title>} style={{ maxWidth: 820 }}>
      {problems.length > 0 && <Alert type="error" showIcon role="alert" title={problems.join('；')} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <Space wrap>
          <Form.Item name="memberId" label={t('fileAs')} rules={[{ required: true, message: t('required') }]}>
            <Select style={{ width: 280 }} options={members.map((m) => ({ value: m.id, label: m.name }))} onChange={(id: string) => fillSide(id, form.getFieldValue('side'))} />
          </Form.Item>
          <Form.Item name="side" label={t('ourSide')}>
            <Radio.Group onChange={(e) => {
              const other = e.target.value === 'SELLER' ? 'buyer' : 'seller';
              form.setFieldValue(other, { name: '', creditCode: '', kind: undefined });
              fillSide(form.getFieldValue('memberId'), e.target.value);
            }} options={[{ value: 'SELLER', label: t('seller') }, { value: 'BUYER', label: t('buyer') }]} />
          </Form.Item>
        </Space>
        <Form.Item name="title" label={t('contractTitle')} rules={[{ required: true, message: t('required') }]}><Input maxLength={200} /></Form.Item>
        <Form.Item name="type" label={t('contractType')} rules={[{ required: true, message: t('required') }]}>
          <Select options={Object.keys(CONTRACT_TYPES).map((k) => ({ value: k, label: label(CONTRACT_TYPES, k, lang) }))} />
        </Form.Item>
        {party('seller')}
        {party('buyer')}
        <Space wrap>
          <Form.Item name="amount" label={`${t('contractAmount')}（${t('yuan')}）`} rules={[{ required: true, message: t('required') }]}><InputNumber min={0} style={{ width: 200 }} /></Form.Item>
          <Form.Item name="technologyIncome" label={`${t('technologyIncome')}（${t('yuan')}）`} rules={[{ required: true, message: t('required') }]}><InputNumber min={0} style={{ width: 200 }} /></Form.Item>
          <Form.Item name="signedOn" label={t('signedOn')} rules={[{ required: true, message: t('required') }]}><DatePicker /></Form.Item>
        </Space>
        <Form.Item label={t('attachments')} extra={t('attachmentsHint')}>
          <AttachmentPicker onChange={setAttachments} />
        </Form.Item>
        <Form.Item>
          <Space><Button type="primary" htmlType="submit" loading={fetching}>{t('submitContract')}</Button>
            <Button onClick={() => navigate('/me?tab=contracts')}>{t('cancel')}</Button></Space>
        </Form.Item>
      </Form>
    </Card>
  );
}
