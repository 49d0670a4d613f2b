package cn.techmarket.tenant.activity;

import cn.techmarket.model.record.Industry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/**
 * An activity as its organisers describe it.
 *
 * @param fairFormat required for a fair, absent otherwise
 * @param place      required unless online
 * @param endsAt     absent only for a rolling exhibition
 * @param capacity   seats for those who register; absent for no limit
 * @param halls      an exhibition's themed halls
 */
record ActivityInput(
        @NotNull Activity.Kind kind,
        Activity.FairFormat fairFormat,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 200) String theme,
        @Size(max = 5000) String description,
        @Size(max = 14) List<@NotNull Industry> industries,
        @NotNull Boolean online,
        @Size(max = 300) String place,
        @NotNull Instant startsAt,
        Instant endsAt,
        @Min(1) @Max(100_000) Integer capacity,
        @Size(max = 20) List<@Valid HallInput> halls) {

    record HallInput(@NotBlank @Size(max = 100) String name, @Size(max = 300) String theme) {
    }
}
