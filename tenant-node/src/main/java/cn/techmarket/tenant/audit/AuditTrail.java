package cn.techmarket.tenant.audit;

import cn.techmarket.tenant.library.LibraryRecord;
import cn.techmarket.tenant.documents.PageRequest;
import cn.techmarket.tenant.library.RecordCommitted;
import org.springframework.context.event.EventListener;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The tenant's audit trail: who changed which record, how and when, in the tenant's own database.
 * Written as the library writer commits each change ({@link RecordCommitted}), on the writer's thread.
 */
@Component
public class AuditTrail {

    static final String COLLECTION = "audit";

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("at"), Sort.Order.desc("id"));

    @EventListener
    void committed(RecordCommitted change) {
        if (change.created()) {
            created(change.tenant(), change.after());
        } else {
            changed(change.tenant(), change.before(), change.after());
        }
    }

    public void created(HostedTenant tenant, LibraryRecord record) {
        save(tenant, record, AuditAction.CREATE, List.copyOf(content(tenant, record).keySet()));
    }

    /** A content update, or a lifecycle move when only the lifecycle changed. */
    public void changed(HostedTenant tenant, LibraryRecord before, LibraryRecord after) {
        List<String> fields = changedFields(content(tenant, before), content(tenant, after));
        boolean moved = before.meta().lifecycle() != after.meta().lifecycle();
        AuditAction action = moved ? AuditAction.movingTo(after.meta().lifecycle()) : AuditAction.UPDATE;
        save(tenant, after, action, fields);
    }

    public Window<AuditEntry> page(HostedTenant tenant, String recordId, ScrollSubrange subrange) {
        PageRequest page = PageRequest.of(subrange);
        Query query = recordId == null ? new Query() : new Query(where("recordId").is(recordId));
        return tenant.mongo().scroll(query.with(NEWEST_FIRST).with(page.position()).limit(page.size()),
                AuditEntry.class, COLLECTION);
    }

    private void save(HostedTenant tenant, LibraryRecord record, AuditAction action, List<String> fields) {
        AuditEntry entry = new AuditEntry(record.kind().name() + "-" + record.meta().seq(), record.meta().updatedAt(),
                record.meta().updatedBy(), action, record.globalId().encode(), record.kind(), record.meta().version(),
                record.meta().lifecycle(), fields);
        tenant.mongo().save(entry, COLLECTION);
    }

    /** The record's own fields as stored, without its metadata and id. */
    private static Document content(HostedTenant tenant, LibraryRecord record) {
        Document document = new Document();
        tenant.mongo().getConverter().write(record, document);
        document.remove("_id");
        document.remove("_class");
        document.remove("meta");
        return document;
    }

    private static List<String> changedFields(Document before, Document after) {
        Set<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        List<String> changed = new ArrayList<>();
        for (String name : names) {
            if (!Objects.equals(before.get(name), after.get(name))) {
                changed.add(name);
            }
        }
        return changed;
    }
}
