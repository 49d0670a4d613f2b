package cn.techmarket.tenant.library;

import cn.techmarket.model.record.Achievement;
import cn.techmarket.model.record.Demand;
import cn.techmarket.model.record.Expert;
import cn.techmarket.model.record.LibraryRecord;
import cn.techmarket.model.record.RecordKind;

import java.util.List;
import java.util.Optional;

/** One kind of record in a tenant's library and the collection that holds it. */
public record Library<T extends LibraryRecord>(RecordKind kind, String collection, Class<T> type) {

    public static final Library<Achievement> ACHIEVEMENTS = new Library<>(RecordKind.ACHIEVEMENT, "achievements", Achievement.class);
    public static final Library<Demand> DEMANDS = new Library<>(RecordKind.DEMAND, "demands", Demand.class);
    public static final Library<Expert> EXPERTS = new Library<>(RecordKind.EXPERT, "experts", Expert.class);

    public static final List<Library<?>> ALL = List.of(ACHIEVEMENTS, DEMANDS, EXPERTS);

    public static Optional<Library<?>> of(RecordKind kind) {
        return ALL.stream().filter(library -> library.kind == kind).findFirst();
    }
}
