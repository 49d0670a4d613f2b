package cn.techmarket.hub.reliability;

import cn.techmarket.hub.support.HubSecurity;
import cn.techmarket.hub.support.TenantNodeProcesses.TenantNode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the tenants say of who reads their change feeds (the tenant node's {@code market.tenant.feed.*}
 * metrics, read from its Actuator as a platform administrator): the hub replicas' sharing of the
 * feeds seen from the other side.
 */
final class FeedReadsAtTenants {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Counts at one moment, by tenant. */
    record Snapshot(Map<String, Map<String, Double>> readsByReader, Map<String, Set<String>> readingNow, Map<String, Double> resent,
                    Map<String, Double> overlapping) {

        /**
         * The readers that started a read of {@code tenant} between {@code earlier} and this
         * snapshot, or were reading it at this snapshot: a quiet feed is read by one long poll held
         * for many seconds.
         */
        Set<String> readersSince(Snapshot earlier, String tenant) {
            Set<String> readers = new TreeSet<>(readingNow.getOrDefault(tenant, Set.of()));
            readsByReader.getOrDefault(tenant, Map.of()).forEach((reader, reads) -> {
                if (reads > earlier.readsByReader.getOrDefault(tenant, Map.of()).getOrDefault(reader, 0.0)) {
                    readers.add(reader);
                }
            });
            return readers;
        }

        double resentSince(Snapshot earlier, Collection<String> tenants) {
            return tenants.stream().mapToDouble(tenant -> resent.getOrDefault(tenant, 0.0) - earlier.resent.getOrDefault(tenant, 0.0)).sum();
        }

        double overlappingSince(Snapshot earlier) {
            return overlapping.keySet().stream()
                    .mapToDouble(tenant -> overlapping.get(tenant) - earlier.overlapping.getOrDefault(tenant, 0.0)).sum();
        }
    }

    private final Map<String, TenantNode> nodeOf;
    private final String admin = HubSecurity.token("platform-admin");

    /** @param nodeOf each tenant's node */
    FeedReadsAtTenants(Map<String, TenantNode> nodeOf) {
        this.nodeOf = nodeOf;
    }

    Snapshot now() {
        Map<String, Map<String, Double>> reads = new LinkedHashMap<>();
        Map<String, Set<String>> readingNow = new LinkedHashMap<>();
        Map<String, Double> resent = new LinkedHashMap<>();
        Map<String, Double> overlapping = new LinkedHashMap<>();
        nodeOf.forEach((tenant, node) -> {
            Map<String, Double> underWay = byReader(node, "market.tenant.feed.readers", tenant);
            readingNow.put(tenant, underWay.entrySet().stream().filter(reader -> reader.getValue() > 0).map(Map.Entry::getKey)
                    .collect(Collectors.toCollection(TreeSet::new)));
            Map<String, Double> byReader = byReader(node, "market.tenant.feed.reads", tenant);
            reads.put(tenant, byReader);
            resent.put(tenant, count(metric(node, "market.tenant.feed.changes.resent", "tenant:" + tenant)));
            overlapping.put(tenant, count(metric(node, "market.tenant.feed.reads.overlapping", "tenant:" + tenant)));
        });
        return new Snapshot(reads, readingNow, resent, overlapping);
    }

    /** The metric's value for each reader of the tenant's feed it has a value for. */
    private Map<String, Double> byReader(TenantNode node, String name, String tenant) {
        Map<String, Double> byReader = new LinkedHashMap<>();
        JsonNode all = metric(node, name, "tenant:" + tenant);
        if (all != null) {
            for (JsonNode tag : all.get("availableTags")) {
                if (tag.get("tag").asString().equals("reader")) {
                    for (JsonNode reader : tag.get("values")) {
                        byReader.put(reader.asString(), count(metric(node, name, "tenant:" + tenant, "reader:" + reader.asString())));
                    }
                }
            }
        }
        return byReader;
    }

    private static double count(JsonNode metric) {
        return metric == null ? 0 : metric.get("measurements").get(0).get("value").asDouble();
    }

    /** The metric with these tags, or null while there is none. */
    private JsonNode metric(TenantNode node, String name, String... tags) {
        StringBuilder uri = new StringBuilder(node.baseUrl()).append("/actuator/metrics/").append(name);
        for (int i = 0; i < tags.length; i++) {
            uri.append(i == 0 ? '?' : '&').append("tag=").append(tags[i]);
        }
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(uri.toString()))
                    .header("Authorization", "Bearer " + admin).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                return null;
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
