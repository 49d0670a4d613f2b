import { Button, Card, Empty, List, Space, Tag } from 'antd';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useLang } from '../../i18n';
import { CONTRACT_TYPES, label } from '../../labels';
import { ContractFacts } from '../../components/ContractFacts';

const MyContractsQuery = graphql(`
  query MyContracts($tenantId: ID!) {
    tenant(id: $tenantId) { id myContracts { ...ContractFacts } }
  }
`);

/** The contracts the person's members filed at the city: where each registration stands, its number and subsidies. */
export function MyContracts({ tenantId }: { tenantId: string }) {
  const { t, lang } = useLang();
  const [{ data, fetching }] = useQuery({ query: MyContractsQuery, variables: { tenantId }, requestPolicy: 'cache-and-network' });
  return (
    <Card loading={fetching && !data} extra={<Link to={`/me/${tenantId}/contracts/new`}><Button type="primary">{t('fileContract')}</Button></Link>}>
      <List dataSource={data?.tenant?.myContracts ?? []} locale={{ emptyText: <Empty description={t('nothingYet')} /> }} renderItem={(contract) => (
        <List.Item key={contract.id}>
          <List.Item.Meta title={<Space wrap><span>{contract.title}</span><Tag>{label(CONTRACT_TYPES, contract.type, lang)}</Tag></Space>}
                          description={<ContractFacts contract={contract} />} />
        </List.Item>
      )} />
    </Card>
  );
}
