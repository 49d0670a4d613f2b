import { Button, Card, Empty, List, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { ContractStatus } from '../../gql/graphql';
import { useLang } from '../../i18n';
import { CONTRACT_STATUSES, CONTRACT_TYPES, label } from '../../labels';
import { RefusalAlert, useRefusal } from '../../components/Refusal';
import { ReasonModal } from '../../components/ReasonModal';
import { ContractFacts } from '../../components/ContractFacts';

const ContractQueueQuery = graphql(`
  query ContractQueue($tenantId: ID!, $status: ContractStatus!) {
    tenant(id: $tenantId) {
      id
      contracts(first: 50, filter: { status: $status }) { edges { node { ...ContractFacts } } }
    }
  }
`);

const StartReview = graphql(`mutation StartContractReview($id: ID!, $v: Int!) { startContractReview(id: $id, expectedVersion: $v) { id status version } }`);
const Register = graphql(`mutation RegisterContract($id: ID!, $v: Int!) { registerContract(id: $id, expectedVersion: $v) { id status version registrationNumber } }`);
const ReturnContract = graphql(`mutation ReturnContract($id: ID!, $v: Int!, $reason: String!) { returnContract(id: $id, expectedVersion: $v, reason: $reason) { id status version } }`);
const RejectContract = graphql(`mutation RejectContract($id: ID!, $v: Int!, $reason: String!) { rejectContract(id: $id, expectedVersion: $v, reason: $reason) { id status version } }`);

const SHOWN: ContractStatus[] = ['SUBMITTED', 'UNDER_REVIEW', 'REGISTERED', 'RETURNED', 'REJECTED'];

/**
 * Technology contract registration (技术合同认定登记) at the city: submitted contracts are taken into
 * review, then registered (the registration number and subsidies follow), returned for correction
 * or rejected, each with a reason.
 */
export function ContractQueue({ tenantId }: { tenantId: string }) {
  const { t, lang } = useLang();
  const [status, setStatus] = useState<ContractStatus>('SUBMITTED');
  const [{ data, fetching }, refetch] = useQuery({ query: ContractQueueQuery, variables: { tenantId, status }, requestPolicy: 'cache-and-network' });
  const [, startReview] = useMutation(StartReview);
  const [, register] = useMutation(Register);
  const [, returnContract] = useMutation(ReturnContract);
  const [, rejectContract] = useMutation(RejectContract);
  const { refusal, settle, clear } = useRefusal(() => refetch({ requestPolicy: 'network-only' }));
  const [asking, setAsking] = useState<{ id: string; v: number; reject: boolean } | null>(null);
  const contracts = (data?.tenant?.contracts?.edges ?? []).map((edge) => edge.node);

  return (
    <>
      <RefusalAlert refusal={refusal} clear={clear} />
      <Segmented<ContractStatus> value={status} onChange={setStatus} style={{ marginBottom: 12 }}
                                 options={SHOWN.map((s) => ({ value: s, label: label(CONTRACT_STATUSES, s, lang) }))} />
      <Card loading={fetching && !data}>
        <List dataSource={contracts} locale={{ emptyText: <Empty description={t('nothingYet')} /> }} renderItem={(contract) => (
          <List.Item key={contract.id} actions={[
            ...(contract.status === 'SUBMITTED'
              ? [<Button key="start" type="primary" size="small" onClick={async () => settle((await startReview({ id: contract.id, v: contract.version })).error)}>{t('startReview')}</Button>] : []),
            ...(contract.status === 'UNDER_REVIEW' ? [
              <Button key="register" type="primary" size="small" onClick={async () => settle((await register({ id: contract.id, v: contract.version })).error)}>{t('registerContract')}</Button>,
              <Button key="return" size="small" onClick={() => setAsking({ id: contract.id, v: contract.version, reject: false })}>{t('returnForCorrection')}</Button>,
              <Button key="reject" size="small" danger onClick={() => setAsking({ id: contract.id, v: contract.version, reject: true })}>{t('rejectContract')}</Button>,
            ] : []),
          ]}>
            <List.Item.Meta title={<Space wrap><span>{contract.title}</span><Tag>{label(CONTRACT_TYPES, contract.type, lang)}</Tag></Space>}
                            description={<ContractFacts contract={contract} />} />
          </List.Item>
        )} />
      </Card>
      <ReasonModal title={asking?.reject ? t('rejectContract') : t('returnForCorrection')} open={asking !== null} onCancel={() => setAsking(null)}
                   onOk={async (reason) => {
                     if (!asking) return;
                     const step = asking.reject ? rejectContract : returnContract;
                     const result = await step({ id: asking.id, v: asking.v, reason });
                     setAsking(null);
                     settle(result.error);
                   }} />
      <Typography.Paragraph className="muted" style={{ marginTop: 8 }}>{t('contractQueueHint')}</Typography.Paragraph>
    </>
  );
}
