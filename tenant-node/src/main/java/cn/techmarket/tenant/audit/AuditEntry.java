package cn.techmarket.tenant.audit;

import cn.techmarket.tenant.library.Lifecycle;
import cn.techmarket.model.record.RecordKind;

import java.time.Instant;
import java.util.List;

/**
 * One change to a library record. Its id is the kind and the change's sequence number, which
 * are unique per tenant, so recording the same change twice stores it once.
 */
public record AuditEntry(String id, Instant at, String actor, AuditAction action, String recordId, RecordKind kind,
                         long version, Lifecycle lifecycle, List<String> changedFields) {
}
