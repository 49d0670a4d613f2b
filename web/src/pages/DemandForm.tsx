import { Alert, Button, Card, Checkbox, Form, Input, InputNumber, Result, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { DemandInput } from '../gql/graphql';
import { useAuth } from '../auth';
import { useLang } from '../i18n';
import { INDUSTRIES, MATURITIES, TRANSFER_MODES, label } from '../labels';
import { showAtFields } from '../components/ServerErrors';

const MembersQuery = graphql(`
  query DemandPublishers($tenantId: ID!) {
    tenant(id: $tenantId) { id name myMemberships { id name kind status } }
  }
`);

const CreateDemand = graphql(`
  mutation CreateDemand($tenantId: ID!, $input: DemandInput!, $memberId: ID) {
    createDemand(tenantId: $tenantId, input: $input, memberId: $memberId) { id version lifecycle }
  }
`);

const PUBLISHERS = ['ENTERPRISE', 'UNIVERSITY', 'INSTITUTE'];

interface Values extends Omit<DemandInput, 'budgetMin' | 'budgetMax'> {
  memberId: string;
  budgetMin?: number | null;
  budgetMax?: number | null;
}

/** A member's new demand (技术需求), as a draft: the server checks every field and its refusals show at the field. */
export function DemandForm() {
  const { tenantId = '' } = useParams();
  const { t, lang } = useLang();
  const { token } = useAuth();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [problems, setProblems] = useState<string[]>([]);
  const [{ data }] = useQuery({ query: MembersQuery, variables: { tenantId }, pause: !token });
  const [{ fetching }, create] = useMutation(CreateDemand);
  const members = (data?.tenant?.myMemberships ?? []).filter((m) => m.status === 'VERIFIED' && PUBLISHERS.includes(m.kind));
  const first = members[0];
  useEffect(() => {
    // the first publisher the person acts for, once their memberships are known
    if (first && !form.getFieldValue('memberId')) form.setFieldsValue({ memberId: first.id, enterpriseName: first.name });
  }, [first, form]);
  if (!token) return <Result status="403" title={t('signInFirst')} />;

  const submit = async (values: Values) => {
    setProblems([]);
    const { memberId, budgetMin, budgetMax, ...rest } = values;
    const input: DemandInput = { ...rest, budgetMin: budgetMin == null ? null : String(budgetMin), budgetMax: budgetMax == null ? null : String(budgetMax) };
    const result = await create({ tenantId, input, memberId });
    if (result.error) {
      setProblems(showAtFields(form, result.error));
    } else if (result.data?.createDemand) {
      navigate('/me', { state: { created: result.data.createDemand.id } });
    }
  };

  return (
    <Card title={<Typography.Title level={1} style={{ margin: 0, fontSize: 20 }}>{t('newDemand')}</Typography.Title>} style={{ maxWidth: 820 }}>
      {problems.length > 0 && <Alert type="error" showIcon role="alert" title={problems.join('；')} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="memberId" label={t('publishAs')} rules={[{ required: true, message: t('required') }]}>
          <Select options={members.map((m) => ({ value: m.id, label: m.name }))} onChange={(id) => form.setFieldValue('enterpriseName', members.find((m) => m.id === id)?.name)} />
        </Form.Item>
        <Form.Item name="title" label={t('demandTitle')} rules={[{ required: true, message: t('required') }]}><Input maxLength={200} /></Form.Item>
        <Form.Item name="problem" label={t('demandProblem')} rules={[{ required: true, message: t('required') }]}><Input.TextArea rows={4} /></Form.Item>
        <Form.Item name="industry" label={t('industry')} rules={[{ required: true, message: t('required') }]}>
          <Select options={Object.keys(INDUSTRIES).map((i) => ({ value: i, label: label(INDUSTRIES, i, lang) }))} />
        </Form.Item>
        <Form.Item name="enterpriseName" label={t('enterprise')} rules={[{ required: true, message: t('required') }]}><Input /></Form.Item>
        <Form.Item name="expectedOutcome" label={t('expectedOutcome')}><Input.TextArea rows={2} /></Form.Item>
        <Space wrap>
          <Form.Item name="budgetMin" label={`${t('budget')}（${t('yuan')}）min`}><InputNumber min={0} style={{ width: 180 }} /></Form.Item>
          <Form.Item name="budgetMax" label={`${t('budget')}（${t('yuan')}）max`}><InputNumber min={0} style={{ width: 180 }} /></Form.Item>
        </Space>
        <Form.Item name="minMaturity" label={t('maturity')}>
          <Select allowClear options={Object.keys(MATURITIES).map((m) => ({ value: m, label: label(MATURITIES, m, lang) }))} />
        </Form.Item>
        <Form.Item name="transferModes" label={t('transferMode')}>
          <Checkbox.Group options={Object.keys(TRANSFER_MODES).map((m) => ({ value: m, label: label(TRANSFER_MODES, m, lang) }))} />
        </Form.Item>
        <Space wrap>
          <Form.Item name={['contact', 'name']} label={t('contactName')}><Input /></Form.Item>
          <Form.Item name={['contact', 'phone']} label={t('contactPhone')}><Input /></Form.Item>
        </Space>
        <Form.Item>
          <Space><Button type="primary" htmlType="submit" loading={fetching}>{t('saveDraft')}</Button>
            <Button onClick={() => navigate('/me')}>{t('cancel')}</Button></Space>
        </Form.Item>
      </Form>
    </Card>
  );
}
