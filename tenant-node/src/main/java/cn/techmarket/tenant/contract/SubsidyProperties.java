package cn.techmarket.tenant.contract;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.validation.annotation.Validated;

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
@Validated
@ConfigurationProperties("market.node.subsidy")
public record SubsidyProperties(@DefaultValue List<@Valid Rule> rules) {

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
    public record Rule(@NotBlank String id, @DefaultValue List<String> tenants, @DefaultValue Set<ContractType> types,
                       @NotNull Contract.PartyRole recipient, @DefaultValue Set<PartyKind> partyKinds,
                       @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal share,
                       @DefaultValue("TECHNOLOGY_INCOME") Base base, @PositiveOrZero BigDecimal capPerContract,
                       @PositiveOrZero BigDecimal capPerPartyPerYear) {

        boolean appliesTo(String tenantId, Contract contract) {
            return (tenants.isEmpty() || tenants.contains(tenantId))
                    && (types.isEmpty() || types.contains(contract.type()))
                    && (partyKinds.isEmpty() || partyKinds.contains(contract.party(recipient).kind()));
        }
    }
}
