import { Alert } from 'antd';
import type { CombinedError } from 'urql';
import { missingCities } from '../api';
import { useLang } from '../i18n';
import { useCityNames } from '../cities';

/** When the hub names cities that could not answer, says which, above the results of the rest: the page never goes blank. */
export function MissingCities({ error }: { error: CombinedError | undefined }) {
  const { t } = useLang();
  const names = useCityNames();
  const cities = missingCities(error);
  if (cities.length === 0) return null;
  return <Alert type="warning" showIcon role="status" style={{ marginBottom: 16 }}
                title={`${t('missingCities')}${cities.map((city) => names(city)).join('、')}`} />;
}
