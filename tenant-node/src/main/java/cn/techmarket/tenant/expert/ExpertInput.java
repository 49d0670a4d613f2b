package cn.techmarket.tenant.expert;

import cn.techmarket.model.record.Industry;
import cn.techmarket.tenant.library.RecordInput;
import cn.techmarket.tenant.library.RecordMeta;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

import static cn.techmarket.tenant.library.Inputs.orEmpty;

record ExpertInput(
        @NotBlank @Size(max = 50) String name,
        @NotBlank @Size(max = 200) String institution,
        @Size(max = 50) String title,
        @NotEmpty @Size(max = 5) List<@NotNull Industry> fields,
        @Size(max = 5000) String bio,
        @Size(max = 20) List<@NotBlank @Size(max = 200) String> representativeAchievements,
        @NotNull Boolean availableForConsulting) implements RecordInput<Expert> {

    @Override
    public Expert toRecord(String id, RecordMeta meta) {
        return new Expert(id, meta, name.strip(), institution.strip(), title, fields.stream().distinct().toList(), bio,
                orEmpty(representativeAchievements), availableForConsulting);
    }
}
