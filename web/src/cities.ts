import { useQuery } from 'urql';
import { graphql } from './gql';
import { useLang } from './i18n';

export const CitiesQuery = graphql(`
  query Cities {
    tenants { id name nameEn regionCode status }
  }
`);

/** The province's city markets as the hub's registry lists them. */
export function useCities() {
  const [{ data }] = useQuery({ query: CitiesQuery });
  return (data?.tenants ?? []).filter((tenant) => tenant.status === 'ACTIVE');
}

/** A city's name in the reader's language, from its tenant id. */
export function useCityNames(): (tenantId: string) => string {
  const { lang } = useLang();
  const cities = useCities();
  return (tenantId) => {
    const city = cities.find((c) => c.id === tenantId);
    return city ? (lang === 'en' ? city.nameEn ?? city.id : city.name) : tenantId;
  };
}
