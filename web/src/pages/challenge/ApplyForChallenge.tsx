import { Alert, Button, Card, Form, Input, InputNumber, Result, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { AttachmentInput } from '../../gql/graphql';
import { useAuth } from '../../auth';
import { useLang } from '../../i18n';
import { money } from '../../format';
import { AttachmentPicker } from '../../components/AttachmentPicker';
import { showAtFields } from '../../components/ServerErrors';
import { moment } from './challengeFields';
import { MilestoneRows, milestoneInputs, type MilestoneValues } from './MilestoneRows';

const ApplicationContextQuery = graphql(`
  query ChallengeToApplyFor($id: ID!) {
    node(id: $id) { __typename id ... on Challenge { title funding deadline acceptingApplications indicators } }
    tenants { id name myMemberships { id name kind status } }
  }
`);

const Apply = graphql(`
  mutation ApplyForChallenge($id: ID!, $input: ChallengeApplicationInput!) { applyForChallenge(id: $id, input: $input) { id status } }
`);

interface Values {
  memberId: string; partners?: string[]; team: { name: string; title?: string; institution: string; role?: string }[]; plan: string; budget: number;
  milestones: MilestoneValues[]; avoidExperts?: string[];
}

/** Who may apply: the kinds the market takes applications from. */
const APPLICANT_KINDS = ['ENTERPRISE', 'UNIVERSITY', 'INSTITUTE', 'RESEARCHER', 'SERVICE_INSTITUTION'];

/**
 * 揭榜申请书: the lead (a verified member of any city the person acts for), consortium partners by
 * their member numbers, the team, the plan, the budget and milestones, attachments, and experts to
 * keep off the review.
 */
export function ApplyForChallenge() {
  const { id = '' } = useParams();
  const { lang } = useLang();
  const zh = lang === 'zh';
  const { token } = useAuth();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [attachments, setAttachments] = useState<AttachmentInput[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [{ data, fetching }] = useQuery({ query: ApplicationContextQuery, variables: { id }, pause: !token });
  const [{ fetching: sending }, apply] = useMutation(Apply);
  if (!token) return <Result status="403" title={zh ? '请先登录' : 'Sign in first'} />;
  const list = data?.node?.__typename === 'Challenge' ? data.node : null;
  if (fetching && !data) return <Card loading />;
  if (!list) return <Result status="404" title={zh ? '没有这个榜单' : 'No such list'} />;
  const members = (data?.tenants ?? []).flatMap((city) => (city.myMemberships ?? [])
    .filter((m) => m.status === 'VERIFIED' && APPLICANT_KINDS.includes(m.kind)).map((m) => ({ value: m.id, label: `${m.name}（${city.name}）` })));

  const submit = async (values: Values) => {
    setProblems([]);
    const result = await apply({ id, input: {
      memberId: values.memberId, partners: values.partners ?? [], plan: values.plan, budget: String(values.budget),
      team: values.team.map((m) => ({ name: m.name, title: m.title || null, institution: m.institution, role: m.role || null })),
      milestones: milestoneInputs(values.milestones),
      attachments, avoidExperts: values.avoidExperts ?? [],
    } });
    if (result.error) {
      setProblems(showAtFields(form, result.error));
      return;
    }
    navigate('/me?tab=challenges');
  };

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22 }}>{zh ? '揭榜申请' : 'Application'} · {list.title}</Typography.Title>
      <Typography.Paragraph>{zh ? '榜额' : 'Funding'} {money(list.funding, lang)} · {zh ? '申报截止' : 'Closes'} {moment(list.deadline, lang)}</Typography.Paragraph>
      {!list.acceptingApplications && <Alert type="warning" showIcon title={zh ? '该榜单已停止接受申请' : 'The list no longer takes applications'} style={{ marginBottom: 16 }} />}
      {problems.map((p) => <Alert key={p} type="error" showIcon role="alert" title={p} style={{ marginBottom: 16 }} />)}
      {members.length === 0 && <Alert type="info" showIcon title={zh ? '揭榜须以平台认证会员（企业、高校、科研院所、科研人员、服务机构）的名义：请先在所在城市申请会员。'
        : 'Apply for a verified member (enterprise, university, institute, researcher or service institution): apply for membership at your city first.'} style={{ marginBottom: 16 }} />}
      <Card>
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ team: [{}], milestones: [{ paymentPercent: 40 }, { paymentPercent: 60 }] }}>
          <Form.Item name="memberId" label={zh ? '牵头单位' : 'Lead member'} rules={[{ required: true }]}>
            <Select options={members} />
          </Form.Item>
          <Form.Item name="partners" label={zh ? '联合体成员（会员编号）' : 'Consortium partners (member numbers)'}
                     extra={zh ? '成员单位在其工作台“揭榜挂帅”中查看本单位会员编号，并在此确认参加。' : 'A partner finds its member number on its workbench (揭榜挂帅) and confirms there.'}>
            <Select mode="tags" open={false} />
          </Form.Item>
          <Typography.Title level={2} style={{ fontSize: 16 }}>{zh ? '团队' : 'Team'}</Typography.Title>
          <Form.List name="team">{(rows, { add, remove }) => <>
            {rows.map((row) => (
              <Space key={row.key} align="baseline" wrap>
                <Form.Item name={[row.name, 'name']} label={zh ? '姓名' : 'Name'} rules={[{ required: true }]}><Input /></Form.Item>
                <Form.Item name={[row.name, 'title']} label={zh ? '职称' : 'Title'}><Input /></Form.Item>
                <Form.Item name={[row.name, 'institution']} label={zh ? '单位' : 'Institution'} rules={[{ required: true }]}><Input /></Form.Item>
                <Form.Item name={[row.name, 'role']} label={zh ? '分工' : 'Role'}><Input /></Form.Item>
                {rows.length > 1 && <Button onClick={() => remove(row.name)}>{zh ? '删除' : 'Remove'}</Button>}
              </Space>
            ))}
            <Button onClick={() => add({})}>{zh ? '添加成员' : 'Add a member'}</Button>
          </>}</Form.List>
          <Form.Item name="plan" label={zh ? '攻关方案' : 'Plan'} rules={[{ required: true }]} style={{ marginTop: 16 }}>
            <Input.TextArea rows={6} />
          </Form.Item>
          <Form.Item name="budget" label={zh ? '经费预算（元）' : 'Budget (CNY)'} rules={[{ required: true }]}>
            <InputNumber min={0} precision={2} style={{ width: 240 }} />
          </Form.Item>
          <Typography.Title level={2} style={{ fontSize: 16 }}>{zh ? '里程碑（付款比例合计100%）' : 'Milestones (shares add up to 100%)'}</Typography.Title>
          <MilestoneRows />
          <Form.Item label={zh ? '附件' : 'Attachments'} style={{ marginTop: 16 }}><AttachmentPicker onChange={setAttachments} /></Form.Item>
          <Form.Item name="avoidExperts" label={zh ? '申请回避的专家（专家编号）' : 'Experts to keep off the review (expert ids)'}>
            <Select mode="tags" open={false} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={sending} disabled={!list.acceptingApplications}>{zh ? '提交申请' : 'Submit'}</Button>
        </Form>
      </Card>
    </>
  );
}
