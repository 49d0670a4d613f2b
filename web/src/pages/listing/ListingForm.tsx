import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, DatePicker, Form, Input, InputNumber, Result, Select, Space, Switch, Table, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useAuth } from '../../auth';
import { useLang } from '../../i18n';
import { kindOf } from '../../labels';
import { showAtFields } from '../../components/ServerErrors';
import { ListingForEditQuery, listingKind, type FieldSpec, type ListingKind } from './listingKinds';
import { changedFields, shown, toForm, toInput } from './values';

const PublishersQuery = graphql(`
  query ListingPublishers($tenantId: ID!) {
    tenant(id: $tenantId) { id myMemberships { id name kind status } }
  }
`);

const PublishListing = graphql(`
  mutation PublishListing($id: ID!, $v: Int!) { publish(id: $id, expectedVersion: $v) { id lifecycle version } }
`);

type Values = Record<string, unknown>;

/** A new listing of any kind, as a draft of one of the person's verified members: /me/:tenantId/new/:kind. */
export function NewListing() {
  const { tenantId = '', kind = '' } = useParams();
  const spec = listingKind(kind);
  const { t } = useLang();
  if (!spec) return <Result status="404" title={t('notFound')} />;
  return <ListingForm spec={spec} tenantId={tenantId} />;
}

/** A listing edited by its owner: /me/edit/:id. Someone else's change meanwhile is shown, and the edit can be reapplied on it. */
export function EditListing() {
  const { id = '' } = useParams();
  const { t } = useLang();
  const { token } = useAuth();
  const [{ data, fetching }] = useQuery({ query: ListingForEditQuery, variables: { id }, pause: !token, requestPolicy: 'network-only' });
  const record = data?.node as (Values & { __typename: string; tenantId: string; version: number }) | null | undefined;
  const spec = record ? listingKind(kindOf(record.__typename)) : undefined;
  if (!token) return <Result status="403" title={t('signInFirst')} />;
  if (fetching && !data) return <Card loading />;
  if (!record || !spec) return <Result status="404" title={t('notFound')} />;
  return <ListingForm spec={spec} tenantId={record.tenantId} editing={{ id, version: record.version, record }} />;
}

function ListingForm({ spec, tenantId, editing }: { spec: ListingKind; tenantId: string; editing?: { id: string; version: number; record: Values } }) {
  const { t, lang } = useLang();
  const { token } = useAuth();
  const navigate = useNavigate();
  const client = useClient();
  const [form] = Form.useForm<Values>();
  const [problems, setProblems] = useState<string[]>([]);
  // the version the edit started from, and its input: what "someone else changed" is measured against
  const [base, setBase] = useState(() => ({ version: editing?.version ?? 0, input: toInput(spec.fields, toForm(spec.fields, editing?.record)) }));
  const [conflict, setConflict] = useState<{ version: number; theirs: Values; mine: Values } | null>(null);
  const [{ data }] = useQuery({ query: PublishersQuery, variables: { tenantId }, pause: !token || Boolean(editing) || spec.operatorsOnly });
  const [{ fetching: creating }, create] = useMutation(spec.create);
  const [{ fetching: updating }, update] = useMutation(spec.update);
  const [{ fetching: publishing }, publish] = useMutation(PublishListing);
  // a member's listing goes back to their workbench as a draft; the operators' own (a policy) is published at once
  const done = spec.operatorsOnly ? `/console?tab=${spec.slug}` : '/me';
  const members = (data?.tenant?.myMemberships ?? []).filter((m) => m.status === 'VERIFIED');
  const initial = useMemo(() => toForm(spec.fields, editing?.record ?? spec.initial), [spec, editing]);
  const nameField = spec.memberNameField;
  useEffect(() => {
    // the first member the person acts for, once their memberships are known; a demand's enterprise (an instrument's unit) is that member
    const first = members[0];
    if (!editing && first && !form.getFieldValue('memberId')) {
      form.setFieldsValue({ memberId: first.id, ...(nameField && !form.getFieldValue(nameField) ? { [nameField]: first.name } : {}) });
    }
  }, [members, editing, form, nameField]);
  if (!token) return <Result status="403" title={t('signInFirst')} />;

  const submit = async (values: Values) => {
    setProblems([]);
    const input = toInput(spec.fields, values);
    const result = editing
      ? await update({ id: editing.id, expectedVersion: base.version, input } as never)
      : await create({ tenantId, input, memberId: spec.operatorsOnly ? null : values.memberId } as never);
    if (!result.error) {
      const written = Object.values(result.data ?? {})[0];
      const published = spec.operatorsOnly && !editing && written ? await publish({ id: written.id, v: written.version }) : null;
      if (published?.error) {
        setProblems(showAtFields(form, published.error));
        return;
      }
      navigate(done);
      return;
    }
    if (editing && result.error.graphQLErrors.some((e) => e.extensions?.code === 'STALE_VERSION')) {
      // someone else saved first: read what they saved, and show it beside this person's edit
      const fresh = await client.query(ListingForEditQuery, { id: editing.id }, { requestPolicy: 'network-only' }).toPromise();
      const node = fresh.data?.node as (Values & { version: number }) | null | undefined;
      if (node) {
        setConflict({ version: node.version, theirs: toInput(spec.fields, toForm(spec.fields, node)), mine: input });
        return;
      }
    }
    setProblems(showAtFields(form, result.error));
  };
  const reapply = (keepMine: boolean) => {
    if (!conflict) return;
    // theirs, with the fields this person changed put back on top (or without, to start again from theirs)
    const mineChanged = changedFields(spec.fields, base.input, conflict.mine);
    const merged: Values = { ...conflict.theirs };
    if (keepMine) mineChanged.forEach((field) => { merged[field.name] = conflict.mine[field.name]; });
    form.setFieldsValue(toForm(spec.fields, mergedAsRecord(spec.fields, merged)));
    setBase({ version: conflict.version, input: conflict.theirs });
    setConflict(null);
  };

  return (
    <Card title={<Typography.Title level={1} style={{ margin: 0, fontSize: 20 }}>{editing ? `${t('edit')} · ${spec.newTitle[lang].replace(/^(发布|登记)/, '')}` : spec.newTitle[lang]}</Typography.Title>}
          style={{ maxWidth: 860 }}>
      {problems.length > 0 && <Alert type="error" showIcon role="alert" title={problems.join('；')} style={{ marginBottom: 16 }} />}
      {conflict && <ConflictPanel fields={spec.fields} base={base.input} conflict={conflict} onReapply={() => reapply(true)} onDiscard={() => reapply(false)} />}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={initial}>
        {!editing && !spec.operatorsOnly && (
          <Form.Item name="memberId" label={t('publishAs')} rules={[{ required: true, message: t('required') }]}>
            <Select options={members.map((m) => ({ value: m.id, label: m.name }))}
                    onChange={(id) => nameField && form.setFieldValue(nameField, members.find((m) => m.id === id)?.name)} />
          </Form.Item>
        )}
        {spec.fields.map((field) => <FieldInput key={field.name} field={field} />)}
        <Form.Item>
          <Space><Button type="primary" htmlType="submit" loading={creating || updating || publishing}>
            {editing ? t('save') : spec.operatorsOnly ? spec.newTitle[lang] : t('saveDraft')}</Button>
            <Button onClick={() => navigate(done)}>{t('cancel')}</Button></Space>
        </Form.Item>
      </Form>
    </Card>
  );
}

/** An input value set back into the record's shape, so that toForm reads it (aliases included). */
function mergedAsRecord(fields: FieldSpec[], input: Values): Values {
  return Object.fromEntries(fields.map((field) => [field.read ?? field.name, input[field.name]]));
}

function ConflictPanel({ fields, base, conflict, onReapply, onDiscard }: {
  fields: FieldSpec[]; base: Values; conflict: { version: number; theirs: Values; mine: Values }; onReapply: () => void; onDiscard: () => void;
}) {
  const { t, lang } = useLang();
  const theirs = changedFields(fields, base, conflict.theirs);
  const mine = new Set(changedFields(fields, base, conflict.mine).map((f) => f.name));
  return (
    <Alert type="warning" showIcon role="alert" style={{ marginBottom: 16 }} title={t('changedMeanwhile')} description={
      <Space direction="vertical" style={{ width: '100%' }}>
        <Table size="small" pagination={false} rowKey="name" dataSource={theirs} columns={[
          { title: t('field'), key: 'field', render: (_, f) => <>{f.label[lang]}{mine.has(f.name) && <strong>（{t('bothChanged')}）</strong>}</> },
          { title: t('before'), key: 'before', render: (_, f) => shown(f, base[f.name], lang) },
          { title: t('theirs'), key: 'theirs', render: (_, f) => shown(f, conflict.theirs[f.name], lang) },
          { title: t('mine'), key: 'mine', render: (_, f) => (mine.has(f.name) ? shown(f, conflict.mine[f.name], lang) : '—') },
        ]} />
        <Space wrap>
          <Button type="primary" onClick={onReapply}>{t('reapplyMine')}</Button>
          <Button onClick={onDiscard}>{t('takeTheirs')}</Button>
        </Space>
      </Space>
    } />
  );
}

/** One field's control, drawn from its declaration; a group's or list item's parts likewise. */
function FieldInput({ field, name, inList }: { field: FieldSpec; name?: (string | number)[]; inList?: boolean }) {
  const { t, lang } = useLang();
  const path = name ?? [field.name];
  const rules = field.required ? [{ required: true, message: t('required') }] : [];
  const options = Object.entries(field.options ?? {}).map(([value, text]) => ({ value, label: text[lang] }));
  const item = (control: React.ReactNode, extra: Record<string, unknown> = {}) => (
    <Form.Item name={path} label={field.label[lang]} rules={rules} style={inList ? { marginBottom: 8, minWidth: 160 } : undefined} {...extra}>{control}</Form.Item>
  );
  switch (field.type) {
    case 'textarea': return item(<Input.TextArea rows={3} />);
    case 'money': return item(<InputNumber min={0} style={{ width: 200 }} />);
    case 'int': return item(<InputNumber min={0} precision={0} style={{ width: 140 }} />);
    case 'enum': return item(<Select allowClear={!field.required} options={options} style={inList ? { width: 160 } : undefined} />);
    case 'enums': return item(<Select mode="multiple" options={options} />);
    case 'checks': return item(<Checks options={options} label={field.label[lang]} />);
    case 'tags': return item(<Select mode="tags" tokenSeparators={[',', '，', '、']} open={false} suffixIcon={null} />);
    case 'bool': return item(<Switch />, { valuePropName: 'checked' });
    case 'date': return item(<DatePicker />);
    case 'datetime': return item(<DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />);
    case 'group': return (
      <fieldset className="field-group"><legend>{field.label[lang]}</legend>
        <Space wrap>{(field.items ?? []).map((part) => <FieldInput key={part.name} field={part} name={[...path, part.name]} inList />)}</Space>
      </fieldset>
    );
    case 'list': return (
      <fieldset className="field-group"><legend>{field.label[lang]}</legend>
        <Form.List name={path}>
          {(entries, { add, remove }) => (
            <>
              {entries.map((entry) => (
                <Space key={entry.key} wrap align="start" className="list-entry">
                  {(field.items ?? []).map((part) => <FieldInput key={part.name} field={part} name={[entry.name, part.name]} inList />)}
                  <Button type="text" aria-label={`${t('remove')} ${field.label[lang]} ${entry.name + 1}`} icon={<MinusCircleOutlined />} onClick={() => remove(entry.name)} />
                </Space>
              ))}
              <Button type="dashed" onClick={() => add()} icon={<PlusOutlined />}>{t('add')} {field.label[lang]}</Button>
            </>
          )}
        </Form.List>
      </fieldset>
    );
    default: return item(<Input />);
  }
}

/**
 * A group of checkboxes, named as a group for screen readers; the form's aria-required is left
 * off, as a group may not carry it (each box is a choice, the rule is on the field).
 */
function Checks({ label, 'aria-required': _required, ...props }: React.ComponentProps<typeof Checkbox.Group> & { label: string; 'aria-required'?: unknown }) {
  return <Checkbox.Group role="group" aria-label={label} {...props} />;
}
