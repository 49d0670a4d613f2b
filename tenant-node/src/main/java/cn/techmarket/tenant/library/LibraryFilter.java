package cn.techmarket.tenant.library;

import org.springframework.data.mongodb.core.query.Criteria;

import java.util.ArrayList;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** A list query's filter argument: the conditions a record must also meet. */
public interface LibraryFilter {

    List<Criteria> criteria();

    /** Conditions of the form "field equals value", skipping values the caller left out. */
    static Conditions conditions() {
        return new Conditions(new ArrayList<>());
    }

    record Conditions(List<Criteria> criteria) {

        /** An enum matches by name; a list field (say an expert's {@code fields}) matches when it holds the value. */
        public Conditions equal(String field, Object value) {
            if (value != null) {
                criteria.add(where(field).is(value instanceof Enum<?> constant ? constant.name() : value));
            }
            return this;
        }

        /** The field holds one of the values; enums by name. Nothing is required when {@code values} is null. */
        public Conditions in(String field, java.util.Collection<?> values) {
            if (values != null) {
                criteria.add(where(field).in(values.stream().map(v -> v instanceof Enum<?> constant ? constant.name() : v).toList()));
            }
            return this;
        }
    }
}
