import { Table } from 'antd';
import { day, money } from '../../format';
import { useInstrumentText } from './instrumentText';

interface ListedVoucher { id: string; number: string; memberName: string; amount: string; balance: string; validUntil: string }

/** Innovation vouchers (创新券): number, enterprise, amount, what is left and until when; as the enterprise and province staff see them. */
export function VoucherTable({ vouchers }: { vouchers: ListedVoucher[] }) {
  const { t, lang } = useInstrumentText();
  return (
    <Table size="small" rowKey="id" dataSource={vouchers} pagination={{ pageSize: 10, hideOnSinglePage: true }} scroll={{ x: true }}
           locale={{ emptyText: t('none') }} columns={[
      { title: t('voucher'), dataIndex: 'number' },
      { title: t('enterprise'), dataIndex: 'memberName' },
      { title: t('amount'), dataIndex: 'amount', align: 'right', render: (v: string) => money(v, lang) },
      { title: t('balance'), dataIndex: 'balance', align: 'right', render: (v: string) => money(v, lang) },
      { title: t('validUntil'), dataIndex: 'validUntil', render: (v: string) => day(v, lang) },
    ]} />
  );
}
