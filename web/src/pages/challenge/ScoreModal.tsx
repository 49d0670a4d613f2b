import { Form, Input, InputNumber, Modal, Space } from 'antd';
import { useEffect } from 'react';
import { useMutation, type CombinedError } from 'urql';
import { graphql } from '../../gql';
import { useLang } from '../../i18n';

const RecordReview = graphql(`mutation RecordChallengeReview($id: ID!, $expertId: ID!, $scores: [ScoreInput!]!) { recordChallengeReview(id: $id, expertId: $expertId, scores: $scores) { total } }`);

/** Whose scores of which application are being entered, and what the list scores. */
export interface Scoring { applicationId: string; expertId: string; name: string; criteria: { name: string; weight: number }[] }

/**
 * A reviewer's scores of one application (评审意见): each criterion 0–100 with a comment; entered by
 * the operators from the meeting's sheets or by the reviewer. Entered again, they replace the earlier ones.
 */
export function ScoreModal({ scoring, onClose }: { scoring: Scoring | null; onClose: (error?: CombinedError) => void }) {
  const { lang } = useLang();
  const zh = lang === 'zh';
  const [form] = Form.useForm<Record<string, { score: number; comment?: string }>>();
  const [, record] = useMutation(RecordReview);
  useEffect(() => { if (scoring) form.resetFields(); }, [scoring, form]);
  return (
    <Modal open={scoring != null} title={scoring ? `${zh ? '评分' : 'Scores'} · ${scoring.name}` : ''} onCancel={() => onClose()} onOk={() => form.submit()}>
      <Form form={form} layout="vertical" onFinish={async (values) => {
        if (!scoring) return;
        const result = await record({ id: scoring.applicationId, expertId: scoring.expertId, scores: scoring.criteria.map((c, i) => ({
          criterion: c.name, score: values[`c${i}`].score, comment: values[`c${i}`].comment ?? null })) });
        onClose(result.error);
      }}>
        {scoring?.criteria.map((c, i) => (
          <Space key={c.name} align="baseline" wrap>
            <Form.Item name={[`c${i}`, 'score']} label={`${c.name}（${c.weight}%）`} rules={[{ required: true }]}><InputNumber min={0} max={100} /></Form.Item>
            <Form.Item name={[`c${i}`, 'comment']} label={zh ? '意见' : 'Comment'}><Input /></Form.Item>
          </Space>
        ))}
      </Form>
    </Modal>
  );
}
