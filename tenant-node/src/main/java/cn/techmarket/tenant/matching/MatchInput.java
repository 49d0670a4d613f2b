package cn.techmarket.tenant.matching;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A match as a broker proposes it; a broker member is named by {@code memberId} instead of {@code broker}. */
record MatchInput(
        @NotBlank @Size(max = 200) String demandId,
        @NotBlank @Size(max = 200) String candidateId,
        @NotBlank @Size(max = 200) String candidateTitle,
        @Valid BrokerInput broker,
        @Size(max = 2000) String note) {

    record BrokerInput(@NotBlank @Size(max = 50) String name, @Size(max = 40) String certificateNo) {
    }
}
