import { useQuery } from 'urql';
import { graphql } from './gql';
import { useLang } from './i18n';

export const CitiesQuery = graphql(`
  query Cities {
    tenants { id name nameEn regionCode status }
  }
`);

/** Every market in service as the hub's registry lists them: the cities' and the province's own. */
function useMarkets() {
  const [{ data }] = useQuery({ query: CitiesQuery });
  return (data?.tenants ?? []).filter((tenant) => tenant.status === 'ACTIVE');
}

/** A province's own market (省本级): its administrative code ends in 0000. */
const provinceLevel = (market: { regionCode: string }) => market.regionCode.endsWith('0000');

/** The province's city markets (市州), where members belong and list; the province's own market is not one. */
export function useCities() {
  return useMarkets().filter((market) => !provinceLevel(market));
}

/** The province's own markets (省本级): where its challenge lists and policies are. */
export function useProvinceMarkets() {
  return useMarkets().filter(provinceLevel);
}

/** A city's name in the reader's language, from its tenant id. */
export function useCityNames(): (tenantId: string) => string {
  const { lang } = useLang();
  const cities = useMarkets();
  return (tenantId) => {
    const city = cities.find((c) => c.id === tenantId);
    return city ? (lang === 'en' ? city.nameEn ?? city.id : city.name) : tenantId;
  };
}
