package cn.techmarket.tenant.contract;

import cn.techmarket.model.contract.ContractType;
import cn.techmarket.model.contract.PartyKind;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The subsidy (奖补 / 后补助) rules, as configuration a province changes without code. Each
 * registered contract earns, for every rule that fits it, {@code share} of its base amount for
 * the rule's recipient, cut to the cap per contract and to what is left of the recipient's cap
 * for the year under that rule.
 *
 * @param rules in the order they are applied
 */
@ConfigurationProperties("market.node.subsidy")
public record SubsidyProperties(@DefaultValue List<Rule> rules) {

    public SubsidyProperties {
        rules.forEach(Rule::check);
    }

    /** What a share is taken of. */
    public enum Base { AMOUNT, TECHNOLOGY_INCOME }

    /**
     * @param id                 stored with each grant, e.g. {@code jilin-2024-transfer-buyer}
     * @param tenants            the sub-markets it applies in; empty for all
     * @param types              contract types it applies to; empty for all
     * @param recipient          the party that receives it
     * @param partyKinds         kinds of recipient it applies to; empty for all
     * @param share              e.g. {@code 0.03} for 3 %
     * @param capPerContract     at most this per contract, CNY; none when absent
     * @param capPerPartyPerYear at most this per recipient and registration year under this rule, CNY
     */
    public record Rule(String id, @DefaultValue List<String> tenants, @DefaultValue Set<ContractType> types,
                       Contract.PartyRole recipient, @DefaultValue Set<PartyKind> partyKinds, BigDecimal share,
                       @DefaultValue("TECHNOLOGY_INCOME") Base base, BigDecimal capPerContract, BigDecimal capPerPartyPerYear) {

        void check() {
            if (id == null || id.isBlank() || recipient == null || share == null
                    || share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("market.node.subsidy.rules: " + id
                        + " needs an id, a recipient and a share between 0 and 1");
            }
        }

        boolean appliesTo(String tenantId, Contract contract) {
            return (tenants.isEmpty() || tenants.contains(tenantId))
                    && (types.isEmpty() || types.contains(contract.type()))
                    && (partyKinds.isEmpty() || partyKinds.contains(contract.party(recipient).kind()));
        }
    }
}
