package cn.techmarket.hub.web;

import cn.techmarket.hub.support.HubIntegrationTest;
import cn.techmarket.hub.support.HubSecurity;
import cn.techmarket.hub.support.HubServers;
import cn.techmarket.hub.support.RegistryBootstrap;
import cn.techmarket.hub.support.TenantNodeProcesses;
import cn.techmarket.hub.support.TenantNodeProcesses.TenantNode;
import cn.techmarket.infra.process.FreePort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The portal in a real browser (Debian's chromium, driven by Playwright from the web module's own
 * packages) against a province of two cities with demo data and demo members, signing in at the
 * real authorization server: the specifications are
 * {@code web/e2e/*.spec.ts}; each page is also checked with axe-core and photographed into
 * {@code hub/target/screenshots/}.
 */
@HubIntegrationTest(properties = {"market.hub.search.sync-interval=300ms", "market.hub.search.index-prefix=web-test",
        "market.hub.registry.probe-interval=2s"})
class PortalInTheBrowserTest {

    private static final Path WEB = Path.of("..", "web").toAbsolutePath().normalize();
    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");

    @RegisterExtension
    static final TenantNode node = TenantNodeProcesses.start("web", List.of("changchun", "jilin"), FreePort.find(),
            List.of("--market.node.demo.members=true", "--market.node.demo.contracts=40"));

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        HubServers.configure(registry, "web_hub");
        RegistryBootstrap.of(registry).cities(node, "changchun", "jilin");
    }

    @LocalServerPort
    int port;

    @Test
    void thePortalsSpecificationsPassInChromium() throws Exception {
        assertThat(Path.of(CHROMIUM)).as("Debian's chromium (apt-get install chromium; .ci/run installs it)").exists();
        String hub = "http://127.0.0.1:" + port;
        // both cities' demo listings are in province search before the browser looks
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            List<Map<String, Object>> cities = HubSecurity.client(hub + "/graphql", null)
                    .document("{ search(kind: ACHIEVEMENT, first: 1) { facets { city { value count } } } }").executeSync()
                    .field("search.facets.city").getValue();
            return cities != null && cities.size() == 2;
        });

        Path output = Path.of("target", "e2e").toAbsolutePath();
        Path log = output.resolve("playwright.log");
        Files.createDirectories(output);
        ProcessBuilder builder = new ProcessBuilder(WEB.resolve("node_modules/.bin/playwright").toString(), "test")
                .directory(WEB.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of("BASE_URL", hub, "CHROMIUM", CHROMIUM, "E2E_OUTPUT", output.resolve("results").toString(),
                "SCREENSHOTS", Path.of("target", "screenshots").toAbsolutePath().toString(), "CI", "true"));
        Process run = builder.start();
        boolean finished = run.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            run.destroyForcibly();
        }
        String report = read(log);
        System.out.println(report);
        assertThat(finished).as("the browser tests finished within 5 minutes").isTrue();
        assertThat(run.exitValue()).as("the browser tests passed:%n%s", report).isZero();
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log) : "(no output)";
    }
}
