import { Alert, Button, Card, Col, DatePicker, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { showAtFields } from '../../components/ServerErrors';
import { useInstrumentText } from './instrumentText';

const UnitInstrumentsQuery = graphql(`
  query UnitInstruments($tenantId: ID!) { tenant(id: $tenantId) { id myListings { __typename id lifecycle ... on Instrument { name } } } }
`);

const ScheduleMaintenance = graphql(`
  mutation ScheduleMaintenance($id: ID!, $input: MaintenanceInput!) { scheduleMaintenance(id: $id, input: $input) { instrumentId busy { kind start end } } }
`);

const ReportUsage = graphql(`
  mutation ReportInstrumentUsage($id: ID!, $input: UsageReportInput!) { reportInstrumentUsage(id: $id, input: $input) { instrumentId month effectiveHours } }
`);

/** What a managing unit does apart from bookings: maintenance windows on the calendar, and each month's use outside bookings made here (机时填报). */
export function UnitInstrumentTools({ tenantId }: { tenantId: string }) {
  const { t } = useInstrumentText();
  const [{ data }] = useQuery({ query: UnitInstrumentsQuery, variables: { tenantId } });
  const instruments = (data?.tenant?.myListings ?? []).filter((r) => r.__typename === 'Instrument' && r.lifecycle === 'PUBLISHED')
    .map((r) => ({ value: r.id, label: 'name' in r ? r.name : r.id }));
  if (instruments.length === 0) return null;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <StepForm title={t('scheduleMaintenance')} instruments={instruments} mutation={ScheduleMaintenance} doneText={t('scheduled')}
                  toInput={(v) => ({ start: (v.start as Dayjs).toISOString(), end: (v.end as Dayjs).toISOString(), reason: v.reason })}>
          <Form.Item name="start" label={t('from')} rules={[{ required: true }]}><DatePicker showTime={{ format: 'HH:mm', minuteStep: 30 }} format="YYYY-MM-DD HH:mm" /></Form.Item>
          <Form.Item name="end" label={t('to')} rules={[{ required: true }]}><DatePicker showTime={{ format: 'HH:mm', minuteStep: 30 }} format="YYYY-MM-DD HH:mm" /></Form.Item>
          <Form.Item name="reason" label={t('maintenanceReason')} rules={[{ required: true }]}><Input /></Form.Item>
        </StepForm>
      </Col>
      <Col xs={24} xl={12}>
        <StepForm title={t('reportUsage')} instruments={instruments} mutation={ReportUsage} doneText={t('reported')}
                  toInput={(v) => ({ month: (v.month as Dayjs).format('YYYY-MM'), effectiveHours: String(v.effectiveHours), externalHours: String(v.externalHours),
                    samples: v.samples ?? null, income: String(v.income) })}>
          <Form.Item name="month" label={t('month')} rules={[{ required: true }]}><DatePicker picker="month" /></Form.Item>
          <Form.Item name="effectiveHours" label={t('effectiveHours')} rules={[{ required: true }]}><InputNumber min={0} /></Form.Item>
          <Form.Item name="externalHours" label={t('externalHours')} rules={[{ required: true }]}><InputNumber min={0} /></Form.Item>
          <Form.Item name="samples" label={t('samples')}><InputNumber min={0} precision={0} /></Form.Item>
          <Form.Item name="income" label={t('income')} rules={[{ required: true }]}><InputNumber min={0} style={{ width: 200 }} /></Form.Item>
        </StepForm>
      </Col>
    </Row>
  );
}

/** One of the unit's steps on one of its instruments: a form whose refusals are shown at its fields. */
function StepForm({ title, instruments, mutation, toInput, doneText, children }: {
  title: string; instruments: { value: string; label: string }[]; doneText: string; children: React.ReactNode;
  mutation: TypedDocumentNode<unknown, never>; toInput: (values: Record<string, unknown>) => Record<string, unknown>;
}) {
  const { t } = useInstrumentText();
  const [form] = Form.useForm();
  const [{ fetching }, run] = useMutation(mutation);
  const [problems, setProblems] = useState<string[]>([]);
  const [done, setDone] = useState(false);
  return (
    <Card title={<Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{title}</Typography.Title>}>
      {done && <Alert type="success" showIcon role="status" title={doneText} style={{ marginBottom: 12 }} />}
      {problems.length > 0 && <Alert type="error" showIcon role="alert" title={problems.join('；')} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ id: instruments[0]?.value }} onValuesChange={() => setDone(false)} onFinish={async (values) => {
        setProblems([]);
        const result = await run({ id: values.id, input: toInput(values) } as never);
        if (result.error) setProblems(showAtFields(form, result.error));
        else { setDone(true); form.resetFields(); }
      }}>
        <Form.Item name="id" label={t('instrument')} rules={[{ required: true }]}><Select options={instruments} /></Form.Item>
        {children}
        <Button type="primary" htmlType="submit" loading={fetching}>{t('submit')}</Button>
      </Form>
    </Card>
  );
}
