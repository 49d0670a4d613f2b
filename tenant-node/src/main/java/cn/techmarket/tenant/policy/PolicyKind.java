package cn.techmarket.tenant.policy;

import cn.techmarket.model.record.Industry;
import cn.techmarket.model.record.RecordKind;
import cn.techmarket.model.region.City;
import cn.techmarket.tenant.demo.DemoDice;
import cn.techmarket.tenant.library.Library;
import cn.techmarket.tenant.library.LibraryFilter;
import cn.techmarket.tenant.library.LibraryKind;
import cn.techmarket.tenant.library.SearchEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.query.Criteria;

import java.time.LocalDate;
import java.util.List;

/** 政策发布: the policy documents a market publishes, searchable and shown beside the records they apply to. */
@Configuration(proxyBeanMethods = false)
public class PolicyKind {

    /** Never change it: every demo record of the kind would change with it. */
    private static final String DEMO_SEED = "policy";

    public static final Library<Policy> LIBRARY = new Library<>(RecordKind.POLICY, "policies", Policy.class, "p");

    record PolicyFilter(Policy.Level level, Policy.Type type, Industry industry) implements LibraryFilter {
        @Override
        public List<Criteria> criteria() {
            return LibraryFilter.conditions().equal("level", level).equal("type", type).equal("industries", industry).criteria();
        }
    }

    @Bean
    LibraryKind<Policy> policies() {
        return new LibraryKind<>(LIBRARY, "policies", PolicyInput.class, PolicyFilter.class, List.of("type"),
                PolicyKind::search, PolicyKind::demo, TEMPLATES.size());
    }

    static SearchEntry search(Policy policy) {
        return SearchEntry.titled(policy.title())
                .text(policy.issuer(), policy.documentNumber(), policy.level().label(), policy.type().label(), policy.regions(), policy.summary(),
                        policy.fullText())
                .about(policy.industries())
                .publishedAt(policy.meta().publishedAt());
    }

    /** A city's demo policies, after the kinds the provinces' replies name (成果转化, 奖补, 创新券, 仪器共享, 人才, 金融). */
    private record Template(String title, Policy.Type type, List<Industry> industries, List<String> subsidyRules, String summary) {
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template("%s促进科技成果转化实施办法", Policy.Type.TRANSFER, List.of(), List.of("enterprise-technology-purchase", "research-transfer-seller"),
                    "鼓励高校、科研院所以转让、许可、作价投资等方式向企业转移科技成果；企业购买科技成果并在本地转化的，按技术交易额给予后补助；"
                            + "高校、科研院所转让成果的，按技术合同登记的技术交易额给予奖励。"),
            new Template("%s技术合同认定登记奖补实施细则", Policy.Type.SUBSIDY, List.of(), List.of("enterprise-technology-purchase"),
                    "经技术合同登记机构认定登记的技术开发、转让、许可合同，买方企业按技术交易额的5%申请奖补，单份合同最高50万元，每家企业每年最高100万元。"),
            new Template("%s科技创新券实施管理办法", Policy.Type.SHARING, List.of(), List.of(),
                    "向科技型中小企业发放科技创新券，用于购买大型科研仪器共享服务、检验检测和技术开发服务；创新券可抵扣服务费用的50%。"),
            new Template("%s大型科研仪器开放共享后补助办法", Policy.Type.SHARING, List.of(), List.of(),
                    "对纳入共享平台、公开开放共享制度、对外服务机时达到要求的管理单位，按年度绩效考核等级和对外服务机时给予后补助。"),
            new Template("%s汽车及零部件产业关键技术攻关支持办法", Policy.Type.SUBSIDY, List.of(Industry.AUTOMOTIVE, Industry.ADVANCED_EQUIPMENT), List.of(),
                    "支持整车及零部件企业联合高校院所开展关键核心技术攻关，对企业出题、协同攻关并通过验收的项目给予研发费用补助。"),
            new Template("%s生物医药和现代中药产业创新发展若干措施", Policy.Type.GENERAL, List.of(Industry.BIOMEDICINE, Industry.MODERN_CHINESE_MEDICINE), List.of(),
                    "支持创新药、医疗器械和中药新药研发及成果本地转化，对取得临床批件、注册证书并在本地产业化的项目给予分阶段奖励。"),
            new Template("%s高层次科技人才创新创业激励办法", Policy.Type.TALENT, List.of(), List.of(),
                    "科技人员以成果转化收益奖励、技术入股等方式获得的收益不低于70%；对带成果来本地创办企业的高层次人才给予启动资金支持。"),
            new Template("%s知识产权质押融资风险补偿办法", Policy.Type.FINANCE, List.of(), List.of(),
                    "设立知识产权质押融资风险补偿资金，对合作银行向科技型中小企业发放的专利权质押贷款，按实际损失给予一定比例补偿，并对企业给予贴息。"));

    static Policy demo(City city, int index) {
        DemoDice dice = new DemoDice(city, DEMO_SEED, index);
        Template template = TEMPLATES.get(index % TEMPLATES.size());
        int year = 2021 + dice.nextInt(4);
        LocalDate issued = LocalDate.of(year, 1 + dice.nextInt(12), 1 + dice.nextInt(28));
        // the province's own market publishes the province's policies (省级); a city's, its own (市级)
        boolean province = city.isProvinceMarket();
        String area = province ? city.name() : city.name() + "市";
        String number = (province ? city.name().charAt(0) + "政办发〔" : city.name().charAt(0) + "府办发〔") + year + "〕" + (3 + dice.nextInt(60)) + "号";
        return new Policy(DemoDice.localId("p", index), dice.meta(), String.format(template.title(), area), area + "人民政府办公厅", number,
                province ? Policy.Level.PROVINCE : Policy.Level.CITY, template.type(),
                issued, issued.plusDays(30), template.type() == Policy.Type.TALENT ? null : issued.plusYears(5),
                List.of(province ? "全省" : area), template.industries(), template.summary(),
                template.summary() + "\n本办法由" + area + (province ? "科学技术厅" : "科学技术局") + "负责解释，自发布之日起30日后施行。", null,
                template.subsidyRules());
    }
}
