package cn.techmarket.tenant.expert;

import cn.techmarket.model.record.Industry;
import cn.techmarket.model.record.RecordKind;
import cn.techmarket.tenant.library.LibraryRecord;
import cn.techmarket.tenant.library.RecordMeta;

import java.util.List;

/** An expert (专家) available for consulting or cooperation. */
public record Expert(
        String id,
        RecordMeta meta,
        String name,
        String institution,
        String title,
        List<Industry> fields,
        String bio,
        List<String> representativeAchievements,
        boolean availableForConsulting) implements LibraryRecord {

    @Override
    public RecordKind kind() {
        return RecordKind.EXPERT;
    }

    @Override
    public Expert withMeta(RecordMeta meta) {
        return new Expert(id, meta, name, institution, title, fields, bio, representativeAchievements, availableForConsulting);
    }
}
