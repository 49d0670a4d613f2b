import { Space, Tag, Typography } from 'antd';
import { graphql } from '../gql';
import type { ContractFactsFragment } from '../gql/graphql';
import { useLang } from '../i18n';
import { CONTRACT_STATUSES, PARTY_KINDS, label } from '../labels';
import { day, money } from '../format';

graphql(`
  fragment ContractFacts on Contract {
    id status version registrationNumber type title amount technologyIncome signedOn statusReason subsidyTotal registeredAt
    seller { name creditCode kind }
    buyer { name creditCode kind }
    subsidies { rule recipient amount capped }
    attachments { name sizeBytes }
  }
`);

const STATUS_CLASS: Record<string, string | undefined> = { REGISTERED: 'tag-ok', SUBMITTED: 'tag-wait', UNDER_REVIEW: 'tag-wait', RETURNED: 'tag-warn', REJECTED: 'tag-warn' };

/** What a contract is, where its registration stands, and the subsidies it earned: the same for the parties and the operators. */
export function ContractFacts({ contract }: { contract: ContractFactsFragment }) {
  const { t, lang } = useLang();
  return (
    <Space direction="vertical" size={2}>
      <Space size={4} wrap>
        <Tag className={STATUS_CLASS[contract.status]}>{label(CONTRACT_STATUSES, contract.status, lang)}</Tag>
        {contract.registrationNumber && <span>{t('registrationNumber')}：<Typography.Text copyable>{contract.registrationNumber}</Typography.Text></span>}
      </Space>
      <span>{t('seller')}：{contract.seller.name}（{label(PARTY_KINDS, contract.seller.kind, lang)}）→ {t('buyer')}：{contract.buyer.name}（{label(PARTY_KINDS, contract.buyer.kind, lang)}）</span>
      <span>{t('contractAmount')} {money(contract.amount, lang)} · {t('technologyIncome')} {money(contract.technologyIncome, lang)} · {t('signedOn')} {day(contract.signedOn, lang)}</span>
      {contract.attachments.length > 0 && <span className="muted">{t('attachments')}：{contract.attachments.map((a) => a.name).join('、')}</span>}
      {contract.statusReason && <span>{t('reason')}：{contract.statusReason}</span>}
      {contract.subsidies.length > 0 && (
        <span>{t('subsidies')}：{contract.subsidies.map((s) => `${s.rule} ${money(s.amount, lang)}${s.capped ? (lang === 'zh' ? '（已达上限）' : ' (capped)') : ''}`).join('；')}
          {' '}（{t('total')} {money(contract.subsidyTotal, lang)}）</span>
      )}
    </Space>
  );
}
