package cn.techmarket.tenant.instrument;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** A period the instrument is out of service for maintenance (维护). */
record MaintenanceInput(@NotNull Instant start, @NotNull Instant end, @NotBlank @Size(max = 200) String reason) {
}
