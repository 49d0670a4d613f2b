package cn.techmarket.tenant.activity;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An exhibit or a presenter the organisers invite: a published record of any city (recordId), or
 * an enterprise's financing pitch (memberId with pitch and amountSought).
 *
 * @param hall an exhibit's hall, by number, when the exhibition has halls
 */
record ParticipantInput(
        @NotNull Activity.Role role,
        @Size(max = 200) String recordId,
        @Size(max = 200) String memberId,
        @Size(max = 2000) String pitch,
        @DecimalMin("0.01") @Digits(integer = 13, fraction = 2) BigDecimal amountSought,
        @Min(1) Integer hall,
        Instant slotStartsAt,
        Instant slotEndsAt,
        @Size(max = 500) @Pattern(regexp = "https?://[^\\s<>\"']+", message = "must be a web address starting with http:// or https://") String streamUrl,
        @Size(max = 500) @Pattern(regexp = "https?://[^\\s<>\"']+", message = "must be a web address starting with http:// or https://") String recordingUrl) {
}
