package cn.techmarket.tenant.contract;

import cn.techmarket.model.contract.ContractStatus;
import cn.techmarket.model.contract.ContractType;
import cn.techmarket.model.contract.PartyKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** One grant, by the numbers: share of the base, rounded to the fen, cut by each cap. */
class SubsidyCalculatorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                   | base              | share | amount     | income     | per contract | per party-year | already  | expected  | capped
            share of technology income               | TECHNOLOGY_INCOME | 0.05  | 1200000.00 | 1000000.00 |              |                | 0        | 50000.00  | false
            share of the whole amount                | AMOUNT            | 0.05  | 1200000.00 | 1000000.00 |              |                | 0        | 60000.00  | false
            rounded half up to the fen               | TECHNOLOGY_INCOME | 0.03  | 100.00     | 33.35      |              |                | 0        | 1.00      | false
            cut to the cap per contract              | TECHNOLOGY_INCOME | 0.05  | 20000000   | 20000000   | 500000       |                | 0        | 500000.00 | true
            the cap per contract not reached         | TECHNOLOGY_INCOME | 0.05  | 2000000    | 2000000    | 500000       |                | 0        | 100000.00 | false
            cut to what is left of the yearly cap    | TECHNOLOGY_INCOME | 0.05  | 4000000    | 4000000    | 500000       | 1000000        | 900000   | 100000.00 | true
            nothing left of the yearly cap           | TECHNOLOGY_INCOME | 0.05  | 4000000    | 4000000    | 500000       | 1000000        | 1000000  | 0.00      | true
            over the yearly cap already (a rule cut) | TECHNOLOGY_INCOME | 0.05  | 4000000    | 4000000    |              | 1000000        | 1200000  | 0.00      | true
            both caps, the contract cap smaller      | TECHNOLOGY_INCOME | 0.10  | 9000000    | 9000000    | 300000       | 1000000        | 200000   | 300000.00 | true
            zero share                               | TECHNOLOGY_INCOME | 0     | 1000000    | 1000000    |              |                | 0        | 0.00      | false
            """)
    void grants(String name, SubsidyProperties.Base base, BigDecimal share, BigDecimal amount, BigDecimal income,
                BigDecimal capPerContract, BigDecimal capPerPartyPerYear, BigDecimal already, BigDecimal expected, boolean capped) {
        SubsidyProperties.Rule rule = new SubsidyProperties.Rule("rule", List.of(), Set.of(), Contract.PartyRole.BUYER, Set.of(), share,
                base, capPerContract, capPerPartyPerYear);

        Contract.SubsidyGrant grant = SubsidyCalculator.grant(rule, contract(amount, income), already);

        assertThat(grant.amount()).isEqualByComparingTo(expected);
        assertThat(grant.amount().scale()).isEqualTo(2);
        assertThat(grant.capped()).isEqualTo(capped);
        assertThat(grant.creditCode()).isEqualTo("91350100M000100Y43");
    }

    private static Contract contract(BigDecimal amount, BigDecimal income) {
        return new Contract("c1", "changchun", ContractStatus.UNDER_REVIEW, 2, null, ContractType.TRANSFER, "t",
                new Contract.Party("吉林大学", "12220000MA0000001X", PartyKind.UNIVERSITY),
                new Contract.Party("某公司", "91350100M000100Y43", PartyKind.ENTERPRISE),
                amount, income, LocalDate.of(2026, 3, 1), null, null, null, List.of(), null, List.of(), List.of(), BigDecimal.ZERO,
                null, null, null, null, "x", null, null, null);
    }
}
