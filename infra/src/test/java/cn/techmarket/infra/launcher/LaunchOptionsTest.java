package cn.techmarket.infra.launcher;

import cn.techmarket.model.region.City;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LaunchOptionsTest {

    @Test
    void byDefaultThreeJilinCitiesAndTheHubOn8080() {
        LaunchOptions options = LaunchOptions.parse(new String[0], Map.of());

        assertThat(options.cities()).extracting(City::name).containsExactly("长春", "吉林", "四平");
        assertThat(options.hubPort()).isEqualTo(8080);
        assertThat(options.dataDir()).isEqualTo(Path.of(".province-data"));
    }

    @Test
    void allMeansJilinsNineCitiesAndCitiesMayBeNamedByRegionCode() {
        assertThat(LaunchOptions.parse(new String[] {"--cities=all"}, Map.of()).cities()).hasSize(9);
        assertThat(LaunchOptions.parse(new String[] {"--cities=222400,baishan"}, Map.of()).cities())
                .extracting(City::tenantId).containsExactly("yanbian", "baishan");
    }

    @Test
    void theMarketOfTheCitiesProvinceStartsBesideThemOnce() {
        assertThat(LaunchOptions.parse(new String[] {"--cities=changchun,siping"}, Map.of()).markets())
                .extracting(City::tenantId).containsExactly("jilin-province");
        assertThat(LaunchOptions.parse(new String[] {"--cities=shenyang,changchun"}, Map.of()).markets())
                .extracting(City::tenantId).containsExactly("liaoning-province", "jilin-province");
        assertThat(LaunchOptions.parse(new String[] {"--cities=jilin-province,jilin"}, Map.of()).markets()).as("named among the cities").isEmpty();
    }

    @Test
    void theEnvironmentSetsWhatTheCommandLineDoesNot() {
        LaunchOptions options = LaunchOptions.parse(new String[] {"--hub-port=9090"}, Map.of("HUB_PORT", "7070", "MARKET_CITIES", "shenyang"));

        assertThat(options.hubPort()).isEqualTo(9090);
        assertThat(options.cities()).extracting(City::name).containsExactly("沈阳");
    }

    @Test
    void badOptionsAreRefusedNamingTheOption() {
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--cities=gotham"}, Map.of())).hasMessageStartingWith("cities:");
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--hub-port=-1"}, Map.of())).hasMessageStartingWith("hub-port:");
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--hubport=1"}, Map.of())).hasMessageContaining("hubport");
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"verbose"}, Map.of())).hasMessageContaining("--name=value");
    }
}
