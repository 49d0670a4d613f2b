import { Alert, Button, DatePicker, Form, Input, InputNumber, Modal, Rate, Select, Space, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, type CombinedError } from 'urql';
import { graphql } from '../../gql';
import type { ListedBookingFragment as ListedBooking } from '../../gql/graphql';
import { label } from '../../labels';
import { money } from '../../format';
import { RefusalAlert, useRefusal } from '../../components/Refusal';
import { ReasonModal } from '../../components/ReasonModal';
import { showAtFields } from '../../components/ServerErrors';
import { BOOKING_MODES, BOOKING_STATUSES } from './instrumentLabels';
import { hours, period, useInstrumentText } from './instrumentText';

graphql(`
  fragment ListedBooking on Booking {
    id instrumentId instrumentName managingUnit unit booker bookerName mode start end purpose samples external status statusReason version
    usage { effectiveHours fee voucherPaid } rating { score comment }
  }
`);

export interface SpendableVoucher { id: string; number: string; member: string; balance: string }

const Confirm = graphql(`mutation ConfirmBooking($id: ID!, $v: Int!) { confirmBooking(id: $id, expectedVersion: $v) { id status version } }`);
const Decline = graphql(`mutation DeclineBooking($id: ID!, $v: Int!, $reason: String!) { declineBooking(id: $id, expectedVersion: $v, reason: $reason) { id status version } }`);
const Cancel = graphql(`mutation CancelBooking($id: ID!, $v: Int!, $reason: String!) { cancelBooking(id: $id, expectedVersion: $v, reason: $reason) { id status version } }`);
const Record = graphql(`mutation RecordUsage($id: ID!, $v: Int!, $usage: UsageInput!) { recordUsage(id: $id, expectedVersion: $v, usage: $usage) { id status version } }`);
const Accept = graphql(`mutation AcceptService($id: ID!, $v: Int!, $score: Int!, $comment: String) { acceptService(id: $id, expectedVersion: $v, score: $score, comment: $comment) { id status version } }`);
const Pay = graphql(`mutation PayWithVoucher($id: ID!, $v: Int!, $voucherId: ID!, $amount: Decimal!) { payWithVoucher(id: $id, expectedVersion: $v, voucherId: $voucherId, amount: $amount) { id version usage { voucherPaid } } }`);

type Dialog = { step: 'decline' | 'cancel' | 'record' | 'accept' | 'pay'; booking: ListedBooking } | null;

/**
 * Bookings as one side sees them, with that side's next steps: the unit (or the sub-market's
 * operators) confirms, declines, records the use; the booker cancels, accepts and rates, pays with
 * a voucher. The server decides again; its refusal is shown and the list read again.
 */
export function BookingTable({ bookings, side, vouchers = [], loading, onChanged }: {
  bookings: ListedBooking[]; side: 'booker' | 'unit'; vouchers?: SpendableVoucher[]; loading?: boolean; onChanged: () => void;
}) {
  const { t, lang } = useInstrumentText();
  const [, confirm] = useMutation(Confirm);
  const [, decline] = useMutation(Decline);
  const [, cancel] = useMutation(Cancel);
  const [, accept] = useMutation(Accept);
  const { refusal, settle, clear } = useRefusal(onChanged);
  const [dialog, setDialog] = useState<Dialog>(null);
  const done = (error: CombinedError | undefined) => { setDialog(null); settle(error); };
  const spendable = (b: ListedBooking) => vouchers.filter((v) => v.member === b.booker && Number(v.balance) > 0);

  return (
    <>
      <RefusalAlert refusal={refusal} clear={clear} />
      <Table size="small" rowKey="id" loading={loading} dataSource={bookings} pagination={{ pageSize: 10, hideOnSinglePage: true }} scroll={{ x: true }}
             locale={{ emptyText: t('none') }} columns={[
        { title: t('instrument'), key: 'instrument', render: (_, b) => <Link to={`/records/${encodeURIComponent(b.instrumentId)}`}>{b.instrumentName}</Link> },
        { title: t('period'), key: 'period', render: (_, b) => period(b.start, b.end, lang) },
        side === 'unit' ? { title: t('booker'), key: 'booker', render: (_, b) => <>{b.bookerName} <Tag>{b.external ? t('external') : t('internal')}</Tag></> }
          : { title: t('mode'), key: 'mode', render: (_, b) => label(BOOKING_MODES, b.mode, lang) },
        { title: t('status'), key: 'status', render: (_, b) => (
          <>
            <Tag className={b.status === 'ACCEPTED' || b.status === 'COMPLETED' ? 'tag-ok' : b.status === 'REQUESTED' ? 'tag-wait' : b.status === 'CONFIRMED' ? undefined : 'tag-warn'}>
              {label(BOOKING_STATUSES, b.status, lang)}</Tag>
            {b.statusReason && <div className="muted">{b.statusReason}</div>}
            {b.usage && <div className="muted">{hours(b.usage.effectiveHours)} h · {money(b.usage.fee, lang)}
              {Number(b.usage.voucherPaid) > 0 && `（${t('voucherPaid')} ${money(b.usage.voucherPaid, lang)}）`}</div>}
            {b.rating && <div className="muted">{'★'.repeat(b.rating.score)}{b.rating.comment && ` ${b.rating.comment}`}</div>}
          </>
        ) },
        { title: t('actions'), key: 'actions', render: (_, b) => (
          <Space wrap size={4}>
            {side === 'unit' && b.status === 'REQUESTED' && <Button size="small" type="primary" onClick={async () => settle((await confirm({ id: b.id, v: b.version })).error)}>{t('confirm')}</Button>}
            {side === 'unit' && b.status === 'REQUESTED' && <Button size="small" onClick={() => setDialog({ step: 'decline', booking: b })}>{t('decline')}</Button>}
            {side === 'unit' && b.status === 'CONFIRMED' && Date.parse(b.start) < Date.now() && <Button size="small" type="primary" onClick={() => setDialog({ step: 'record', booking: b })}>{t('recordUsage')}</Button>}
            {(b.status === 'REQUESTED' || b.status === 'CONFIRMED') && Date.parse(b.start) > Date.now() && <Button size="small" onClick={() => setDialog({ step: 'cancel', booking: b })}>{t('cancelBooking')}</Button>}
            {side === 'booker' && b.status === 'COMPLETED' && <Button size="small" type="primary" onClick={() => setDialog({ step: 'accept', booking: b })}>{t('accept')}</Button>}
            {side === 'booker' && b.usage && Number(b.usage.fee) > Number(b.usage.voucherPaid) && spendable(b).length > 0
              && <Button size="small" onClick={() => setDialog({ step: 'pay', booking: b })}>{t('payWithVoucher')}</Button>}
          </Space>
        ) },
      ]} />
      <ReasonModal title={dialog?.step === 'decline' ? t('decline') : t('cancelBooking')} open={dialog?.step === 'decline' || dialog?.step === 'cancel'}
                   onCancel={() => setDialog(null)} onOk={async (reason) => {
                     if (!dialog) return;
                     const step = dialog.step === 'decline' ? decline : cancel;
                     done((await step({ id: dialog.booking.id, v: dialog.booking.version, reason })).error);
                   }} />
      {dialog?.step === 'record' && <RecordUsageModal booking={dialog.booking} onClose={() => setDialog(null)} onDone={() => done(undefined)} />}
      {dialog?.step === 'accept' && <AcceptModal onClose={() => setDialog(null)} onOk={async (score, comment) =>
        done((await accept({ id: dialog.booking.id, v: dialog.booking.version, score, comment: comment || null })).error)} />}
      {dialog?.step === 'pay' && <PayModal booking={dialog.booking} vouchers={spendable(dialog.booking)} onClose={() => setDialog(null)} onDone={() => done(undefined)} />}
    </>
  );
}

function RecordUsageModal({ booking, onClose, onDone }: { booking: ListedBooking; onClose: () => void; onDone: () => void }) {
  const { t } = useInstrumentText();
  const [form] = Form.useForm();
  const [, record] = useMutation(Record);
  const [problems, setProblems] = useState<string[]>([]);
  const booked = (Date.parse(booking.end) - Date.parse(booking.start)) / 3_600_000;
  return (
    <Modal open title={`${t('recordUsage')} · ${booking.instrumentName}`} okText={t('submit')} onCancel={onClose} onOk={() => form.validateFields().then(async (v) => {
      const result = await record({ id: booking.id, v: booking.version, usage: {
        actualStart: (v.actualStart as Dayjs).toISOString(), actualEnd: (v.actualEnd as Dayjs).toISOString(),
        effectiveHours: String(v.effectiveHours), fee: String(v.fee), samples: v.samples ?? null } });
      if (result.error) setProblems(showAtFields(form, result.error, 'usage.')); else onDone();
    })}>
      {problems.length > 0 && <Alert type="error" showIcon role="alert" title={problems.join('；')} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ effectiveHours: booked, samples: booking.samples || null }}>
        <Form.Item name="actualStart" label={t('actualStart')} rules={[{ required: true }]}><DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" /></Form.Item>
        <Form.Item name="actualEnd" label={t('actualEnd')} rules={[{ required: true }]}><DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" /></Form.Item>
        <Form.Item name="effectiveHours" label={t('effectiveHours')} rules={[{ required: true }]}><InputNumber min={0} step={0.25} /></Form.Item>
        <Form.Item name="samples" label={t('samples')}><InputNumber min={0} precision={0} /></Form.Item>
        <Form.Item name="fee" label={t('fee')} rules={[{ required: true }]}><InputNumber min={0} style={{ width: 200 }} /></Form.Item>
      </Form>
    </Modal>
  );
}

function AcceptModal({ onClose, onOk }: { onClose: () => void; onOk: (score: number, comment: string) => void }) {
  const { t } = useInstrumentText();
  const [score, setScore] = useState(5);
  const [comment, setComment] = useState('');
  return (
    <Modal open title={t('accept')} okText={t('accept')} onCancel={onClose} onOk={() => onOk(score, comment.trim())}>
      <div id="accept-score">{t('score')}</div>
      <Rate value={score} onChange={(v) => setScore(v || 1)} aria-labelledby="accept-score" />
      <div><label htmlFor="accept-comment">{t('comment')}</label></div>
      <Input.TextArea id="accept-comment" rows={3} maxLength={500} value={comment} onChange={(e) => setComment(e.target.value)} />
    </Modal>
  );
}

function PayModal({ booking, vouchers, onClose, onDone }: { booking: ListedBooking; vouchers: SpendableVoucher[]; onClose: () => void; onDone: () => void }) {
  const { t, lang } = useInstrumentText();
  const [form] = Form.useForm();
  const [, pay] = useMutation(Pay);
  const [problems, setProblems] = useState<string[]>([]);
  const owed = Number(booking.usage?.fee ?? 0) - Number(booking.usage?.voucherPaid ?? 0);
  return (
    <Modal open title={`${t('payWithVoucher')} · ${booking.instrumentName}`} okText={t('payWithVoucher')} onCancel={onClose}
           onOk={() => form.validateFields().then(async (v) => {
             const result = await pay({ id: booking.id, v: booking.version, voucherId: v.voucherId, amount: String(v.amount) });
             if (result.error) setProblems(showAtFields(form, result.error, '')); else onDone();
           })}>
      {problems.length > 0 && <Alert type="error" showIcon role="alert" title={problems.join('；')} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ voucherId: vouchers[0]?.id }}>
        <Form.Item name="voucherId" label={t('voucher')} rules={[{ required: true }]}>
          <Select options={vouchers.map((v) => ({ value: v.id, label: `${v.number}（${t('balance')} ${money(v.balance, lang)}）` }))} />
        </Form.Item>
        <Form.Item name="amount" label={t('amount')} rules={[{ required: true }]}><InputNumber min={0.01} max={owed} style={{ width: 200 }} /></Form.Item>
      </Form>
    </Modal>
  );
}
