import { Alert, Button, Card, Form, Input, Result, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { AttachmentInput, MembershipApplicationInput } from '../../gql/graphql';
import { useAuth } from '../../auth';
import { useLang } from '../../i18n';
import { INDUSTRIES, MEMBER_KINDS, label } from '../../labels';
import { useCityNames } from '../../cities';
import { showAtFields } from '../../components/ServerErrors';
import { AttachmentPicker } from '../../components/AttachmentPicker';

const Apply = graphql(`
  mutation ApplyForMembership($tenantId: ID!, $input: MembershipApplicationInput!) { applyForMembership(tenantId: $tenantId, input: $input) { id status } }
`);

const Reapply = graphql(`
  mutation ReapplyForMembership($id: ID!, $expectedVersion: Int!, $input: MembershipApplicationInput!) {
    reapplyForMembership(id: $id, expectedVersion: $expectedVersion, input: $input) { id status }
  }
`);

const ApplicationQuery = graphql(`
  query MembershipApplication($id: ID!) {
    node(id: $id) {
      ... on Member { id tenantId version kind name creditCode regionCode address introduction industries statusReason
                      contact { name phone email } broker { certificateNumber level institution }
                      documents { name mediaType sizeBytes sha256 } }
    }
  }
`);

const LEVELS: Record<string, Record<'zh' | 'en', string>> = {
  JUNIOR: { zh: '初级', en: 'Junior' }, INTERMEDIATE: { zh: '中级', en: 'Intermediate' }, SENIOR: { zh: '高级', en: 'Senior' },
};

/**
 * An application for membership of a city market (会员认证申请): the organisation, its unified social
 * credit code and region, a contact, and its documents (hashed here); a broker adds their
 * certificate. A returned application is corrected and sent again (/me/membership/:id).
 */
export function MembershipForm() {
  const { tenantId: applyingTo, id } = useParams();
  const { t, lang } = useLang();
  const { token } = useAuth();
  const cityName = useCityNames();
  const navigate = useNavigate();
  const [form] = Form.useForm<MembershipApplicationInput>();
  const [documents, setDocuments] = useState<AttachmentInput[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [{ data }] = useQuery({ query: ApplicationQuery, variables: { id: id ?? '' }, pause: !token || !id, requestPolicy: 'network-only' });
  const [{ fetching: applying }, apply] = useMutation(Apply);
  const [{ fetching: reapplying }, reapply] = useMutation(Reapply);
  const returned = data?.node && 'creditCode' in data.node ? data.node : null;
  const kind = Form.useWatch('kind', form);
  useEffect(() => {
    if (!returned) return;
    const { id: _id, tenantId: _tenant, version: _version, statusReason: _reason, documents: kept, ...fields } = returned;
    form.setFieldsValue(fields as MembershipApplicationInput);
    setDocuments(kept);
  }, [returned, form]);
  if (!token) return <Result status="403" title={t('signInFirst')} />;
  const tenantId = returned?.tenantId ?? applyingTo ?? '';

  const submit = async (values: MembershipApplicationInput) => {
    setProblems([]);
    const input = { ...values, documents, broker: values.kind === 'BROKER' ? values.broker : null };
    const result = returned ? await reapply({ id: returned.id, expectedVersion: returned.version, input }) : await apply({ tenantId, input });
    if (result.error) setProblems(showAtFields(form, result.error));
    else navigate('/me');
  };

  return (
    <Card style={{ maxWidth: 820 }} title={<Typography.Title level={1} style={{ margin: 0, fontSize: 20 }}>{t('applyMembership')} · {cityName(tenantId)}</Typography.Title>}>
      {returned?.statusReason && <Alert type="warning" showIcon title={`${t('returnedBecause')}：${returned.statusReason}`} style={{ marginBottom: 16 }} />}
      {problems.length > 0 && <Alert type="error" showIcon role="alert" title={problems.join('；')} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'ENTERPRISE', contact: {} }}>
        <Form.Item name="kind" label={t('memberKind')} rules={[{ required: true, message: t('required') }]}>
          <Select options={Object.keys(MEMBER_KINDS).map((k) => ({ value: k, label: label(MEMBER_KINDS, k, lang) }))} />
        </Form.Item>
        <Form.Item name="name" label={t('organisationName')} rules={[{ required: true, message: t('required') }]}><Input /></Form.Item>
        <Space wrap>
          <Form.Item name="creditCode" label={t('creditCode')} extra={t('creditCodeHint')} rules={[{ required: true, message: t('required') }]}><Input style={{ width: 260 }} maxLength={18} /></Form.Item>
          <Form.Item name="regionCode" label={t('regionCode')} rules={[{ required: true, message: t('required') }]}><Input style={{ width: 140 }} maxLength={6} /></Form.Item>
        </Space>
        <Form.Item name="address" label={t('address')}><Input /></Form.Item>
        <fieldset className="field-group"><legend>{t('contactName')}</legend>
          <Space wrap>
            <Form.Item name={['contact', 'name']} label={t('personName')}><Input /></Form.Item>
            <Form.Item name={['contact', 'phone']} label={t('telephone')}><Input /></Form.Item>
            <Form.Item name={['contact', 'email']} label={t('email')}><Input /></Form.Item>
          </Space>
        </fieldset>
        <Form.Item name="industries" label={t('industry')}>
          <Select mode="multiple" options={Object.keys(INDUSTRIES).map((i) => ({ value: i, label: label(INDUSTRIES, i, lang) }))} />
        </Form.Item>
        <Form.Item name="introduction" label={t('introduction')}><Input.TextArea rows={3} /></Form.Item>
        {kind === 'BROKER' && (
          <fieldset className="field-group"><legend>{t('brokerCertificate')}</legend>
            <Space wrap>
              <Form.Item name={['broker', 'certificateNumber']} label={t('certificate')} rules={[{ required: true, message: t('required') }]}><Input /></Form.Item>
              <Form.Item name={['broker', 'level']} label={t('brokerLevel')} rules={[{ required: true, message: t('required') }]}>
                <Select style={{ width: 140 }} options={Object.entries(LEVELS).map(([value, text]) => ({ value, label: text[lang] }))} />
              </Form.Item>
              <Form.Item name={['broker', 'institution']} label={t('institution')}><Input /></Form.Item>
            </Space>
          </fieldset>
        )}
        <Form.Item label={t('documents')} extra={`${t('documentsHint')}${documents.length ? `（${documents.map((d) => d.name).join('、')}）` : ''}`}>
          <AttachmentPicker onChange={setDocuments} />
        </Form.Item>
        <Form.Item>
          <Space><Button type="primary" htmlType="submit" loading={applying || reapplying}>{returned ? t('reapply') : t('apply')}</Button>
            <Button onClick={() => navigate('/me')}>{t('cancel')}</Button></Space>
        </Form.Item>
      </Form>
    </Card>
  );
}
