package cn.techmarket.tenant.matching;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/** The experts an enterprise picked from its menu for one of its demands. */
record MeetingRequestInput(
        @NotBlank @Size(max = 200) String demandId,
        @NotNull @Size(min = 1, max = 5) List<@Valid PickedExpert> experts,
        @NotBlank @Size(max = 500) String topic,
        @Size(max = 5) List<Instant> proposedTimes) {

    record PickedExpert(@NotBlank @Size(max = 200) String id, @NotBlank @Size(max = 50) String name) {
    }
}
