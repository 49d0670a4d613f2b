package cn.techmarket.model.demo;

import cn.techmarket.model.record.Achievement;
import cn.techmarket.model.record.Lifecycle;
import cn.techmarket.model.region.Provinces;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DemoLibraryTest {

    private final DemoLibrary changchun = new DemoLibrary(Provinces.JILIN.get(0));
    private final DemoLibrary jilin = new DemoLibrary(Provinces.JILIN.get(1));

    @Test
    void theSameCityAndIndexAlwaysGiveTheSameRecord() {
        assertThat(changchun.achievement(42)).isEqualTo(new DemoLibrary(Provinces.JILIN.get(0)).achievement(42));
        assertThat(changchun.demand(7)).isEqualTo(changchun.demand(7));
    }

    @Test
    void citiesGetDifferentLibraries() {
        assertThat(changchun.achievements(20).map(Achievement::title).toList())
                .isNotEqualTo(jilin.achievements(20).map(Achievement::title).toList());
    }

    @Test
    void recordsArePublishedChineseListingsOwnedByTheirCity() {
        List<Achievement> achievements = changchun.achievements(200).toList();

        assertThat(achievements).allSatisfy(a -> {
            assertThat(a.meta().tenantId()).isEqualTo("changchun");
            assertThat(a.meta().lifecycle()).isEqualTo(Lifecycle.PUBLISHED);
            assertThat(a.title()).matches(".*\\p{IsHan}.*");
            assertThat(a.transferModes()).isNotEmpty();
            if (a.askingPrice() != null) {
                assertThat(a.askingPrice().signum()).isPositive();
                assertThat(a.askingPrice().scale()).isEqualTo(2);
            }
        });
        assertThat(achievements).extracting(Achievement::id).doesNotHaveDuplicates();
        assertThat(achievements.stream().map(Achievement::industry).distinct().count()).isGreaterThan(10);
    }

    @Test
    void largeLibrariesAreGeneratedLazily() {
        assertThat(changchun.achievements(150_000).skip(149_999).findFirst()).get()
                .extracting(Achievement::id).isEqualTo("a0149999");
    }
}
