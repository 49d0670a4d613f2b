import { Alert, Button, Card, Form, Input, Modal, Progress, Result, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { SearchDriftQuery, TenantInput } from '../gql/graphql';
import { useAuth } from '../auth';
import { useLang } from '../i18n';
import { KINDS, label } from '../labels';
import { RefusalAlert, useRefusal } from '../components/Refusal';
import { showAtFields } from '../components/ServerErrors';

const RegistryQuery = graphql(`
  query Registry {
    tenants { id name nameEn regionCode endpoint status health { state latencyMillis reason checkedAt } searchSync { indexed lagSeconds lastError } }
    searchRebuild { state analyzer tenantsTotal tenantsDone documents startedAt finishedAt error }
  }
`);

const DriftQuery = graphql(`
  query SearchDrift($tenantId: ID!) { tenant(id: $tenantId) { id searchDrift { kind tenantVisible indexVisible missing stale extra examples } } }
`);

const SetStatus = graphql(`mutation SetTenantStatus($id: ID!, $status: TenantStatus!) { setTenantStatus(id: $id, status: $status) { id status } }`);
const Register = graphql(`mutation RegisterTenant($input: TenantInput!) { registerTenant(input: $input) { id status } }`);
const Rebuild = graphql(`mutation RebuildSearchIndex { rebuildSearchIndex { state tenantsTotal tenantsDone documents startedAt } }`);
const Repair = graphql(`mutation RepairSearchDrift($tenantId: ID!) { repairSearchDrift(tenantId: $tenantId) { kind tenantVisible indexVisible missing stale extra examples } }`);

type Drift = NonNullable<NonNullable<SearchDriftQuery['tenant']>['searchDrift']>[number];

/**
 * Platform administration (平台管理): the registry of city markets (register, suspend, resume), the
 * search index rebuild with its progress as it runs, and each city's search drift with its repair.
 */
export function Administration() {
  const { t, lang } = useLang();
  const { token, scopes, signIn } = useAuth();
  const client = useClient();
  const [{ data, fetching }, refetch] = useQuery({ query: RegistryQuery, pause: !token, requestPolicy: 'cache-and-network' });
  const [, setStatus] = useMutation(SetStatus);
  const [, register] = useMutation(Register);
  const [, rebuild] = useMutation(Rebuild);
  const [, repair] = useMutation(Repair);
  const { refusal, report, settle, clear } = useRefusal(() => refetch({ requestPolicy: 'network-only' }));
  const [registering, setRegistering] = useState(false);
  const [drift, setDrift] = useState<Record<string, Drift[] | 'checking'>>({});
  const [form] = Form.useForm<TenantInput>();
  const running = data?.searchRebuild?.state === 'RUNNING';
  useEffect(() => {
    // a running rebuild is followed once a second until it ends
    if (!running) return undefined;
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), 1000);
    return () => clearInterval(timer);
  }, [running, refetch]);
  if (!token) return <Result status="403" title={t('signInFirst')} extra={<Button type="primary" onClick={() => signIn('/admin')}>{t('signIn')}</Button>} />;
  if (!scopes.includes('market.admin')) return <Result status="403" title={t('adminsOnly')} />;

  const check = async (tenantId: string) => {
    setDrift((all) => ({ ...all, [tenantId]: 'checking' }));
    const result = await client.query(DriftQuery, { tenantId }, { requestPolicy: 'network-only' }).toPromise();
    report(result.error);
    setDrift((all) => ({ ...all, [tenantId]: result.data?.tenant?.searchDrift ?? [] }));
  };
  const mend = async (tenantId: string) => {
    setDrift((all) => ({ ...all, [tenantId]: 'checking' }));
    const result = await repair({ tenantId });
    report(result.error);
    setDrift((all) => ({ ...all, [tenantId]: result.data?.repairSearchDrift ?? [] }));
  };
  const rebuilding = data?.searchRebuild;
  const heading = (text: string) => <Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{text}</Typography.Title>;

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22 }}>{t('administration')}</Typography.Title>
      <RefusalAlert refusal={refusal} clear={clear} />
      <Card title={heading(t('registry'))} loading={fetching && !data} extra={<Button type="primary" onClick={() => { form.resetFields(); setRegistering(true); }}>{t('registerCity')}</Button>}>
        <Table size="small" rowKey="id" pagination={false} scroll={{ x: true }} dataSource={data?.tenants ?? []} expandable={{
          rowExpandable: (city) => Array.isArray(drift[city.id]),
          expandedRowKeys: Object.keys(drift).filter((id) => Array.isArray(drift[id])),
          showExpandColumn: false,
          expandedRowRender: (city) => <DriftTable drift={drift[city.id] as Drift[]} />,
        }} columns={[
          { title: t('city'), dataIndex: 'name', render: (_, city) => `${lang === 'en' ? city.nameEn : city.name}（${city.regionCode}）` },
          { title: 'id', dataIndex: 'id' },
          { title: t('endpoint'), dataIndex: 'endpoint', render: (endpoint: string) => <code>{endpoint}</code> },
          { title: t('status'), dataIndex: 'status', render: (status: string) => <Tag className={status === 'ACTIVE' ? 'tag-ok' : 'tag-warn'}>{status === 'ACTIVE' ? t('active') : t('suspended')}</Tag> },
          { title: t('health'), key: 'health', render: (_, city) => city.health
            ? <span title={city.health.reason ?? undefined}>{city.health.state === 'UP' ? t('up') : t('down')}{city.health.latencyMillis != null ? ` · ${city.health.latencyMillis} ms` : ''}</span> : '—' },
          { title: t('searchLag'), key: 'lag', render: (_, city) => city.searchSync?.lastError ? <span title={city.searchSync.lastError}>{t('syncHeld')}</span>
            : city.searchSync?.lagSeconds != null ? `${city.searchSync.lagSeconds.toFixed(1)} s` : '—' },
          { title: t('actions'), key: 'actions', render: (_, city) => (
            <Space wrap>
              <Button size="small" onClick={async () => {
                const result = await setStatus({ id: city.id, status: city.status === 'ACTIVE' ? 'SUSPENDED' : 'ACTIVE' });
                settle(result.error);
              }}>{city.status === 'ACTIVE' ? t('suspend') : t('resume')}</Button>
              <Button size="small" loading={drift[city.id] === 'checking'} onClick={() => check(city.id)}>{t('checkDrift')}</Button>
              {Array.isArray(drift[city.id]) && (drift[city.id] as Drift[]).some((d) => d.missing + d.stale + d.extra > 0) &&
                <Button size="small" danger onClick={() => mend(city.id)}>{t('repairDrift')}</Button>}
            </Space>
          ) },
        ]} />
      </Card>
      <Card style={{ marginTop: 16 }} title={heading(t('searchRebuild'))} extra={
        <Button type="primary" disabled={running} onClick={async () => {
          const result = await rebuild({});
          settle(result.error);
        }}>{t('rebuild')}</Button>}>
        {rebuilding ? (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Progress percent={rebuilding.tenantsTotal ? Math.round((100 * rebuilding.tenantsDone) / rebuilding.tenantsTotal) : 0}
                      status={rebuilding.state === 'FAILED' ? 'exception' : rebuilding.state === 'DONE' ? 'success' : 'active'}
                      aria-label={t('searchRebuild')} />
            <span role="status">{t(rebuilding.state === 'RUNNING' ? 'rebuildRunning' : rebuilding.state === 'DONE' ? 'rebuildDone' : 'rebuildFailed')}
              ：{rebuilding.tenantsDone}/{rebuilding.tenantsTotal} {t('citiesDone')}，{rebuilding.documents} {t('documentsWritten')}（{rebuilding.analyzer}）</span>
            {rebuilding.error && <Alert type="error" title={rebuilding.error} />}
          </Space>
        ) : <span className="muted">{t('noRebuild')}</span>}
      </Card>
      <Modal open={registering} title={t('registerCity')} okText={t('registerCity')} cancelText={t('cancel')} onCancel={() => setRegistering(false)}
             onOk={() => form.validateFields().then(async (values) => {
               const result = await register({ input: values });
               if (result.error) {
                 const elsewhere = showAtFields(form, result.error);
                 if (elsewhere.length) report(result.error);
               } else {
                 setRegistering(false);
                 refetch({ requestPolicy: 'network-only' });
               }
             })}>
        <Form form={form} layout="vertical">
          <Form.Item name="id" label="id" extra="changchun" rules={[{ required: true, message: t('required') }]}><Input /></Form.Item>
          <Form.Item name="name" label={t('cityName')} rules={[{ required: true, message: t('required') }]}><Input /></Form.Item>
          <Form.Item name="nameEn" label={t('cityNameEn')}><Input /></Form.Item>
          <Form.Item name="regionCode" label={t('regionCode')} rules={[{ required: true, message: t('required') }]}><Input maxLength={6} /></Form.Item>
          <Form.Item name="endpoint" label={t('endpoint')} rules={[{ required: true, message: t('required') }]}><Input placeholder="https://…/graphql" /></Form.Item>
        </Form>
      </Modal>
    </>
  );
}

function DriftTable({ drift }: { drift: Drift[] }) {
  const { t, lang } = useLang();
  const clean = drift.every((d) => d.missing + d.stale + d.extra === 0);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <span role="status">{clean ? t('driftNone') : t('driftFound')}</span>
      <Table size="small" rowKey="kind" pagination={false} dataSource={drift} columns={[
        { title: t('kind'), dataIndex: 'kind', render: (kind: string) => label(KINDS, kind, lang) },
        { title: t('atCity'), dataIndex: 'tenantVisible', align: 'right' },
        { title: t('inIndex'), dataIndex: 'indexVisible', align: 'right' },
        { title: t('missing'), dataIndex: 'missing', align: 'right' },
        { title: t('stale'), dataIndex: 'stale', align: 'right' },
        { title: t('extra'), dataIndex: 'extra', align: 'right' },
      ]} />
    </Space>
  );
}
