package cn.techmarket.tenant.demo;

import cn.techmarket.model.region.City;
import cn.techmarket.model.region.Provinces;
import cn.techmarket.tenant.achievement.Achievement;
import cn.techmarket.tenant.achievement.AchievementKind;
import cn.techmarket.tenant.demand.DemandKind;
import cn.techmarket.tenant.library.Lifecycle;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class DemoRecordsTest {

    private final City changchun = Provinces.JILIN.get(0);
    private final City jilin = Provinces.JILIN.get(1);

    @Test
    void theSameCityAndIndexAlwaysGiveTheSameRecord() {
        assertThat(AchievementKind.demo(changchun, 42)).isEqualTo(AchievementKind.demo(Provinces.JILIN.get(0), 42));
        assertThat(DemandKind.demo(changchun, 7)).isEqualTo(DemandKind.demo(changchun, 7));
    }

    @Test
    void citiesGetDifferentLibraries() {
        assertThat(achievements(changchun, 20).stream().map(Achievement::title).toList())
                .isNotEqualTo(achievements(jilin, 20).stream().map(Achievement::title).toList());
    }

    @Test
    void recordsArePublishedChineseListingsOwnedByTheirCity() {
        List<Achievement> achievements = achievements(changchun, 200);

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
    void anyRecordOfALargeLibraryIsMadeOnItsOwn() {
        assertThat(AchievementKind.demo(changchun, 149_999).id()).isEqualTo("a0149999");
    }

    @Test
    void aDemoRecordIsMadeFromTheTopicItsKindReports() {
        Achievement achievement = AchievementKind.demo(changchun, 3);
        assertThat(achievement.title()).startsWith(AchievementKind.demoTopic(changchun, 3));
    }

    private static List<Achievement> achievements(City city, int count) {
        return IntStream.range(0, count).mapToObj(index -> AchievementKind.demo(city, index)).toList();
    }
}
