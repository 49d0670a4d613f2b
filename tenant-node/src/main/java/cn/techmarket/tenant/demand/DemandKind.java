package cn.techmarket.tenant.demand;

import cn.techmarket.model.record.Industry;
import cn.techmarket.model.record.MaturityStage;
import cn.techmarket.model.record.RecordKind;
import cn.techmarket.model.record.TransferMode;
import cn.techmarket.model.region.City;
import cn.techmarket.tenant.demo.DemoDice;
import cn.techmarket.tenant.demo.Topics;
import cn.techmarket.tenant.library.Contact;
import cn.techmarket.tenant.library.Library;
import cn.techmarket.tenant.library.LibraryFilter;
import cn.techmarket.tenant.library.LibraryKind;
import cn.techmarket.tenant.library.SearchEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.query.Criteria;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** 技术需求: problems enterprises want solved. */
@Configuration(proxyBeanMethods = false)
public class DemandKind {

    /** Never change it: every demo record of the kind would change with it. */
    private static final String DEMO_SEED = "demand";

    public static final Library<Demand> LIBRARY = new Library<>(RecordKind.DEMAND, "demands", Demand.class, "d");

    record DemandFilter(Industry industry) implements LibraryFilter {
        @Override
        public List<Criteria> criteria() {
            return LibraryFilter.conditions().equal("industry", industry).criteria();
        }
    }

    @Bean
    LibraryKind<Demand> demands() {
        return new LibraryKind<>(LIBRARY, "demands", DemandInput.class, DemandFilter.class, List.of("industry"),
                DemandKind::search, DemandKind::demo, 60);
    }

    static SearchEntry search(Demand demand) {
        return SearchEntry.titled(demand.title())
                .text(demand.problem(), demand.expectedOutcome(), demand.enterpriseName())
                .industry(demand.industry())
                .maturity(null, demand.minMaturity())
                .terms(demand.transferModes(), demand.budgetMax(), demand.budgetMin())
                .publishedAt(demand.meta().publishedAt());
    }

    /** Public for benchmarks that judge matching against the demo's topics. */
    public static Demand demo(City city, int index) {
        DemoDice dice = new DemoDice(city, DEMO_SEED, index);
        DemoDice.Topic topic = dice.topic();
        String enterprise = dice.pick(Topics.ENTERPRISES);
        BigDecimal min = BigDecimal.valueOf(10 + dice.nextInt(200)).multiply(BigDecimal.valueOf(10_000)).setScale(2);
        BigDecimal max = min.multiply(BigDecimal.valueOf(2 + dice.nextInt(3)));
        LocalDate deadline = LocalDate.of(2025, 1, 1).plusDays(dice.nextInt(540));
        Contact contact = dice.contact();
        // drawn last, so the fields above stay what they were before demands had them
        MaturityStage minMaturity = dice.pick(Arrays.asList(null, MaturityStage.BENCH, MaturityStage.PILOT, MaturityStage.INDUSTRIAL));
        List<TransferMode> transferModes = dice.nextInt(3) == 0 ? List.of() : dice.pickSome(List.of(TransferMode.values()));
        return new Demand(
                DemoDice.localId("d", index), dice.meta(),
                "寻求" + topic.subject() + "技术合作",
                enterprise + "在生产中面临" + topic.problem() + "的问题，希望引进" + String.join("、", topic.keywords()) + "相关技术。",
                topic.industry(),
                "形成可量产的" + topic.subject() + "方案，关键指标达到国内先进水平",
                min, max, deadline,
                enterprise,
                enterprise + "是吉林省" + topic.industry().label() + "领域的重点企业，设有省级企业技术中心。",
                contact, minMaturity, transferModes);
    }

    /** The topic the demo demand at this index was made from. */
    public static String demoTopic(City city, int index) {
        return new DemoDice(city, DEMO_SEED, index).topic().subject();
    }
}
