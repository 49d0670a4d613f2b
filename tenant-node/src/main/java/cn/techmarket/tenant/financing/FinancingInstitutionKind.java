package cn.techmarket.tenant.financing;

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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** 金融机构: banks, guarantors, insurers and investors with their products for technology firms. */
@Configuration(proxyBeanMethods = false)
public class FinancingInstitutionKind {

    /** Never change it: every demo record of the kind would change with it. */
    private static final String DEMO_SEED = "financing";

    public static final Library<FinancingInstitution> LIBRARY =
            new Library<>(RecordKind.FINANCING_INSTITUTION, "financing_institutions", FinancingInstitution.class, "f");

    record FinancingInstitutionFilter(FinancingInstitution.InstitutionType type) implements LibraryFilter {
        @Override
        public List<Criteria> criteria() {
            return LibraryFilter.conditions().equal("type", type).criteria();
        }
    }

    @Bean
    LibraryKind<FinancingInstitution> financingInstitutions() {
        return new LibraryKind<>(LIBRARY, "financingInstitutions", FinancingInstitutionInput.class, FinancingInstitutionFilter.class,
                List.of(), FinancingInstitutionKind::search, FinancingInstitutionKind::demo, 10);
    }

    /** Found by its products too: what they are called, which industries they serve, how much they lend or invest. */
    static SearchEntry search(FinancingInstitution institution) {
        List<FinancingProduct> products = institution.products();
        return SearchEntry.titled(institution.name())
                .text(institution.description(), products.stream().map(FinancingProduct::name).toList())
                .about(products.stream().flatMap(product -> product.targetIndustries().stream()).toList())
                .amounts(products.stream().map(FinancingProduct::amountMin).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null),
                        products.stream().map(FinancingProduct::amountMax).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null))
                .publishedAt(institution.meta().publishedAt());
    }

    static FinancingInstitution demo(City city, int index) {
        DemoDice dice = new DemoDice(city, DEMO_SEED, index);
        FinancingInstitution.InstitutionType type = dice.pick(List.of(FinancingInstitution.InstitutionType.values()));
        String name = dice.pick(Topics.FINANCIERS) + city.name() + dice.pick(Topics.BRANCH_SUFFIXES);
        List<FinancingProduct> products = new ArrayList<>();
        for (int p = 0, n = 1 + dice.nextInt(3); p < n; p++) {
            BigDecimal min = BigDecimal.valueOf(10 + dice.nextInt(90)).multiply(BigDecimal.valueOf(10_000)).setScale(2);
            BigDecimal rate = BigDecimal.valueOf(300 + dice.nextInt(300), 2);
            FinancingProduct.ProductType productType = switch (type) {
                case VENTURE_CAPITAL -> FinancingProduct.ProductType.EQUITY;
                case INSURANCE -> FinancingProduct.ProductType.INSURANCE;
                case GUARANTEE -> FinancingProduct.ProductType.GUARANTEE;
                default -> FinancingProduct.ProductType.LOAN;
            };
            boolean equity = productType == FinancingProduct.ProductType.EQUITY;
            products.add(new FinancingProduct(
                    dice.pick(Topics.PRODUCT_NAMES) + (p + 1) + "号", productType,
                    min, min.multiply(BigDecimal.valueOf(10 + dice.nextInt(40))),
                    equity ? null : rate,
                    equity ? null : rate.add(BigDecimal.valueOf(150, 2)),
                    12 * (1 + dice.nextInt(5)),
                    List.of(dice.pick(DemoDice.INDUSTRIES), dice.pick(DemoDice.INDUSTRIES)).stream().distinct().toList(),
                    dice.pickSome(List.of(FinancingProduct.EnterpriseStage.values()))));
        }
        return new FinancingInstitution(DemoDice.localId("f", index), dice.meta(), name, type,
                name + "面向科技型中小企业提供" + type.label() + "服务，支持成果转化与产业化项目。", products, dice.contact());
    }
}
