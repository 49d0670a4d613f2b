package cn.techmarket.hub.search.sync;

import cn.techmarket.model.record.RecordKind;

import java.time.Instant;
import java.util.Map;

/**
 * One change of a tenant's feed, as the hub reads it from a feed page or an export line: which
 * record, at which sequence number, and its search entry when it is public. The entry stays a map:
 * its fields are whatever the record's kind declares, and the hub indexes them as they come.
 *
 * @param search the record's search entry; null when the record is not (or no longer) public
 */
public record FeedChange(RecordKind kind, String id, long seq, String lifecycle, Instant changedAt, Map<String, Object> search) {

    public boolean visible() {
        return search != null;
    }
}
