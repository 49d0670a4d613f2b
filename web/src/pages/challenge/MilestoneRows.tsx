import { Button, DatePicker, Form, Input, InputNumber, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useLang } from '../../i18n';

/** A milestone as the application plans it and the agreement fixes it. */
export interface MilestoneValues { title: string; deliverable: string; due: Dayjs; paymentPercent: number }

/** The milestones of an application or an agreement, as rows of a form's {@code milestones} list; the server's refusal of the whole list shows under it. */
export function MilestoneRows() {
  const { lang } = useLang();
  const zh = lang === 'zh';
  return (
    <Form.List name="milestones">{(rows, { add, remove }, { errors }) => <>
      {rows.map((row) => (
        <Space key={row.key} align="baseline" wrap>
          <Form.Item name={[row.name, 'title']} label={zh ? '里程碑' : 'Milestone'} rules={[{ required: true }]}><Input /></Form.Item>
          <Form.Item name={[row.name, 'deliverable']} label={zh ? '交付物' : 'Deliverable'} rules={[{ required: true }]}><Input /></Form.Item>
          <Form.Item name={[row.name, 'due']} label={zh ? '完成日期' : 'Due'} rules={[{ required: true }]}><DatePicker /></Form.Item>
          <Form.Item name={[row.name, 'paymentPercent']} label={zh ? '付款比例（%）' : 'Share (%)'} rules={[{ required: true }]}>
            <InputNumber min={1} max={100} />
          </Form.Item>
          {rows.length > 1 && <Button onClick={() => remove(row.name)}>{zh ? '删除' : 'Remove'}</Button>}
        </Space>
      ))}
      <Button onClick={() => add({})}>{zh ? '添加里程碑' : 'Add a milestone'}</Button>
      <Form.ErrorList errors={errors} />
    </>}</Form.List>
  );
}

/** The rows as the API takes them. */
export function milestoneInputs(milestones: MilestoneValues[]) {
  return milestones.map((m) => ({ title: m.title, deliverable: m.deliverable, due: m.due.format('YYYY-MM-DD'), paymentPercent: m.paymentPercent }));
}
