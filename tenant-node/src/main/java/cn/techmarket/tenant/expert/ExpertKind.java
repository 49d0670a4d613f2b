package cn.techmarket.tenant.expert;

import cn.techmarket.model.record.Industry;
import cn.techmarket.model.record.RecordKind;
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

import java.util.List;

/** 专家: experts enterprises may consult or meet. */
@Configuration(proxyBeanMethods = false)
public class ExpertKind {

    /** Never change it: every demo record of the kind would change with it. */
    private static final String DEMO_SEED = "expert";

    public static final Library<Expert> LIBRARY = new Library<>(RecordKind.EXPERT, "experts", Expert.class, "e");

    record ExpertFilter(Industry field, Boolean availableForConsulting) implements LibraryFilter {
        @Override
        public List<Criteria> criteria() {
            return LibraryFilter.conditions().equal("fields", field).equal("availableForConsulting", availableForConsulting).criteria();
        }
    }

    @Bean
    LibraryKind<Expert> experts() {
        return new LibraryKind<>(LIBRARY, "experts", ExpertInput.class, ExpertFilter.class, List.of("fields"),
                ExpertKind::search, ExpertKind::demo, 40);
    }

    /** An expert is found by name; the professional title is not searched. */
    static SearchEntry search(Expert expert) {
        return SearchEntry.titled(expert.name())
                .text(expert.bio(), expert.representativeAchievements(), expert.institution())
                .about(expert.fields())
                .available(expert.availableForConsulting())
                .publishedAt(expert.meta().publishedAt());
    }

    /** Public for benchmarks that judge matching against the demo's topics. */
    public static Expert demo(City city, int index) {
        DemoDice dice = new DemoDice(city, DEMO_SEED, index);
        DemoDice.Topic topic = dice.topic();
        String institution = dice.pick(Topics.INSTITUTIONS);
        String title = dice.pick(Topics.EXPERT_TITLES);
        return new Expert(
                DemoDice.localId("e", index), dice.meta(),
                dice.personName(), institution, title,
                List.of(topic.industry()),
                institution + title + "，长期从事" + String.join("、", topic.keywords()) + "方向研究，主持国家及省级科研项目多项。",
                List.of(topic.subject() + "研究"),
                dice.nextInt(5) != 0);
    }

    public static String demoTopic(City city, int index) {
        return new DemoDice(city, DEMO_SEED, index).topic().subject();
    }
}
