package cn.techmarket.tenant.library;

import cn.techmarket.model.region.City;

import java.util.List;
import java.util.function.Function;

/**
 * One kind of library record, declared once as a bean in the kind's own package. The rest follows
 * from the declaration: the list query named {@code listField}, the mutations
 * {@code create<Type>} and {@code update<Type>} taking {@code input}, the shared record fields, the
 * change feed's search entry, the collection's indexes and the demo records. The schema declares
 * the same names, and with them who may call what (the security matrices are generated from it).
 *
 * @param listField     the query listing the published records, e.g. {@code achievements}
 * @param input         what create and update take, checked by Bean Validation
 * @param filter        the list query's {@code filter} argument
 * @param indexedFields fields the filter matches on, indexed in every tenant's database
 * @param search        how a public record fills the province search's fields
 * @param demo          the demo record of a city at an index: the same city and index give the same record
 * @param demoCount     how many demo records a city gets unless configured otherwise
 */
public record LibraryKind<R extends LibraryRecord>(
        Library<R> library,
        String listField,
        Class<? extends RecordInput<R>> input,
        Class<? extends LibraryFilter> filter,
        List<String> indexedFields,
        Function<R, SearchEntry> search,
        DemoRecords<R> demo,
        int demoCount) {

    public interface DemoRecords<R> {
        R record(City city, int index);
    }

    public String typeName() {
        return library.kind().typeName();
    }

    public String createField() {
        return "create" + typeName();
    }

    public String updateField() {
        return "update" + typeName();
    }

    /** The search entry of any record of this kind. */
    public SearchEntry searchEntry(LibraryRecord record) {
        return search.apply(library.type().cast(record));
    }
}
