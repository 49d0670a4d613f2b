package cn.techmarket.tenant.serviceinstitution;

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

/** 技术转移服务机构: technology transfer, legal, patent agency, evaluation and testing services. */
@Configuration(proxyBeanMethods = false)
public class ServiceInstitutionKind {

    /** Never change it: every demo record of the kind would change with it. */
    private static final String DEMO_SEED = "service";

    public static final Library<ServiceInstitution> LIBRARY =
            new Library<>(RecordKind.SERVICE_INSTITUTION, "service_institutions", ServiceInstitution.class, "s");

    record ServiceInstitutionFilter(ServiceInstitution.ServiceType type) implements LibraryFilter {
        @Override
        public List<Criteria> criteria() {
            return LibraryFilter.conditions().equal("type", type).criteria();
        }
    }

    @Bean
    LibraryKind<ServiceInstitution> serviceInstitutions() {
        return new LibraryKind<>(LIBRARY, "serviceInstitutions", ServiceInstitutionInput.class, ServiceInstitutionFilter.class,
                List.of(), ServiceInstitutionKind::search, ServiceInstitutionKind::demo, 10);
    }

    static SearchEntry search(ServiceInstitution institution) {
        return SearchEntry.titled(institution.name())
                .text(institution.description(), institution.services())
                .publishedAt(institution.meta().publishedAt());
    }

    static ServiceInstitution demo(City city, int index) {
        DemoDice dice = new DemoDice(city, DEMO_SEED, index);
        ServiceInstitution.ServiceType type = dice.pick(List.of(ServiceInstitution.ServiceType.values()));
        String name = city.name() + dice.pick(Topics.SERVICE_NAME_STEMS) + type.label() + "中心";
        return new ServiceInstitution(DemoDice.localId("s", index), dice.meta(), name, type,
                name + "为企业、高校和科研院所提供" + type.label() + "服务。",
                List.of(type.label() + "咨询", "成果评价", "技术合同登记辅导"),
                List.of(dice.pick(DemoDice.INDUSTRIES)),
                dice.nextBoolean() ? "国家技术转移示范机构" : "省级技术转移服务机构",
                dice.contact());
    }
}
