package cn.techmarket.tenant.financing;

import cn.techmarket.model.record.Industry;

import java.math.BigDecimal;
import java.util.List;

/**
 * A financing product (金融产品). Amounts in CNY, rates in percent per year, all exact.
 *
 * @param termMonths the longest term offered, in months
 */
public record FinancingProduct(
        String name,
        ProductType type,
        BigDecimal amountMin,
        BigDecimal amountMax,
        BigDecimal rateMin,
        BigDecimal rateMax,
        int termMonths,
        List<Industry> targetIndustries,
        List<EnterpriseStage> enterpriseStages) {

    public enum ProductType {
        LOAN("贷款"), EQUITY("股权投资"), INSURANCE("科技保险"), GUARANTEE("融资担保");

        private final String label;

        ProductType(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum EnterpriseStage {
        SEED("种子期"), STARTUP("初创期"), GROWTH("成长期"), MATURE("成熟期");

        private final String label;

        EnterpriseStage(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
