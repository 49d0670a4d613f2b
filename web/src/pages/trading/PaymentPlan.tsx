import { Alert, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useLang } from '../../i18n';
import { money } from '../../format';
import { showAtFields } from '../../components/ServerErrors';

const PlanQuery = graphql(`
  query ContractPaymentPlan($id: ID!) {
    node(id: $id) {
      __typename
      ... on Contract { id title amount contractStatus: status
                        paymentPlan { id version status amount paid serviceFee feeRule
                                      milestones { number condition amount dueOn paid outstanding overdue } } }
    }
  }
`);

const SetPlan = graphql(`
  mutation TradingSetPaymentPlan($id: ID!, $v: Int, $milestones: [PaymentMilestoneInput!]!) { setPaymentPlan(id: $id, expectedVersion: $v, milestones: $milestones) { id } }
`);
const Pay = graphql(`
  mutation TradingRecordPayment($id: ID!, $v: Int!, $m: Int!, $p: PaymentInput!) { recordPayment(id: $id, expectedVersion: $v, milestone: $m, payment: $p) { id } }
`);

interface MilestoneValues { condition: string; amount: number; dueOn: Dayjs }

/**
 * A deal contract's payment plan (网上结算): the party that filed it sets the milestones (until the
 * first payment); the operators record what was paid. Shows what is paid, owed and overdue.
 */
export function PaymentPlanButton({ contractId, mode }: { contractId: string; mode: 'set' | 'pay' }) {
  const { lang } = useLang();
  const zh = lang === 'zh';
  const [open, setOpen] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [{ data }, reload] = useQuery({ query: PlanQuery, variables: { id: contractId }, pause: !open, requestPolicy: 'network-only' });
  const [planForm] = Form.useForm<{ milestones: MilestoneValues[] }>();
  const [payForm] = Form.useForm<{ milestone: number; amount: number; paidOn: Dayjs; reference: string }>();
  const [, setPlan] = useMutation(SetPlan);
  const [, pay] = useMutation(Pay);
  const contract = data?.node?.__typename === 'Contract' ? data.node : null;
  const plan = contract?.paymentPlan;

  const done = () => {
    setProblems([]);
    reload({ requestPolicy: 'network-only' });
  };

  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>{mode === 'set' ? (zh ? '付款计划' : 'Payment plan') : (zh ? '登记付款' : 'Record a payment')}</Button>
      <Modal open={open} width={720} footer={null} onCancel={() => setOpen(false)} title={contract ? `${zh ? '网上结算' : 'Settlement'} · ${contract.title}` : ''}>
        {problems.map((p) => <Alert key={p} type="error" showIcon role="alert" title={p} style={{ marginBottom: 16 }} />)}
        {plan && <>
          <Typography.Paragraph>
            <Tag className={plan.status === 'SETTLED' ? 'tag-ok' : undefined}>{plan.status === 'SETTLED' ? (zh ? '已结清' : 'Settled') : (zh ? '结算中' : 'Open')}</Tag>
            {zh ? '已付' : 'Paid'} {money(plan.paid, lang)} / {money(plan.amount, lang)} · {zh ? '服务费' : 'Service fee'} {money(plan.serviceFee, lang)}（{plan.feeRule}）
          </Typography.Paragraph>
          <Table size="small" rowKey="number" pagination={false} dataSource={plan.milestones} columns={[
            { title: zh ? '期次' : '#', dataIndex: 'number' },
            { title: zh ? '付款条件' : 'Condition', dataIndex: 'condition' },
            { title: zh ? '金额' : 'Amount', render: (_, m) => money(m.amount, lang) },
            { title: zh ? '应付日期' : 'Due', dataIndex: 'dueOn' },
            { title: zh ? '未付' : 'Owed', render: (_, m) => <>{money(m.outstanding, lang)} {m.overdue && Number(m.outstanding) > 0 && <Tag className="tag-warn">{zh ? '逾期' : 'Overdue'}</Tag>}</> },
          ]} />
        </>}
        {mode === 'set' && (!plan || plan.paid === '0.00') && contract && (
          <Form form={planForm} layout="vertical" style={{ marginTop: 16 }} initialValues={{ milestones: [{}, {}] }} onFinish={async (values) => {
            const result = await setPlan({ id: contractId, v: plan?.version ?? null, milestones: values.milestones.map((m) => ({
              condition: m.condition, amount: m.amount.toFixed(2), dueOn: m.dueOn.format('YYYY-MM-DD') })) });
            if (result.error) {
              setProblems(showAtFields(planForm, result.error, ''));
              return;
            }
            done();
          }}>
            <Typography.Text>{zh ? `各期金额合计须等于合同金额 ${money(contract.amount, lang)}` : `The milestones add up to the contract's ${money(contract.amount, lang)}`}</Typography.Text>
            <Form.List name="milestones">{(rows, { add, remove }) => <>
              {rows.map((row) => (
                <Space key={row.key} align="baseline" wrap>
                  <Form.Item name={[row.name, 'condition']} label={zh ? '付款条件' : 'Condition'} rules={[{ required: true }]}><Input /></Form.Item>
                  <Form.Item name={[row.name, 'amount']} label={zh ? '金额（元）' : 'Amount (CNY)'} rules={[{ required: true }]}><InputNumber min={0.01} precision={2} /></Form.Item>
                  <Form.Item name={[row.name, 'dueOn']} label={zh ? '应付日期' : 'Due on'} rules={[{ required: true }]}><DatePicker /></Form.Item>
                  {rows.length > 1 && <Button onClick={() => remove(row.name)}>{zh ? '删除' : 'Remove'}</Button>}
                </Space>
              ))}
              <Space><Button onClick={() => add({})}>{zh ? '添加一期' : 'Add a milestone'}</Button>
                <Button type="primary" htmlType="submit">{zh ? '保存付款计划' : 'Save the plan'}</Button></Space>
            </>}</Form.List>
          </Form>
        )}
        {mode === 'pay' && plan && plan.status !== 'SETTLED' && (
          <Form form={payForm} layout="vertical" style={{ marginTop: 16 }} onFinish={async (values) => {
            const result = await pay({ id: contractId, v: plan.version, m: values.milestone, p: { amount: values.amount.toFixed(2),
              paidOn: values.paidOn.format('YYYY-MM-DD'), reference: values.reference } });
            if (result.error) {
              setProblems(showAtFields(payForm, result.error, 'payment.'));
              return;
            }
            payForm.resetFields();
            done();
          }}>
            <Space align="baseline" wrap>
              <Form.Item name="milestone" label={zh ? '期次' : 'Milestone'} rules={[{ required: true }]}>
                <Select style={{ width: 120 }} options={plan.milestones.filter((m) => Number(m.outstanding) > 0).map((m) => ({ value: m.number, label: `${m.number}` }))} />
              </Form.Item>
              <Form.Item name="amount" label={zh ? '金额（元）' : 'Amount (CNY)'} rules={[{ required: true }]}><InputNumber min={0.01} precision={2} /></Form.Item>
              <Form.Item name="paidOn" label={zh ? '付款日期' : 'Paid on'} rules={[{ required: true }]}><DatePicker /></Form.Item>
              <Form.Item name="reference" label={zh ? '银行凭证号' : 'Bank reference'} rules={[{ required: true }]}><Input maxLength={60} /></Form.Item>
              <Button type="primary" htmlType="submit">{zh ? '登记' : 'Record'}</Button>
            </Space>
          </Form>
        )}
        {mode === 'pay' && contract && !plan && <Alert type="info" showIcon title={zh ? '合同方尚未设定付款计划' : 'The parties have not set a payment plan yet'} />}
      </Modal>
    </>
  );
}
