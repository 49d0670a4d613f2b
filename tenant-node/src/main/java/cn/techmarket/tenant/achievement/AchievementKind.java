package cn.techmarket.tenant.achievement;

import cn.techmarket.model.record.Industry;
import cn.techmarket.model.record.MaturityStage;
import cn.techmarket.model.record.RecordKind;
import cn.techmarket.model.record.TransferMode;
import cn.techmarket.model.region.City;
import cn.techmarket.tenant.demo.DemoDice;
import cn.techmarket.tenant.demo.Topics;
import cn.techmarket.tenant.library.Library;
import cn.techmarket.tenant.library.LibraryFilter;
import cn.techmarket.tenant.library.LibraryKind;
import cn.techmarket.tenant.library.SearchEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.query.Criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** 科技成果: technology achievements offered for transfer. */
@Configuration(proxyBeanMethods = false)
public class AchievementKind {

    /** Never change it: every demo record of the kind would change with it. */
    private static final String DEMO_SEED = "achievement";

    public static final Library<Achievement> LIBRARY = new Library<>(RecordKind.ACHIEVEMENT, "achievements", Achievement.class, "a");

    record AchievementFilter(Industry industry, MaturityStage maturity) implements LibraryFilter {
        @Override
        public List<Criteria> criteria() {
            return LibraryFilter.conditions().equal("industry", industry).equal("maturity", maturity).criteria();
        }
    }

    @Bean
    LibraryKind<Achievement> achievements() {
        return new LibraryKind<>(LIBRARY, "achievements", AchievementInput.class, AchievementFilter.class, List.of("industry"),
                AchievementKind::search, AchievementKind::demo, 120);
    }

    static SearchEntry search(Achievement achievement) {
        return SearchEntry.titled(achievement.title())
                .text(achievement.summary(), achievement.description(), achievement.ownerInstitution(), achievement.keywords())
                .industry(achievement.industry())
                .maturity(achievement.maturity(), null)
                .terms(achievement.transferModes(), achievement.askingPrice(), null)
                .trade(achievement.trade() == null ? null : achievement.trade().status().name(),
                        achievement.trade() == null ? null : achievement.trade().noticeEndsAt(),
                        achievement.trade() == null ? null : achievement.trade().bestBid())
                .publishedAt(achievement.meta().publishedAt());
    }

    /** The topic the demo achievement at this index was made from. */
    public static String demoTopic(City city, int index) {
        return new DemoDice(city, DEMO_SEED, index).topic().subject();
    }

    /** Public for benchmarks that judge matching against the demo's topics. */
    public static Achievement demo(City city, int index) {
        DemoDice dice = new DemoDice(city, DEMO_SEED, index);
        DemoDice.Topic topic = dice.topic();
        String institution = dice.pick(Topics.INSTITUTIONS);
        String title = topic.subject() + dice.pick(Topics.TITLE_SUFFIXES);
        MaturityStage maturity = dice.pick(List.of(MaturityStage.values()));
        List<Patent> patents = new ArrayList<>();
        for (int p = 0, n = dice.nextInt(3); p < n; p++) {
            patents.add(new Patent("ZL" + (2015 + dice.nextInt(9)) + "1" + String.format("%07d", dice.nextInt(10_000_000)) + "." + dice.nextInt(10),
                    dice.pick(List.of(Patent.PatentType.values())),
                    dice.nextInt(5) == 0 ? Patent.PatentStatus.PENDING : Patent.PatentStatus.GRANTED));
        }
        BigDecimal price = dice.nextInt(4) == 0 ? null
                : BigDecimal.valueOf(5 + dice.nextInt(500)).multiply(BigDecimal.valueOf(10_000)).setScale(2);
        return new Achievement(
                DemoDice.localId("a", index), dice.meta(),
                title,
                institution + "研发的" + title + "，面向" + topic.industry().label() + "产业，已完成" + maturity.label() + "阶段验证。",
                "本成果针对" + topic.problem() + "等问题，围绕" + String.join("、", topic.keywords())
                        + "开展系统研究，形成了具有自主知识产权的核心技术，可在" + city.name() + "及全省相关企业推广应用。",
                topic.industry(), topic.keywords(), maturity, patents, institution,
                List.of(dice.personName(), dice.personName()),
                dice.pickSome(List.of(TransferMode.values())),
                price,
                dice.contact(),
                null);
    }
}
