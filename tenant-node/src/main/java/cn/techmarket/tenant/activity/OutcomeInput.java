package cn.techmarket.tenant.activity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/**
 * What came of an activity: an intention agreement (意向协议) or a financing intention (融资意向)
 * between parties, for an amount; or a broker match started between a demand of the organising
 * market and a candidate (撮合立项), with the broker who follows it up.
 */
record OutcomeInput(
        @NotNull Activity.OutcomeKind kind,
        @Size(max = 10) List<@Valid PartyInput> parties,
        @DecimalMin("0.01") @Digits(integer = 13, fraction = 2) BigDecimal amount,
        @Size(max = 2000) String note,
        @Size(max = 200) String demandId,
        @Size(max = 200) String candidateId,
        @Valid BrokerInput broker) {

    /** A member of any city (memberId), or an organisation named alone. */
    record PartyInput(@Size(max = 200) String memberId, @NotBlank @Size(max = 200) String name) {
    }

    record BrokerInput(@NotBlank @Size(max = 50) String name, @Size(max = 40) String certificateNo) {
    }
}
