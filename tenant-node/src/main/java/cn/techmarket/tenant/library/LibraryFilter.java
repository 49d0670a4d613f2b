package cn.techmarket.tenant.library;

import org.springframework.data.mongodb.core.query.Criteria;

import java.util.List;

/** A list query's filter argument: the conditions a record must also meet. */
public interface LibraryFilter {

    List<Criteria> criteria();
}
