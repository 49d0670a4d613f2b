package cn.techmarket.hub.replica;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Which hub replica holds a lease: unique among the replicas sharing one MongoDB. */
public record ReplicaId(String value) {

    public ReplicaId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a replica id must not be blank");
        }
    }

    /** The configured id, or this host's name and this process's id. */
    static ReplicaId of(ReplicaProperties properties) {
        if (!properties.id().isBlank()) {
            return new ReplicaId(properties.id());
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return new ReplicaId(host + "-" + ProcessHandle.current().pid());
    }

    @Override
    public String toString() {
        return value;
    }
}
