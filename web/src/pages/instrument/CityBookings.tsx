import { Card, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { BookingStatus } from '../../gql/graphql';
import { label } from '../../labels';
import { BookingTable } from './BookingTable';
import { BOOKING_STATUSES } from './instrumentLabels';
import { useInstrumentText } from './instrumentText';

const CityBookingsQuery = graphql(`
  query CityBookings($tenantId: ID!, $status: BookingStatus) {
    tenant(id: $tenantId) {
      id
      bookings(status: $status, first: 100) {
        edges { node { ...ListedBooking } }
      }
    }
  }
`);

const SHOWN: BookingStatus[] = ['REQUESTED', 'CONFIRMED', 'COMPLETED', 'ACCEPTED', 'DECLINED', 'CANCELLED'];

/** The city's bookings by status, for its operators: they act as the unit of the sub-market's own instruments, and oversee the rest. */
export function CityBookings({ tenantId }: { tenantId: string }) {
  const { t, lang } = useInstrumentText();
  const [status, setStatus] = useState<BookingStatus>('REQUESTED');
  const [{ data, fetching }, refetch] = useQuery({ query: CityBookingsQuery, variables: { tenantId, status }, requestPolicy: 'cache-and-network' });
  return (
    <Card title={<Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{t('cityBookings')}</Typography.Title>}
          extra={<Segmented aria-label={t('status')} value={status} onChange={(v) => setStatus(v as BookingStatus)}
                            options={SHOWN.map((s) => ({ value: s, label: label(BOOKING_STATUSES, s, lang) }))} />}>
      <BookingTable side="unit" bookings={(data?.tenant?.bookings?.edges ?? []).map((e) => e.node)} loading={fetching && !data}
                    onChanged={() => refetch({ requestPolicy: 'network-only' })} />
    </Card>
  );
}
