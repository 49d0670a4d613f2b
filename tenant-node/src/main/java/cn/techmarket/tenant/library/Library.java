package cn.techmarket.tenant.library;

import cn.techmarket.model.record.Achievement;
import cn.techmarket.model.record.Demand;
import cn.techmarket.model.record.Expert;
import cn.techmarket.model.record.FinancingInstitution;
import cn.techmarket.model.record.LibraryRecord;
import cn.techmarket.model.record.RecordKind;
import cn.techmarket.model.record.ServiceInstitution;

import java.util.List;

/**
 * One kind of record in a tenant's library and the collection that holds it. Each kind has its
 * own change sequence (see {@link LibraryWriter}).
 *
 * @param cursorKey short key of this kind in change-feed cursors
 */
public record Library<T extends LibraryRecord>(RecordKind kind, String collection, Class<T> type, String cursorKey) {

    public static final Library<Achievement> ACHIEVEMENTS =
            new Library<>(RecordKind.ACHIEVEMENT, "achievements", Achievement.class, "a");
    public static final Library<Demand> DEMANDS =
            new Library<>(RecordKind.DEMAND, "demands", Demand.class, "d");
    public static final Library<Expert> EXPERTS =
            new Library<>(RecordKind.EXPERT, "experts", Expert.class, "e");
    public static final Library<FinancingInstitution> FINANCING_INSTITUTIONS =
            new Library<>(RecordKind.FINANCING_INSTITUTION, "financing_institutions", FinancingInstitution.class, "f");
    public static final Library<ServiceInstitution> SERVICE_INSTITUTIONS =
            new Library<>(RecordKind.SERVICE_INSTITUTION, "service_institutions", ServiceInstitution.class, "s");

    /** In change-feed order. */
    public static final List<Library<?>> ALL = List.of(ACHIEVEMENTS, DEMANDS, EXPERTS, FINANCING_INSTITUTIONS, SERVICE_INSTITUTIONS);

    public static Library<?> of(RecordKind kind) {
        return ALL.stream().filter(library -> library.kind == kind).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no library for " + kind));
    }
}
