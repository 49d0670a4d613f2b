package cn.techmarket.tenant.instrument;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** A period asked for on an instrument. */
record BookingInput(
        @NotBlank String instrumentId,
        @NotNull Booking.BookingMode mode,
        @NotNull Instant start,
        @NotNull Instant end,
        @NotBlank @Size(max = 500) String purpose,
        @PositiveOrZero @Max(1000) Integer samples) {
}
