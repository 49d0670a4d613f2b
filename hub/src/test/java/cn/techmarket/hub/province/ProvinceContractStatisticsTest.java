package cn.techmarket.hub.province;

import cn.techmarket.hub.federation.TenantAnswer;
import cn.techmarket.hub.province.ProvinceContractStatistics.CityContractTotals;
import cn.techmarket.model.contract.ContractTotals.PartyTotals;
import cn.techmarket.model.contract.ContractTotals.TypeTotals;
import cn.techmarket.model.contract.ContractType;
import cn.techmarket.model.region.TenantId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How the province adds up what each city reports of its registered contracts, read as the cities send it. */
class ProvinceContractStatisticsTest {

    @Test
    void theProvinceIsTheExactSumOfItsCities() {
        CityContractTotals changchun = reported("changchun", "1200000.10", "300000", "1000000.00", 3, "DEVELOPMENT", 3, "长春光机所", "91220100A");
        CityContractTotals jilin = reported("jilin", "800000.20", "100000", "0", 2, "DEVELOPMENT", 2, "长春光机所", "91220100A");

        ProvinceContractStatistics province = ProvinceContractStatistics.sum(2026, List.of(changchun, jilin));

        assertThat(province.registered()).isEqualTo(5);
        assertThat(province.turnover()).isEqualByComparingTo("2000000.30");
        assertThat(province.subsidiesPaid()).isEqualByComparingTo("400000");
        assertThat(province.previousYear().turnover()).isEqualByComparingTo("1000000.00");
        assertThat(province.turnoverGrowthPercent()).isEqualTo(100.0);
        assertThat(province.byType()).filteredOn(t -> t.type() == ContractType.DEVELOPMENT).singleElement()
                .satisfies(t -> assertThat(t.registered()).isEqualTo(5));
        assertThat(province.byType()).extracting(TypeTotals::type).containsExactly(ContractType.values());
        assertThat(province.byMonth()).hasSize(12);
        assertThat(province.byMonth().get(2).registered()).isEqualTo(5);
        // the same seller in two cities is one seller in the province
        assertThat(province.topSellers()).singleElement().satisfies(seller -> {
            assertThat(seller.registered()).isEqualTo(5);
            assertThat(seller.turnover()).isEqualByComparingTo("2000000.30");
        });
    }

    @Test
    void aCityWithoutAPreviousYearHasNoGrowthFigure() {
        CityContractTotals city = reported("siping", "5000", "0", "0", 1, "SERVICE", 1, "四平某公司", "91220300B");

        assertThat(city.turnoverGrowthPercent()).isNull();
        assertThat(city.topSellers()).extracting(PartyTotals::name).containsExactly("四平某公司");
    }

    /** A city's answer to the contractStatistics operation, as JSON gives it: decimals as strings, enums by name. */
    private static CityContractTotals reported(String city, String turnover, String subsidies, String previousTurnover, int registered,
                                               String type, int inMarch, String seller, String sellerCode) {
        Map<String, Object> figures = Map.of(
                "year", 2026, "registered", registered, "turnover", turnover, "technologyIncome", turnover, "subsidiesPaid", subsidies,
                "previousYear", Map.of("year", 2025, "registered", 1, "turnover", previousTurnover),
                "byType", List.of(Map.of("type", type, "registered", registered, "turnover", turnover)),
                "byMonth", List.of(Map.of("month", 3, "registered", inMarch, "turnover", turnover)),
                "topSellers", List.of(Map.of("name", seller, "creditCode", sellerCode, "registered", registered, "turnover", turnover)),
                "topBuyers", List.of());
        TenantAnswer answer = new TenantAnswer(TenantId.of(city), Map.of("contractStatistics", figures), List.of());
        return CityContractTotals.of(city, city, answer.field("contractStatistics", ProvinceContractStatistics.Reported.class));
    }

    @Test
    void figuresCarryTheirExactDecimals() {
        assertThat(reported("changchun", "0.10", "0", "0", 1, "LICENSE", 1, "x", "c").turnover()).isEqualTo(new BigDecimal("0.10"));
    }
}
