import { Button, Card, Checkbox, Empty, Form, Input, InputNumber, List, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { Collateral, EnterpriseStage, Industry } from '../../gql/graphql';
import { useCityNames } from '../../cities';
import { money } from '../../format';
import { useLang } from '../../i18n';
import { INDUSTRIES } from '../../labels';
import { ReasonModal } from '../../components/ReasonModal';
import { RefusalAlert, useRefusal } from '../../components/Refusal';
import { showAtFields } from '../../components/ServerErrors';
import { moment } from '../challenge/challengeFields';



const MineQuery = graphql(`
  query MyFinancing($tenantId: ID!, $memberId: ID!) {
    tenant(id: $tenantId) {
      id
      myFinancingRequests(memberId: $memberId) {
        id version tenantId title enterpriseName amount termMonths stageLabel collateralLabels purpose status statusLabel funded createdAt
        tracks { institution institutionName institutionTenantId institutionTypeLabel status statusLabel approved { amount ratePercent termMonths }
                 declineReason disbursement { amount on } updatedAt }
      }
    }
  }
`);
const SentToQuery = graphql(`
  query FinancingSentTo($memberId: ID!) {
    financingRequestsSentTo(memberId: $memberId) {
      id version tenantId title enterpriseName amount termMonths stageLabel collateralLabels purpose status statusLabel funded createdAt
      tracks { institution institutionName institutionTenantId institutionTypeLabel status statusLabel approved { amount ratePercent termMonths }
               declineReason disbursement { amount on } updatedAt }
    }
  }
`);
const PledgeableQuery = graphql(`
  query FinancingPledgeable($tenantId: ID!) {
    tenant(id: $tenantId) { id myListings { id lifecycle ... on Achievement { title owner patents { number status } } } }
  }
`);
const SuggestionsQuery = graphql(`
  query FinancingSuggestions($id: ID!) {
    matchSuggestions(id: $id, first: 8) { candidate { id title tenantId } score explanation { summary } }
  }
`);
const File = graphql(`mutation FinancingFile($tenantId: ID!, $input: FinancingRequestInput!) { fileFinancingRequest(tenantId: $tenantId, input: $input) { id } }`);
const Send = graphql(`mutation FinancingSend($id: ID!, $to: [ID!]!) { sendFinancingRequest(id: $id, institutionIds: $to) { id } }`);
const Withdraw = graphql(`mutation FinancingWithdraw($id: ID!, $v: Int!, $reason: String!) { withdrawFinancingRequest(id: $id, expectedVersion: $v, reason: $reason) { id } }`);
const Interest = graphql(`mutation FinancingInterest($id: ID!, $i: ID!) { expressFinancingInterest(id: $id, institutionId: $i) { id } }`);
const DueDiligence = graphql(`mutation FinancingDueDiligence($id: ID!, $i: ID!) { startDueDiligence(id: $id, institutionId: $i) { id } }`);
const Approve = graphql(`mutation FinancingApprove($id: ID!, $i: ID!, $terms: FinancingTermsInput!) { approveFinancing(id: $id, institutionId: $i, terms: $terms) { id } }`);
const Decline = graphql(`mutation FinancingDecline($id: ID!, $i: ID!, $reason: String!) { declineFinancing(id: $id, institutionId: $i, reason: $reason) { id } }`);
const Disburse = graphql(`mutation FinancingDisburse($id: ID!, $i: ID!, $d: DisbursementInput!) { recordDisbursement(id: $id, institutionId: $i, disbursement: $d) { id } }`);

const STAGES: { value: EnterpriseStage; zh: string; en: string }[] = [
  { value: 'SEED', zh: '种子期', en: 'Seed' }, { value: 'STARTUP', zh: '初创期', en: 'Start-up' },
  { value: 'GROWTH', zh: '成长期', en: 'Growth' }, { value: 'MATURE', zh: '成熟期', en: 'Mature' }];
const COLLATERALS: { value: Collateral; zh: string; en: string }[] = [
  { value: 'IP_PLEDGE', zh: '知识产权质押', en: 'IP pledge' }, { value: 'CREDIT', zh: '信用', en: 'Credit' }, { value: 'GUARANTEE', zh: '第三方担保', en: 'Guarantee' },
  { value: 'RECEIVABLES', zh: '应收账款质押', en: 'Receivables' }, { value: 'EQUIPMENT', zh: '设备抵押', en: 'Equipment' },
  { value: 'REAL_ESTATE', zh: '不动产抵押', en: 'Real estate' }, { value: 'EQUITY_PLEDGE', zh: '股权质押', en: 'Equity pledge' }];

interface FileValues { title: string; amount: number; purpose: string; termMonths: number; stage: EnterpriseStage; industry: Industry; collateral: Collateral[];
  pledgedAchievementIds?: string[] }
type Track = { institution: string; institutionName: string; institutionTenantId: string; institutionTypeLabel: string; status: string; statusLabel: string;
  approved?: { amount: string; ratePercent: string; termMonths: number } | null; declineReason?: string | null; disbursement?: { amount: string; on: string } | null };

/**
 * 银企对接 on the workbench. An enterprise files its financing need, sends it to the institutions
 * the system suggests (or others it picks) and sees their answers side by side; a financing
 * institution answers the requests sent to it from every city, step by step.
 */
export function MyFinancing({ tenantId, member }: { tenantId: string; member: { id: string; name: string; kind: string } }) {
  const { lang } = useLang();
  const zh = lang === 'zh';
  const institution = member.kind === 'FINANCING_INSTITUTION';
  const [{ data: mine }, reloadMine] = useQuery({ query: MineQuery, variables: { tenantId, memberId: member.id }, pause: institution,
    requestPolicy: 'cache-and-network' });
  const [{ data: sent }, reloadSent] = useQuery({ query: SentToQuery, variables: { memberId: member.id }, pause: !institution,
    requestPolicy: 'cache-and-network' });
  const again = () => (institution ? reloadSent : reloadMine)({ requestPolicy: 'network-only' });
  const { refusal, settle, show, clear } = useRefusal(again);
  const [filing, setFiling] = useState(false);
  const [sending, setSending] = useState<string | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [withdrawing, setWithdrawing] = useState<{ id: string; version: number } | null>(null);
  const [declining, setDeclining] = useState<{ id: string; institution: string } | null>(null);
  const [approving, setApproving] = useState<{ id: string; institution: string } | null>(null);
  const [disbursing, setDisbursing] = useState<{ id: string; institution: string; amount: string } | null>(null);
  const [fileForm] = Form.useForm<FileValues>();
  const [termsForm] = Form.useForm<{ amount: number; ratePercent: number; termMonths: number }>();
  const [payForm] = Form.useForm<{ amount: number; disbursedOn: string }>();
  const collateral = Form.useWatch('collateral', fileForm);
  const [{ data: own }] = useQuery({ query: PledgeableQuery, variables: { tenantId }, pause: !filing });
  // the enterprise's own published achievements with a granted patent: what it may pledge
  const pledgeable = (own?.tenant?.myListings ?? []).flatMap((record) => ('title' in record && record.owner === member.id && record.lifecycle === 'PUBLISHED'
    && record.patents.some((patent) => patent.status === 'GRANTED') ? [{ value: record.id, label: record.title }] : []));
  const [{ data: suggestions, fetching: suggesting }] = useQuery({ query: SuggestionsQuery, variables: { id: sending ?? '' }, pause: !sending });
  const [, file] = useMutation(File);
  const [, send] = useMutation(Send);
  const [, withdraw] = useMutation(Withdraw);
  const [, interest] = useMutation(Interest);
  const [, dueDiligence] = useMutation(DueDiligence);
  const [, approve] = useMutation(Approve);
  const [, decline] = useMutation(Decline);
  const [, disburse] = useMutation(Disburse);
  const cityName = useCityNames();

  const trackColumns = [
    { title: zh ? '金融机构' : 'Institution', render: (_: unknown, t: Track) => `${t.institutionName}（${cityName(t.institutionTenantId)} · ${t.institutionTypeLabel}）` },
    { title: zh ? '进展' : 'Answer', render: (_: unknown, t: Track) => <Tag className={t.status === 'DISBURSED' || t.status === 'APPROVED' ? 'tag-ok'
        : t.status === 'DECLINED' ? 'tag-warn' : 'tag-wait'}>{t.statusLabel}</Tag> },
    { title: zh ? '批复' : 'Terms', render: (_: unknown, t: Track) => t.approved
        ? `${money(t.approved.amount, lang)} · ${t.approved.ratePercent}% · ${t.approved.termMonths}${zh ? '个月' : ' months'}` : t.declineReason ?? '—' },
    { title: zh ? '放款' : 'Paid out', render: (_: unknown, t: Track) => t.disbursement ? `${money(t.disbursement.amount, lang)}（${t.disbursement.on}）` : '—' },
  ];

  const requests = institution ? (sent?.financingRequestsSentTo ?? []) : (mine?.tenant?.myFinancingRequests ?? []);
  return (
    <Card title={<Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{institution ? (zh ? '收到的融资需求' : 'Financing requests received')
            : (zh ? '我的融资需求' : 'My financing requests')}</Typography.Title>}
          extra={!institution && <Button type="primary" onClick={() => setFiling(true)}>{zh ? '发布融资需求' : 'File a financing need'}</Button>}>
      <RefusalAlert refusal={refusal} clear={clear} />
      <List dataSource={requests} locale={{ emptyText: <Empty description={zh ? '暂无融资需求' : 'No financing requests'} /> }} renderItem={(r) => {
        const tracks = r.tracks as Track[];
        return (
          <List.Item>
            <Space direction="vertical" style={{ width: '100%' }}>
              <Space wrap>
                <Typography.Text strong>{r.title}</Typography.Text>
                <Tag className={r.status === 'FUNDED' ? 'tag-ok' : undefined}>{r.statusLabel}</Tag>
                <span>{money(r.amount, lang)} · {r.termMonths}{zh ? '个月' : ' months'} · {r.stageLabel} · {r.collateralLabels.join('、')}</span>
                {institution && <span>{r.enterpriseName}（{cityName(r.tenantId)}）</span>}
                <span>{moment(r.createdAt, lang)}</span>
                {!institution && r.status === 'OPEN' && <>
                  <Button size="small" type="primary" onClick={() => { setSending(r.id); setPicked([]); }}>{zh ? '推送给金融机构' : 'Send to institutions'}</Button>
                  <Button size="small" onClick={() => setWithdrawing({ id: r.id, version: r.version })}>{zh ? '撤回' : 'Withdraw'}</Button>
                </>}
              </Space>
              <Typography.Text type="secondary">{r.purpose}{Number(r.funded) > 0 ? (zh ? `（已放款 ${money(r.funded, lang)}）`
                : ` (${money(r.funded, lang)} paid out)`) : ''}</Typography.Text>
              <Table rowKey="institution" size="small" pagination={false} dataSource={tracks} columns={[...trackColumns,
                ...(institution && r.status === 'OPEN' ? [{ title: '', render: (_: unknown, t: Track) => <Space size={4}>
                  {t.status === 'SENT' && <Button size="small" onClick={async () => settle((await interest({ id: r.id, i: t.institution })).error)}>{zh ? '有意向' : 'Interested'}</Button>}
                  {t.status === 'INTERESTED' && <Button size="small" onClick={async () => settle((await dueDiligence({ id: r.id, i: t.institution })).error)}>{zh ? '开始尽调' : 'Due diligence'}</Button>}
                  {t.status === 'DUE_DILIGENCE' && <Button size="small" type="primary" onClick={() => setApproving({ id: r.id, institution: t.institution })}>{zh ? '审批通过' : 'Approve'}</Button>}
                  {['SENT', 'INTERESTED', 'DUE_DILIGENCE'].includes(t.status) && <Button size="small" onClick={() => setDeclining({ id: r.id, institution: t.institution })}>{zh ? '婉拒' : 'Decline'}</Button>}
                  {t.status === 'APPROVED' && <Button size="small" type="primary" onClick={() => setDisbursing({ id: r.id, institution: t.institution,
                    amount: t.approved?.amount ?? '0' })}>{zh ? '登记放款' : 'Record disbursement'}</Button>}
                </Space> }] : [])]} locale={{ emptyText: zh ? '尚未推送给金融机构' : 'Not sent yet' }} />
            </Space>
          </List.Item>
        );
      }} />

      <Modal open={filing} title={zh ? '发布融资需求' : 'File a financing need'} onCancel={() => setFiling(false)} onOk={() => fileForm.submit()} width={640}>
        <Form form={fileForm} layout="vertical" initialValues={{ termMonths: 12, stage: 'GROWTH', collateral: ['CREDIT'] }} onFinish={async (values) => {
          const result = await file({ tenantId, input: { ...values, memberId: member.id, amount: values.amount.toFixed(2) } });
          if (result.error) {
            const elsewhere = showAtFields(fileForm, result.error);
            if (elsewhere.length > 0) show(elsewhere.join('；'));
            return;
          }
          setFiling(false);
          fileForm.resetFields();
          again();
        }}>
          <Form.Item name="title" label={zh ? '项目名称' : 'Project'} rules={[{ required: true }]}><Input maxLength={200} /></Form.Item>
          <Space wrap>
            <Form.Item name="amount" label={zh ? '融资金额（元）' : 'Amount (CNY)'} rules={[{ required: true }]}>
              <InputNumber min={10000} precision={2} style={{ width: 200 }} /></Form.Item>
            <Form.Item name="termMonths" label={zh ? '期限（月）' : 'Term (months)'} rules={[{ required: true }]}>
              <InputNumber min={1} max={360} /></Form.Item>
            <Form.Item name="stage" label={zh ? '发展阶段' : 'Stage'}><Select style={{ width: 120 }} options={STAGES.map((s) => ({ value: s.value, label: s[lang] }))} /></Form.Item>
          </Space>
          <Form.Item name="industry" label={zh ? '行业' : 'Industry'} rules={[{ required: true }]}>
            <Select options={Object.entries(INDUSTRIES).map(([value, names]) => ({ value, label: names[lang] }))} /></Form.Item>
          <Form.Item name="purpose" label={zh ? '资金用途' : 'Purpose'} rules={[{ required: true }]}><Input.TextArea rows={3} maxLength={2000} /></Form.Item>
          <Form.Item name="collateral" label={zh ? '担保方式' : 'Collateral'} rules={[{ required: true }]}>
            <Checkbox.Group options={COLLATERALS.map((c) => ({ value: c.value, label: c[lang] }))} /></Form.Item>
          {collateral?.includes('IP_PLEDGE') && <Form.Item name="pledgedAchievementIds" label={zh ? '质押专利所属成果（已授权）' : 'Achievements whose granted patents are pledged'}
                                                           rules={[{ required: true }]}>
            <Select mode="multiple" options={pledgeable} notFoundContent={zh ? '暂无已发布且专利已授权的成果' : 'No published achievement with a granted patent'} />
          </Form.Item>}
        </Form>
      </Modal>

      <Modal open={sending !== null} title={zh ? '推送给金融机构' : 'Send to financing institutions'} onCancel={() => setSending(null)}
             okButtonProps={{ disabled: picked.length === 0 }} onOk={async () => {
               const result = await send({ id: sending ?? '', to: picked });
               settle(result.error);
               setSending(null);
             }}>
        <Typography.Paragraph>{zh ? '系统按产品额度、行业与需求文本推荐以下机构，勾选后推送：' : 'Suggested by amount, industry and text; pick and send:'}</Typography.Paragraph>
        <List loading={suggesting} dataSource={suggestions?.matchSuggestions ?? []} renderItem={(s) => (
          <List.Item>
            <Checkbox checked={picked.includes(s.candidate.id)} onChange={(e) => setPicked((now) => e.target.checked ? [...now, s.candidate.id]
              : now.filter((p) => p !== s.candidate.id))}>
              <Space direction="vertical" size={0}>
                <span>{s.candidate.title}（{cityName(s.candidate.tenantId)}）</span>
                <Typography.Text type="secondary">{s.explanation.summary}</Typography.Text>
              </Space>
            </Checkbox>
          </List.Item>
        )} />
      </Modal>

      <ReasonModal open={withdrawing !== null} title={zh ? '撤回融资需求' : 'Withdraw the request'} onCancel={() => setWithdrawing(null)} onOk={async (reason) => {
        settle((await withdraw({ id: withdrawing?.id ?? '', v: withdrawing?.version ?? 0, reason })).error);
        setWithdrawing(null);
      }} />
      <ReasonModal open={declining !== null} title={zh ? '婉拒融资需求' : 'Decline'} onCancel={() => setDeclining(null)} onOk={async (reason) => {
        settle((await decline({ id: declining?.id ?? '', i: declining?.institution ?? '', reason })).error);
        setDeclining(null);
      }} />
      <Modal open={approving !== null} title={zh ? '审批通过' : 'Approve'} onCancel={() => setApproving(null)} onOk={() => termsForm.submit()}>
        <Form form={termsForm} layout="vertical" onFinish={async (values) => {
          const result = await approve({ id: approving?.id ?? '', i: approving?.institution ?? '', terms: { amount: values.amount.toFixed(2),
            ratePercent: values.ratePercent.toFixed(2), termMonths: values.termMonths } });
          if (result.error) {
            const elsewhere = showAtFields(termsForm, result.error, 'terms.');
            if (elsewhere.length > 0) show(elsewhere.join('；'));
            return;
          }
          setApproving(null);
          again();
        }}>
          <Form.Item name="amount" label={zh ? '批复额度（元）' : 'Amount (CNY)'} rules={[{ required: true }]}><InputNumber min={0.01} precision={2} style={{ width: '100%' }} /></Form.Item>
          <Form.Item name="ratePercent" label={zh ? '年利率（%）' : 'Annual rate (%)'} rules={[{ required: true }]}><InputNumber min={0} max={36} precision={2} /></Form.Item>
          <Form.Item name="termMonths" label={zh ? '期限（月）' : 'Term (months)'} rules={[{ required: true }]}><InputNumber min={1} max={360} /></Form.Item>
        </Form>
      </Modal>
      <Modal open={disbursing !== null} title={zh ? '登记放款' : 'Record the disbursement'} onCancel={() => setDisbursing(null)} onOk={() => payForm.submit()}>
        <Form form={payForm} layout="vertical" onFinish={async (values) => {
          const result = await disburse({ id: disbursing?.id ?? '', i: disbursing?.institution ?? '', d: { amount: values.amount.toFixed(2),
            disbursedOn: values.disbursedOn } });
          if (result.error) {
            const elsewhere = showAtFields(payForm, result.error, 'disbursement.');
            if (elsewhere.length > 0) show(elsewhere.join('；'));
            return;
          }
          setDisbursing(null);
          again();
        }}>
          <Form.Item name="amount" label={zh ? '放款金额（元）' : 'Amount (CNY)'} rules={[{ required: true }]}><InputNumber min={0.01} precision={2} style={{ width: '100%' }} /></Form.Item>
          <Form.Item name="disbursedOn" label={zh ? '放款日期（如 2026-12-05）' : 'Date (e.g. 2026-12-05)'} rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/ }]}>
            <Input /></Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
