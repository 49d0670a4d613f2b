package cn.techmarket.tenant.deadline;

import org.springframework.data.annotation.Id;

import java.time.Instant;

/**
 * A deadline as a tenant keeps it: one per topic and subject. A pending one is claimed by the node
 * that fires it until {@code claimedUntil}; after that another node may take it over.
 *
 * @param attempts how many times a node claimed it, a count above one telling of a node that stopped or a handler that failed
 */
record Deadline(@Id String id, String topic, String subjectId, Instant dueAt, State state, String claimedBy, Instant claimedUntil,
                Instant firedAt, int attempts) {

    enum State { PENDING, DONE }

    static String key(String topic, String subjectId) {
        return topic + ":" + subjectId;
    }
}
