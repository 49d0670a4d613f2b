package cn.techmarket.tenant.policy;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.model.record.Industry;
import cn.techmarket.tenant.library.RecordInput;
import cn.techmarket.tenant.library.RecordMeta;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

import static cn.techmarket.tenant.library.Inputs.orEmpty;

record PolicyInput(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 100) String issuer,
        @NotBlank @Size(max = 60) String documentNumber,
        @NotNull Policy.Level level,
        @NotNull Policy.Type type,
        @NotNull LocalDate issuedOn,
        LocalDate effectiveFrom,
        LocalDate effectiveUntil,
        @Size(max = 20) List<@NotBlank @Size(max = 40) String> regions,
        @Size(max = 14) List<@NotNull Industry> industries,
        @NotBlank @Size(max = 2000) String summary,
        @Size(max = 50_000) String fullText,
        // rendered as a link: only web addresses, never a script
        @Size(max = 500) @Pattern(regexp = "https?://[^\\s<>\"']+", message = "must be a web address starting with http:// or https://")
        String sourceUrl,
        @Size(max = 10) List<@NotNull @KnownSubsidyRule String> subsidyRules) implements RecordInput<Policy> {

    @Override
    public Policy toRecord(String id, RecordMeta meta) {
        LocalDate from = effectiveFrom == null ? issuedOn : effectiveFrom;
        if (effectiveUntil != null && effectiveUntil.isBefore(from)) {
            throw new BadInputException("input.effectiveUntil", "must not be before the day it takes effect (" + from + ")");
        }
        return new Policy(id, meta, title.strip(), issuer.strip(), documentNumber.strip(), level, type, issuedOn, from, effectiveUntil,
                orEmpty(regions).stream().map(String::strip).distinct().toList(), orEmpty(industries).stream().distinct().toList(),
                summary.strip(), fullText, sourceUrl, orEmpty(subsidyRules).stream().distinct().toList());
    }
}
