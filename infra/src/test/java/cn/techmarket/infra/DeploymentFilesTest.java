package cn.techmarket.infra;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployment files ({@code infra/deploy}) as a deployer uses them. The Kubernetes manifests are
 * rendered by {@code kubectl kustomize}, and every object of the core API is read as the API's own
 * type (fabric8's model), refusing any field that type does not have; the operators' resources are
 * checked field by field. The Compose file is validated by {@code docker-compose config}. Then what
 * a province relies on, in both: probes on Actuator, resources on every container, every credential
 * from a secret, a disruption budget and an autoscaler for the hub, the cities each hub registers
 * served where it says, and the versions this build runs and tests against.
 */
class DeploymentFilesTest {

    private static final Path DEPLOY = Path.of("deploy");
    private static final YAMLMapper YAML = new YAMLMapper();
    /** Fails on a field of the wrong type; unknown fields are found by {@link #unknownFields}. */
    private static final ObjectMapper KUBERNETES = new ObjectMapper(new YAMLFactory()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    private static final Map<String, Class<?>> CORE_KINDS = Map.of(
            "Namespace", Namespace.class, "ConfigMap", ConfigMap.class, "Secret", Secret.class, "Service", Service.class,
            "Deployment", Deployment.class, "PodDisruptionBudget", PodDisruptionBudget.class,
            "HorizontalPodAutoscaler", HorizontalPodAutoscaler.class, "Ingress", Ingress.class);
    private static final String CHECK_ENVIRONMENT = "MARKET_SYNC_SECRET=check KEYCLOAK_ADMIN_PASSWORD=check KEYCLOAK_DB_PASSWORD=check";

    private static List<JsonNode> rendered;
    private static JsonNode compose;

    @BeforeAll
    static void render() throws Exception {
        String manifests = run(List.of("kubectl", "kustomize", DEPLOY.toString()), Map.of());
        rendered = new ArrayList<>();
        try (var documents = YAML.readerFor(JsonNode.class).readValues(manifests)) {
            while (documents.hasNext()) {
                rendered.add((JsonNode) documents.next());
            }
        }
        compose = YAML.readTree(composeConfig(DEPLOY.resolve("compose.yaml")));
    }

    @Test
    void everyCoreObjectIsOfTheKubernetesApiWithNoFieldItDoesNotHave() throws Exception {
        assertThat(rendered).extracting(object -> object.get("kind").asText())
                .contains("Deployment", "Service", "PodDisruptionBudget", "HorizontalPodAutoscaler", "Ingress", "Secret", "Elasticsearch", "MongoDBCommunity");
        List<String> problems = new ArrayList<>();
        for (JsonNode object : rendered) {
            Class<?> type = CORE_KINDS.get(object.get("kind").asText());
            if (type != null) {
                problems.addAll(unknownFields(KUBERNETES.treeToValue(object, type), object.get("kind").asText() + " " + object.at("/metadata/name").asText()));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aMisspelledFieldIsCaught() throws Exception {
        ObjectNode deployment = (ObjectNode) only("Deployment", "hub").deepCopy();
        ((ObjectNode) deployment.get("spec")).set("replica", deployment.at("/spec/replicas"));

        assertThat(unknownFields(KUBERNETES.treeToValue(deployment, Deployment.class), "hub")).singleElement()
                .satisfies(problem -> assertThat(problem).contains("spec", "replica"));

        Path misspelled = Files.createTempFile(DEPLOY.toAbsolutePath(), "misspelled", ".yaml");
        try {
            Files.writeString(misspelled, Files.readString(DEPLOY.resolve("compose.yaml")).replace("    restart: unless-stopped", "    restarts: unless-stopped"));
            assertThatFails(() -> composeConfig(misspelled), "restarts");
        } finally {
            Files.delete(misspelled);
        }
    }

    @Test
    void everyServerIsProbedOnActuatorAndHasItsMeasuredResources() {
        List<JsonNode> deployments = all("Deployment");
        assertThat(deployments).extracting(deployment -> deployment.at("/metadata/name").asText()).containsExactlyInAnyOrder("hub", "tenants-a", "tenants-b");
        for (JsonNode deployment : deployments) {
            for (JsonNode container : deployment.at("/spec/template/spec/containers")) {
                String name = deployment.at("/metadata/name").asText();
                assertThat(container.at("/livenessProbe/httpGet/path").asText()).as(name).isEqualTo("/actuator/health/liveness");
                assertThat(container.at("/readinessProbe/httpGet/path").asText()).as(name).isEqualTo("/actuator/health/readiness");
                assertThat(container.at("/startupProbe/httpGet/path").asText()).as(name).isEqualTo("/actuator/health/liveness");
                assertThat(List.of("/resources/requests/cpu", "/resources/requests/memory", "/resources/limits/memory"))
                        .as(name + " requests and limits").allSatisfy(field -> assertThat(container.at(field).isMissingNode()).as(field).isFalse());
            }
        }
        JsonNode elasticsearch = only("Elasticsearch", "province-search").at("/spec/nodeSets/0/podTemplate/spec/containers/0/resources");
        assertThat(elasticsearch.at("/requests/memory").asText()).isEqualTo(elasticsearch.at("/limits/memory").asText());
        for (String service : List.of("hub-1", "hub-2", "tenants-a", "tenants-b")) {
            assertThat(compose.at("/services/" + service + "/healthcheck/test").toString()).as(service).contains("/actuator/health/readiness");
            assertThat(compose.at("/services/" + service + "/deploy/resources/limits/memory").isMissingNode()).as(service).isFalse();
        }
    }

    @Test
    void theHubKeepsAReplicaThroughDisruptionsAndScalesWithItsLoad() {
        JsonNode hub = only("Deployment", "hub");
        JsonNode budget = only("PodDisruptionBudget", "hub");
        JsonNode autoscaler = only("HorizontalPodAutoscaler", "hub");

        assertThat(hub.at("/spec/replicas").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(budget.at("/spec/minAvailable").asInt()).isEqualTo(1);
        assertThat(budget.at("/spec/selector/matchLabels")).isEqualTo(hub.at("/spec/selector/matchLabels"));
        assertThat(autoscaler.at("/spec/scaleTargetRef/name").asText()).isEqualTo("hub");
        assertThat(autoscaler.at("/spec/minReplicas").asInt()).isEqualTo(hub.at("/spec/replicas").asInt());
        assertThat(autoscaler.at("/spec/maxReplicas").asInt()).isGreaterThan(autoscaler.at("/spec/minReplicas").asInt());
        assertThat(env(hub, "MARKET_HUB_REPLICA_ID").at("/valueFrom/fieldRef/fieldPath").asText()).as("each pod a replica id of its own").isEqualTo("metadata.name");
        assertThat(List.of("hub-1", "hub-2")).extracting(replica -> compose.at("/services/" + replica + "/environment/MARKET_HUB_REPLICA_ID").asText())
                .doesNotHaveDuplicates();
        String proxy = compose.at("/services/hub/networks/province/ipv4_address").asText();
        assertThat(compose.at("/services/hub-1/environment/MARKET_TRUSTED_PROXIES").asText()).as("the hubs trust the proxy's address, and only it")
                .isEqualTo(proxy.replace(".", "\\."));
    }

    @Test
    void everyCredentialComesFromASecret() {
        Pattern credential = Pattern.compile(".*(SECRET|PASSWORD|MONGODB_URI).*");
        for (JsonNode deployment : all("Deployment")) {
            for (JsonNode variable : deployment.at("/spec/template/spec/containers/0/env")) {
                if (credential.matcher(variable.get("name").asText()).matches()) {
                    assertThat(variable.at("/valueFrom/secretKeyRef/name").isMissingNode()).as(deployment.at("/metadata/name").asText() + " " + variable.get("name"))
                            .isFalse();
                }
            }
        }
        compose.get("services").properties().forEach(service -> service.getValue().path("environment").properties().forEach(variable -> {
            if (credential.matcher(variable.getKey()).matches() && !variable.getKey().equals("MONGODB_URI")) {
                assertThat(variable.getValue().asText()).as(service.getKey() + " " + variable.getKey() + " is the deployer's, given when started").isEqualTo("check");
            }
        }));
        assertThat(only("MongoDBCommunity", "province-mongodb").at("/spec/users/0/passwordSecretRef/name").asText()).isEqualTo(
                only("Secret", null).at("/metadata/name").asText());
    }

    @Test
    void everyCityTheHubRegistersIsServedByTheNodeItsEndpointNames() throws IOException {
        JsonNode bootstrap = YAML.readTree(DEPLOY.resolve("config/hub.yaml").toFile()).at("/market/hub/registry/bootstrap");
        Map<String, List<String>> served = new LinkedHashMap<>();
        for (String node : List.of("tenants-a", "tenants-b")) {
            List<String> ids = new ArrayList<>();
            YAML.readTree(DEPLOY.resolve("config/" + node + ".yaml").toFile()).at("/market/node/tenants").forEach(tenant -> ids.add(tenant.get("id").asText()));
            served.put(node, ids);
        }
        assertThat(bootstrap).hasSize(10);
        Pattern endpoint = Pattern.compile("http://([a-z-]+):8081/tenants/([a-z-]+)/graphql");
        for (JsonNode city : bootstrap) {
            Matcher matcher = endpoint.matcher(city.get("endpoint").asText());
            assertThat(matcher.matches()).as(city.get("endpoint").asText()).isTrue();
            assertThat(matcher.group(2)).isEqualTo(city.get("id").asText());
            assertThat(served.get(matcher.group(1))).as(city.get("id") + " at " + matcher.group(1)).contains(matcher.group(2));
            assertThat(only("Service", matcher.group(1)).at("/spec/ports/0/port").asInt()).isEqualTo(8081);
            assertThat(compose.at("/services/" + matcher.group(1)).isMissingNode()).isFalse();
        }
    }

    @Test
    void theVersionsAreThoseThisBuildRunsAndTestsAgainst() {
        String version = System.getProperty("build.version");
        String elasticsearch = System.getProperty("build.elasticsearch.version");
        String mongodb = Servers.MONGODB_IMAGE.substring(Servers.MONGODB_IMAGE.indexOf(':') + 1);

        assertThat(Servers.ELASTICSEARCH_IMAGE).endsWith(":" + elasticsearch);
        assertThat(only("Elasticsearch", "province-search").at("/spec/version").asText()).isEqualTo(elasticsearch);
        assertThat(List.of("es-1", "es-2", "es-3")).allSatisfy(node -> assertThat(compose.at("/services/" + node + "/image").asText()).isEqualTo(Servers.ELASTICSEARCH_IMAGE));
        assertThat(List.of("mongo-1", "mongo-2", "mongo-3")).allSatisfy(member -> assertThat(compose.at("/services/" + member + "/image").asText()).isEqualTo(Servers.MONGODB_IMAGE));
        assertThat(only("MongoDBCommunity", "province-mongodb").at("/spec/version").asText()).startsWith(mongodb + ".");
        for (JsonNode deployment : all("Deployment")) {
            assertThat(deployment.at("/spec/template/spec/containers/0/image").asText()).endsWith(":" + version);
        }
        assertThat(compose.at("/services/hub-1/image").asText()).isEqualTo("province-market/hub:" + version);
        assertThat(compose.at("/services/tenants-a/image").asText()).isEqualTo("province-market/tenant-node:" + version);
        assertThat(compose.at("/services/keycloak/image").asText()).as("the same Keycloak in every file that names one").startsWith("quay.io/keycloak/keycloak:");
        for (String image : List.of("hub", "tenant-node")) {
            assertThat(read(DEPLOY.resolve("images/" + image + ".Dockerfile"))).as(image + " runs on the Java the build compiles for")
                    .contains("FROM eclipse-temurin:" + System.getProperty("build.java.version") + "-jre");
        }
    }

    @Test
    void composeRunsMongoDbAsAReplicaSetElasticsearchAsAClusterAndKeycloakWithTheRealm() {
        assertThat(List.of("mongo-1", "mongo-2", "mongo-3")).allSatisfy(member ->
                assertThat(compose.at("/services/" + member + "/command").toString()).contains("--replSet", "rs0"));
        assertThat(compose.at("/services/mongo-1/healthcheck/test").toString()).contains("mongo-1:27017", "mongo-2:27017", "mongo-3:27017");
        assertThat(compose.at("/services/hub-1/environment/MONGODB_URI").asText()).contains("replicaSet=rs0");
        assertThat(compose.at("/services/es-1/environment/cluster.initial_master_nodes").asText()).isEqualTo("es-1,es-2,es-3");
        assertThat(compose.at("/services/keycloak/volumes").toString()).contains("province-market-realm.json");
        assertThat(Files.exists(DEPLOY.resolve("../keycloak/province-market-realm.json"))).isTrue();
        assertThat(compose.at("/services").properties().stream().filter(service -> service.getValue().has("ports")).map(Map.Entry::getKey))
                .as("only the portal and sign-in are published").containsExactlyInAnyOrder("hub", "keycloak");
    }

    private static List<JsonNode> all(String kind) {
        return rendered.stream().filter(object -> object.get("kind").asText().equals(kind)).toList();
    }

    /** The one object of this kind (named so, unless null). */
    private static JsonNode only(String kind, String name) {
        List<JsonNode> found = all(kind).stream().filter(object -> name == null || object.at("/metadata/name").asText().equals(name)).toList();
        assertThat(found).as(kind + " " + name).hasSize(1);
        return found.get(0);
    }

    private static JsonNode env(JsonNode deployment, String name) {
        for (JsonNode variable : deployment.at("/spec/template/spec/containers/0/env")) {
            if (variable.get("name").asText().equals(name)) {
                return variable;
            }
        }
        throw new AssertionError(deployment.at("/metadata/name") + " has no " + name);
    }

    /** Fields of the model that the API does not define: fabric8 keeps them aside, in each object's additional properties. */
    private static List<String> unknownFields(Object value, String path) {
        List<String> found = new ArrayList<>();
        collect(value, path, found);
        return found;
    }

    private static void collect(Object value, String path, List<String> found) {
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                collect(item, path + "[" + i++ + "]", found);
            }
            return;
        }
        if (value instanceof Map<?, ?> entries) {
            entries.forEach((key, item) -> collect(item, path + "." + key, found));
            return;
        }
        if (value == null || !value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (!getter.getName().startsWith("get") || getter.getParameterCount() > 0 || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            try {
                Object field = getter.invoke(value);
                if (getter.getName().equals("getAdditionalProperties")) {
                    if (field instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        found.add(path + ": " + extra.keySet());
                    }
                } else {
                    String name = getter.getName().substring(3);
                    collect(field, path + "." + Character.toLowerCase(name.charAt(0)) + name.substring(1), found);
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The Compose file as docker-compose reads it, after validating it against the Compose schema. */
    private static String composeConfig(Path file) throws Exception {
        Map<String, String> environment = new LinkedHashMap<>();
        for (String variable : CHECK_ENVIRONMENT.split(" ")) {
            environment.put(variable.substring(0, variable.indexOf('=')), variable.substring(variable.indexOf('=') + 1));
        }
        return run(List.of("docker-compose", "-f", file.toString(), "config"), environment);
    }

    private static String run(List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError(command.get(0) + " is needed to check the deployment files (.ci/run installs it): " + e.getMessage(), e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        if (process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }

    private static void assertThatFails(ThrowingSupplier check, String naming) {
        try {
            check.get();
        } catch (AssertionError refused) {
            assertThat(refused.getMessage()).contains(naming);
            return;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("accepted, though it has " + naming);
    }

    @FunctionalInterface
    private interface ThrowingSupplier {
        Object get() throws Exception;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
