import { Button, Card, Empty, Form, Input, InputNumber, List, Modal, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { AttachmentInput, EvaluationMethod, MaturityStage } from '../../gql/graphql';
import { useLang } from '../../i18n';
import { MATURITIES, label } from '../../labels';
import { money } from '../../format';
import { AttachmentPicker } from '../../components/AttachmentPicker';
import { ReasonModal } from '../../components/ReasonModal';
import { RefusalAlert, useRefusal } from '../../components/Refusal';
import { showAtFields } from '../../components/ServerErrors';

const EvaluationsQuery = graphql(`
  query MyEvaluations($tenantId: ID!, $memberId: ID!) {
    tenant(id: $tenantId) {
      id
      myEvaluations(memberId: $memberId) { id version achievementId achievementTitle requester requesterName institutionName institutionMember
                                           purpose status statusLabel statusReason report { methodLabel valueLow valueHigh readiness } }
    }
  }
`);

const InstitutionsQuery = graphql(`
  query EvaluationInstitutions {
    tenants { id name serviceInstitutions(first: 50, filter: { type: EVALUATION }) { edges { node { id name owner } } } }
  }
`);

const Request = graphql(`
  mutation TradingRequestEvaluation($tenantId: ID!, $input: EvaluationRequestInput!) { requestEvaluation(tenantId: $tenantId, input: $input) { id } }
`);
const Accept = graphql(`mutation TradingAcceptEvaluation($id: ID!, $v: Int!) { acceptEvaluation(id: $id, expectedVersion: $v) { id } }`);
const Decline = graphql(`mutation TradingDeclineEvaluation($id: ID!, $v: Int!, $reason: String!) { declineEvaluation(id: $id, expectedVersion: $v, reason: $reason) { id } }`);
const Withdraw = graphql(`mutation TradingWithdrawEvaluation($id: ID!, $v: Int!, $reason: String!) { withdrawEvaluation(id: $id, expectedVersion: $v, reason: $reason) { id } }`);
const Report = graphql(`
  mutation TradingFileEvaluationReport($id: ID!, $v: Int!, $report: EvaluationReportInput!) { fileEvaluationReport(id: $id, expectedVersion: $v, report: $report) { id } }
`);

const METHODS: Record<EvaluationMethod, { zh: string; en: string }> = {
  INCOME: { zh: '收益法', en: 'Income' }, COST: { zh: '成本法', en: 'Cost' }, MARKET: { zh: '市场法', en: 'Market' },
  EXPERT_REVIEW: { zh: '专家评议', en: 'Expert review' },
};

interface ReportValues { method: EvaluationMethod; valueLow: number; valueHigh: number; readiness: number; maturity: MaturityStage; findings: string }

/**
 * 成果评价 on the workbench: for the member chosen, the evaluations it asked for its achievements
 * (withdraw while pending) and, for an evaluation institution, those asked of it (accept, decline,
 * file the report); and a new request of an evaluation institution of any city.
 */
export function MyEvaluations({ tenantId, members, achievements }: {
  tenantId: string; members: { id: string; name: string }[]; achievements: { id: string; title: string }[];
}) {
  const { lang } = useLang();
  const zh = lang === 'zh';
  const [chosen, setMemberId] = useState<string | null>(null);
  // the first member once the person's members have loaded, until another is chosen
  const memberId = chosen ?? members[0]?.id ?? '';
  const [{ data }, reload] = useQuery({ query: EvaluationsQuery, variables: { tenantId, memberId }, pause: !memberId, requestPolicy: 'cache-and-network' });
  const again = () => reload({ requestPolicy: 'network-only' });
  const { refusal, settle, show, clear } = useRefusal(again);
  const [requesting, setRequesting] = useState(false);
  const [{ data: institutions }] = useQuery({ query: InstitutionsQuery, pause: !requesting });
  const [reporting, setReporting] = useState<{ id: string; version: number } | null>(null);
  const [reasonFor, setReasonFor] = useState<{ kind: 'decline' | 'withdraw'; id: string; version: number } | null>(null);
  const [file, setFile] = useState<AttachmentInput[]>([]);
  const [requestForm] = Form.useForm<{ achievementId: string; institutionId: string; purpose: string }>();
  const [reportForm] = Form.useForm<ReportValues>();
  const [, request] = useMutation(Request);
  const [, accept] = useMutation(Accept);
  const [, decline] = useMutation(Decline);
  const [, withdraw] = useMutation(Withdraw);
  const [, report] = useMutation(Report);
  const evaluations = data?.tenant?.myEvaluations ?? [];
  const choices = (institutions?.tenants ?? []).flatMap((city) => (city.serviceInstitutions?.edges ?? []).map((e) => e.node)
    .filter((i) => i.owner).map((i) => ({ value: i.id, label: `${i.name}（${city.name}）` })));

  return (
    <Card title={<Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{zh ? '成果评价' : 'Evaluations'}</Typography.Title>}
          extra={<Space>
            <Select aria-label={zh ? '会员' : 'Member'} value={memberId} onChange={setMemberId} style={{ minWidth: 200 }}
                    options={members.map((m) => ({ value: m.id, label: m.name }))} />
            <Button onClick={() => setRequesting(true)} disabled={achievements.length === 0}>{zh ? '申请成果评价' : 'Ask for an evaluation'}</Button>
          </Space>}>
      <RefusalAlert refusal={refusal} clear={clear} />
      <List dataSource={evaluations} locale={{ emptyText: <Empty description={zh ? '暂无评价' : 'No evaluations'} /> }} renderItem={(e) => {
        const institutionSide = e.institutionMember === memberId;
        return (
          <List.Item actions={[
            ...(institutionSide && e.status === 'REQUESTED' ? [
              <Button key="accept" size="small" onClick={async () => settle((await accept({ id: e.id, v: e.version })).error)}>{zh ? '受理' : 'Accept'}</Button>,
              <Button key="decline" size="small" onClick={() => setReasonFor({ kind: 'decline', id: e.id, version: e.version })}>{zh ? '不予受理' : 'Decline'}</Button>] : []),
            ...(institutionSide && e.status === 'ACCEPTED' ? [
              <Button key="report" size="small" type="primary" onClick={() => setReporting({ id: e.id, version: e.version })}>{zh ? '出具报告' : 'File the report'}</Button>] : []),
            ...(!institutionSide && ['REQUESTED', 'ACCEPTED'].includes(e.status) ? [
              <Button key="withdraw" size="small" onClick={() => setReasonFor({ kind: 'withdraw', id: e.id, version: e.version })}>{zh ? '撤回' : 'Withdraw'}</Button>] : []),
          ]}>
            <List.Item.Meta title={<Link to={`/records/${encodeURIComponent(e.achievementId)}`}>{e.achievementTitle}</Link>} description={<Space wrap size={4}>
              <Tag className={e.status === 'REPORTED' ? 'tag-ok' : e.status === 'REQUESTED' ? 'tag-wait' : undefined}>{e.statusLabel}</Tag>
              <span>{institutionSide ? `${zh ? '委托方' : 'Asked by'} ${e.requesterName}` : `${zh ? '评价机构' : 'Institution'} ${e.institutionName}`}</span>
              <span>{e.purpose}</span>
              {e.report && <span>{e.report.methodLabel} {money(e.report.valueLow, lang)}—{money(e.report.valueHigh, lang)} · {zh ? '技术就绪度' : 'TRL'} {e.report.readiness}</span>}
              {e.statusReason && <span>{e.statusReason}</span>}
            </Space>} />
          </List.Item>
        );
      }} />
      <Modal open={requesting} title={zh ? '申请成果评价' : 'Ask for an evaluation'} onCancel={() => setRequesting(false)} onOk={() => requestForm.submit()}>
        <Form form={requestForm} layout="vertical" onFinish={async (values) => {
          const result = await request({ tenantId, input: values });
          if (result.error) {
            const elsewhere = showAtFields(requestForm, result.error);
            if (elsewhere.length > 0) show(elsewhere.join('；'));
            return;
          }
          setRequesting(false);
          requestForm.resetFields();
          again();
        }}>
          <Form.Item name="achievementId" label={zh ? '成果' : 'Achievement'} rules={[{ required: true }]}>
            <Select options={achievements.map((a) => ({ value: a.id, label: a.title }))} />
          </Form.Item>
          <Form.Item name="institutionId" label={zh ? '评价机构' : 'Evaluation institution'} rules={[{ required: true }]}>
            <Select options={choices} showSearch optionFilterProp="label" />
          </Form.Item>
          <Form.Item name="purpose" label={zh ? '评价用途' : 'Purpose'} rules={[{ required: true }]} initialValue={zh ? '挂牌定价' : 'Pricing a listing'}>
            <Input maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal open={reporting !== null} title={zh ? '出具评价报告' : 'File the report'} onCancel={() => setReporting(null)} onOk={() => reportForm.submit()}>
        <Form form={reportForm} layout="vertical" onFinish={async (values) => {
          if (!reporting) return;
          if (file.length === 0) {
            show(zh ? '请附上评价报告文件' : 'Attach the report file');
            return;
          }
          const result = await report({ id: reporting.id, v: reporting.version, report: { method: values.method, valueLow: values.valueLow.toFixed(2),
            valueHigh: values.valueHigh.toFixed(2), readiness: values.readiness, maturity: values.maturity, findings: values.findings, file: file[0] } });
          if (result.error) {
            const elsewhere = showAtFields(reportForm, result.error, 'report.');
            if (elsewhere.length > 0) show(elsewhere.join('；'));
            return;
          }
          setReporting(null);
          again();
        }}>
          <Form.Item name="method" label={zh ? '评价方法' : 'Method'} rules={[{ required: true }]}>
            <Select options={(Object.keys(METHODS) as EvaluationMethod[]).map((m) => ({ value: m, label: METHODS[m][lang] }))} />
          </Form.Item>
          <Space>
            <Form.Item name="valueLow" label={zh ? '评估价值下限（元）' : 'Value from (CNY)'} rules={[{ required: true }]}><InputNumber min={0} precision={2} /></Form.Item>
            <Form.Item name="valueHigh" label={zh ? '评估价值上限（元）' : 'Value to (CNY)'} rules={[{ required: true }]}><InputNumber min={0} precision={2} /></Form.Item>
          </Space>
          <Form.Item name="readiness" label={zh ? '技术就绪度（1–9）' : 'Technology readiness (1–9)'} rules={[{ required: true }]}><InputNumber min={1} max={9} /></Form.Item>
          <Form.Item name="maturity" label={zh ? '成熟度' : 'Maturity'} rules={[{ required: true }]}>
            <Select options={Object.keys(MATURITIES).map((m) => ({ value: m, label: label(MATURITIES, m, lang) }))} />
          </Form.Item>
          <Form.Item name="findings" label={zh ? '评价结论' : 'Findings'} rules={[{ required: true }]}><Input.TextArea rows={4} maxLength={5000} /></Form.Item>
          <Form.Item label={zh ? '评价报告文件' : 'Report file'} required><AttachmentPicker onChange={setFile} /></Form.Item>
        </Form>
      </Modal>
      <ReasonModal open={reasonFor !== null} title={reasonFor?.kind === 'decline' ? (zh ? '不予受理' : 'Decline') : (zh ? '撤回' : 'Withdraw')}
                   onCancel={() => setReasonFor(null)} onOk={async (reason) => {
                     const step = reasonFor;
                     setReasonFor(null);
                     if (!step) return;
                     settle(step.kind === 'decline' ? (await decline({ id: step.id, v: step.version, reason })).error
                       : (await withdraw({ id: step.id, v: step.version, reason })).error);
                   }} />
    </Card>
  );
}
