import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { BookingMode, Weekday } from '../../gql/graphql';
import { useAuth } from '../../auth';
import { label } from '../../labels';
import { showAtFields } from '../../components/ServerErrors';
import { BOOKING_MODES, WEEKDAYS } from './instrumentLabels';
import { useInstrumentText } from './instrumentText';

const CalendarQuery = graphql(`
  query InstrumentAvailability($tenantId: ID!, $instrumentId: ID!, $from: DateTime!, $to: DateTime!) {
    tenant(id: $tenantId) {
      id
      instrumentCalendar(instrumentId: $instrumentId, from: $from, to: $to) { openingHours { day opens closes } busy { kind start end } }
    }
  }
`);

const BookersQuery = graphql(`
  query InstrumentBookers($tenantId: ID!) { tenant(id: $tenantId) { id myMemberships { id name status } } }
`);

const BookInstrument = graphql(`
  mutation BookInstrument($tenantId: ID!, $input: BookingInput!, $memberId: ID) {
    bookInstrument(tenantId: $tenantId, input: $input, memberId: $memberId) { id status }
  }
`);

const DAYS: Weekday[] = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];
const STEP = 30;
const SHOWN_DAYS = 14;
const HORIZON_DAYS = 90;
const DAY_MS = 86_400_000;

/** Today's date in Beijing, and the dates after it: the market's days. */
function beijingDates(count: number): string[] {
  const today = Date.parse(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10));
  return Array.from({ length: count }, (_, i) => new Date(today + i * DAY_MS).toISOString().slice(0, 10));
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const midnight = (date: string) => Date.parse(`${date}T00:00:00+08:00`);
const weekday = (date: string) => DAYS[new Date(`${date}T12:00:00+08:00`).getUTCDay()];

interface Busy { kind: string; start: string; end: string }
interface Open { day: Weekday; opens: string; closes: string }

/** A day's opening window and its taken periods, in minutes after midnight (Beijing time). */
function dayPlan(date: string, opening: Open[], busy: Busy[]) {
  const open = opening.find((o) => o.day === weekday(date));
  const start = midnight(date);
  const taken = busy.map((b) => ({ kind: b.kind, from: (Date.parse(b.start) - start) / 60_000, to: (Date.parse(b.end) - start) / 60_000 }))
    .filter((b) => b.to > 0 && b.from < 24 * 60).map((b) => ({ ...b, from: Math.max(0, b.from), to: Math.min(24 * 60, b.to) }));
  return { open: open ? { from: minutes(open.opens), to: minutes(open.closes) } : null, taken };
}

/**
 * The instrument's next two weeks (open hours, taken and maintenance periods, not by whom) and the
 * booking form: a verified member of the instrument's city asks for a period on the 30-minute
 * steps of one day's opening hours; the server decides (PERIOD_TAKEN when someone was first).
 */
export function BookingPanel({ tenantId, instrumentId, bookable }: { tenantId: string; instrumentId: string; bookable: boolean }) {
  const { t, lang } = useInstrumentText();
  const { token, signIn } = useAuth();
  const dates = useMemo(() => beijingDates(HORIZON_DAYS), []);
  const range = useMemo(() => ({ from: new Date(midnight(dates[0])).toISOString(), to: new Date(midnight(dates[dates.length - 1]) + DAY_MS).toISOString() }), [dates]);
  const [{ data }, reload] = useQuery({ query: CalendarQuery, variables: { tenantId, instrumentId, ...range }, requestPolicy: 'cache-and-network' });
  const [{ data: bookers }] = useQuery({ query: BookersQuery, variables: { tenantId }, pause: !token });
  const [{ fetching }, book] = useMutation(BookInstrument);
  const [form] = Form.useForm();
  const [problems, setProblems] = useState<string[]>([]);
  const [done, setDone] = useState(false);
  const calendar = data?.tenant?.instrumentCalendar;
  const opening = calendar?.openingHours ?? [];
  const busy = calendar?.busy ?? [];
  const members = (bookers?.tenant?.myMemberships ?? []).filter((m) => m.status === 'VERIFIED');
  const date: Dayjs | undefined = Form.useWatch('date', form);
  const start: string | undefined = Form.useWatch('start', form);
  const mode: BookingMode | undefined = Form.useWatch('mode', form);
  const chosen = date?.format('YYYY-MM-DD');
  const plan = chosen ? dayPlan(chosen, opening, busy) : null;
  const now = (Date.now() - midnight(dates[0])) / 60_000;
  const free = (from: number, to: number) => !plan?.taken.some((b) => b.from < to && b.to > from) && (chosen !== dates[0] || from >= now);
  const starts = plan?.open ? range30(plan.open.from, plan.open.to - STEP).filter((m) => free(m, m + STEP)) : [];
  const ends = plan?.open && start ? range30(minutes(start) + STEP, plan.open.to).filter((m) => free(minutes(start), m)) : [];

  const submit = async (values: { memberId: string; mode: BookingMode; date: Dayjs; start: string; end: string; purpose: string; samples?: number }) => {
    setProblems([]);
    const day = values.date.format('YYYY-MM-DD');
    const result = await book({ tenantId, memberId: values.memberId, input: { instrumentId, mode: values.mode, start: `${day}T${values.start}:00+08:00`,
      end: `${day}T${values.end}:00+08:00`, purpose: values.purpose, samples: values.mode === 'SAMPLE_TESTING' ? values.samples ?? null : null } });
    if (result.error) {
      setProblems(showAtFields(form, result.error));
      reload({ requestPolicy: 'network-only' });
      return;
    }
    setDone(true);
    form.resetFields(['start', 'end', 'purpose', 'samples']);
    reload({ requestPolicy: 'network-only' });
  };

  return (
    <Card title={<Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{t('bookThis')}</Typography.Title>} style={{ marginTop: 16 }}>
      <Typography.Title level={3} style={{ fontSize: 14 }}>{t('availability')}</Typography.Title>
      <ul className="availability" aria-label={t('availability')}>
        {dates.slice(0, SHOWN_DAYS).map((d) => {
          const p = dayPlan(d, opening, busy);
          const shown = new Date(`${d}T12:00:00+08:00`).toLocaleDateString(lang === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: 'Asia/Shanghai', month: 'numeric', day: 'numeric' });
          return (
            <li key={d}>
              <span className="availability-day">{shown} {label(WEEKDAYS, weekday(d), lang)}</span>
              {p.open ? <>
                <span className="availability-bar" aria-hidden="true">
                  {p.taken.filter((b) => b.to > p.open!.from && b.from < p.open!.to).map((b, i) => {
                    const span = p.open!.to - p.open!.from;
                    const left = Math.max(0, b.from - p.open!.from) / span * 100;
                    const width = (Math.min(b.to, p.open!.to) - Math.max(b.from, p.open!.from)) / span * 100;
                    return <span key={i} className={b.kind === 'MAINTENANCE' ? 'busy maintenance' : 'busy'} style={{ left: `${left}%`, width: `${width}%` }} />;
                  })}
                </span>
                <span>{hhmm(p.open.from)}–{hhmm(p.open.to)}</span>
                {p.taken.map((b, i) => <span key={i} className="muted"> · {b.kind === 'MAINTENANCE' ? t('maintenance') : t('taken')} {hhmm(b.from)}–{hhmm(b.to)}</span>)}
              </> : <span className="muted">{t('closed')}</span>}
            </li>
          );
        })}
      </ul>
      {!bookable ? <Alert type="info" showIcon title={t('notBookable')} />
        : !token ? <Button type="primary" onClick={() => signIn(window.location.pathname)}>{t('signInToBook')}</Button>
          : members.length === 0 ? <Alert type="info" showIcon title={t('needMembership')} action={<Link to={`/me/${tenantId}/apply`}>{t('bookFor')}</Link>} />
            : (
              <>
                {done && <Alert type="success" showIcon role="status" title={t('booked')} action={<Link to="/me?tab=instruments">{t('seeBookings')}</Link>} style={{ marginBottom: 12 }} />}
                {problems.length > 0 && <Alert type="error" showIcon role="alert" title={problems.join('；')} style={{ marginBottom: 12 }} />}
                <Form form={form} layout="vertical" onFinish={submit} onValuesChange={() => setDone(false)}
                      initialValues={{ memberId: members[0]?.id, mode: 'ON_SITE', samples: 1 }}>
                  <Form.Item name="memberId" label={t('bookFor')} rules={[{ required: true }]}>
                    <Select options={members.map((m) => ({ value: m.id, label: m.name }))} />
                  </Form.Item>
                  <Form.Item name="mode" label={t('mode')} rules={[{ required: true }]}>
                    <Select options={Object.keys(BOOKING_MODES).map((m) => ({ value: m, label: label(BOOKING_MODES, m, lang) }))} />
                  </Form.Item>
                  <Space wrap align="start">
                    <Form.Item name="date" label={t('date')} rules={[{ required: true }]}>
                      <DatePicker onChange={() => form.resetFields(['start', 'end'])}
                                  disabledDate={(d) => { const iso = d.format('YYYY-MM-DD'); return !dates.includes(iso) || !dayPlan(iso, opening, []).open; }} />
                    </Form.Item>
                    <Form.Item name="start" label={t('from')} rules={[{ required: true }]}>
                      <Select style={{ width: 110 }} disabled={!chosen} onChange={() => form.resetFields(['end'])} options={starts.map((m) => ({ value: hhmm(m), label: hhmm(m) }))} />
                    </Form.Item>
                    <Form.Item name="end" label={t('to')} rules={[{ required: true }]}>
                      <Select style={{ width: 110 }} disabled={!start} options={ends.map((m) => ({ value: hhmm(m), label: hhmm(m) }))} />
                    </Form.Item>
                    {mode === 'SAMPLE_TESTING' && (
                      <Form.Item name="samples" label={t('samples')} rules={[{ required: true }]}><InputNumber min={1} precision={0} /></Form.Item>
                    )}
                  </Space>
                  <Form.Item name="purpose" label={t('purpose')} rules={[{ required: true }]}><Input.TextArea rows={2} /></Form.Item>
                  <Button type="primary" htmlType="submit" loading={fetching}>{t('submitBooking')}</Button>
                </Form>
              </>
            )}
    </Card>
  );
}

function range30(from: number, to: number): number[] {
  const first = Math.ceil(from / STEP) * STEP;
  return Array.from({ length: Math.max(0, Math.floor((to - first) / STEP) + 1) }, (_, i) => first + i * STEP);
}
