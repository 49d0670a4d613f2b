import { Card, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { BookingTable } from './BookingTable';
import { useInstrumentText } from './instrumentText';
import { UnitInstrumentTools } from './UnitInstrumentTools';
import { VoucherTable } from './VoucherTable';

const MyBookingsQuery = graphql(`
  query MyBookings($tenantId: ID!) {
    tenant(id: $tenantId) {
      id
      myMemberships { id kind status }
      bookings(first: 100) {
        edges { node { ...ListedBooking } }
      }
      vouchers { id number member memberName amount balance validUntil }
    }
  }
`);

/** Members who may manage instruments (管理单位). */
const UNIT_KINDS = ['UNIVERSITY', 'INSTITUTE', 'ENTERPRISE'];

/**
 * A member's instrument sharing at one city (仪器共享): their bookings, their innovation vouchers,
 * the bookings of the instruments their unit manages, and the unit's maintenance and monthly reports.
 */
export function MyBookings({ tenantId }: { tenantId: string }) {
  const { t } = useInstrumentText();
  const [{ data, fetching }, refetch] = useQuery({ query: MyBookingsQuery, variables: { tenantId }, requestPolicy: 'cache-and-network' });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const city = data?.tenant;
  const verified = (city?.myMemberships ?? []).filter((m) => m.status === 'VERIFIED');
  const mine = new Set(verified.map((m) => m.id));
  const bookings = (city?.bookings?.edges ?? []).map((e) => e.node);
  const vouchers = city?.vouchers ?? [];
  const unit = verified.some((m) => UNIT_KINDS.includes(m.kind));
  const asUnit = bookings.filter((b) => b.unit && mine.has(b.unit));
  const small = { margin: 0, fontSize: 16 } as const;

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card title={<Typography.Title level={2} style={small}>{t('myBookings')}</Typography.Title>} extra={<Link to="/search?kind=INSTRUMENT">{t('bookThis')}</Link>}>
        <BookingTable side="booker" bookings={bookings.filter((b) => mine.has(b.booker))} vouchers={vouchers} loading={fetching && !data} onChanged={reload} />
      </Card>
      {vouchers.length > 0 && (
        <Card title={<Typography.Title level={2} style={small}>{t('myVouchers')}</Typography.Title>}>
          <VoucherTable vouchers={vouchers} />
        </Card>
      )}
      {(unit || asUnit.length > 0) && (
        <Card title={<Typography.Title level={2} style={small}>{t('unitBookings')}</Typography.Title>}>
          <BookingTable side="unit" bookings={asUnit} loading={fetching && !data} onChanged={reload} />
        </Card>
      )}
      {unit && <UnitInstrumentTools tenantId={tenantId} />}
    </Space>
  );
}
