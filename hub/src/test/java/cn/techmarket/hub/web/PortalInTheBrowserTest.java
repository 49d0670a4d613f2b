package cn.techmarket.hub.web;

import cn.techmarket.hub.support.HubIntegrationTest;
import cn.techmarket.hub.support.HubSecurity;
import cn.techmarket.hub.support.HubServers;
import cn.techmarket.hub.support.RegistryBootstrap;
import cn.techmarket.hub.support.TenantNodeProcesses;
import cn.techmarket.hub.support.TenantNodeProcesses.TenantNode;
import cn.techmarket.infra.process.FreePort;
import cn.techmarket.infra.process.LatencyProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The portal in a real browser (Debian's chromium, driven by Playwright from the web module's own
 * packages) against a province of two cities with demo data and demo members, signing in at the
 * real authorization server: the specifications are
 * {@code web/e2e/*.spec.ts}, those tagged {@code @hung-city} run last, with one city hung; each page is also checked with axe-core and photographed into
 * {@code hub/target/screenshots/}.
 */
@HubIntegrationTest(properties = {"market.hub.search.sync-interval=300ms", "market.hub.search.index-prefix=web-test",
        "market.hub.registry.probe-interval=2s"})
class PortalInTheBrowserTest {

    private static final Path WEB = Path.of("..", "web").toAbsolutePath().normalize();
    /** The tag of the specifications that run with siping hung. */
    private static final String HUNG = "@hung-city";
    /** The tag of the measurements (BENCHMARKS.md), which run first and alone. */
    private static final String BUDGETS = "@budgets";
    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");

    @RegisterExtension
    static final TenantNode node = TenantNodeProcesses.start("web", List.of("changchun", "jilin", "siping"), FreePort.find(),
            List.of("--market.node.demo.members=true", "--market.node.demo.contracts=40"));
    private static final int HUB_PORT = FreePort.find();
    /** The province's own market on a node of its own, as the start command runs it: its lists and policies, no library of its own. */
    @RegisterExtension
    static final TenantNode provinceMarket = TenantNodeProcesses.start("web_province", List.of("jilin-province"), FreePort.find(),
            List.of("--market.node.hub.url=http://127.0.0.1:" + HUB_PORT, "--market.node.demo.records.achievement=0",
                    "--market.node.demo.records.demand=0", "--market.node.demo.records.expert=0", "--market.node.demo.records.instrument=0",
                    "--market.node.demo.records.financing-institution=0", "--market.node.demo.records.service-institution=0"));
    /** Siping is reached through a proxy, so that the last specifications can find it hung. */
    static final LatencyProxy sipingProxy = LatencyProxy.to(node.port());

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        HubServers.configure(registry, "web_hub");
        registry.add("server.port", () -> HUB_PORT);
        RegistryBootstrap.of(registry).cities(node, "changchun", "jilin").cities(provinceMarket, "jilin-province")
                .city("siping", node.endpoint("siping").replace(":" + node.port() + "/", ":" + sipingProxy.port() + "/"));
    }

    @AfterAll
    static void closeProxy() {
        sipingProxy.close();
    }

    @LocalServerPort
    int port;

    @Test
    void thePortalsSpecificationsPassInChromium() throws Exception {
        assertThat(Path.of(CHROMIUM)).as("Debian's chromium (apt-get install chromium; .ci/run installs it)").exists();
        String hub = "http://127.0.0.1:" + port;
        // the three cities' demo listings are in province search before the browser looks
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            List<Map<String, Object>> cities = HubSecurity.client(hub + "/graphql", null)
                    .document("{ search(kind: ACHIEVEMENT, first: 1) { facets { city { value count } } } }").executeSync()
                    .field("search.facets.city").getValue();
            return cities != null && cities.size() == 3;
        });
        // -De2e.grep=board runs only the specifications whose titles match, while working on them
        String only = System.getProperty("e2e.grep", "");

        if (only.isEmpty() || only.contains("budgets")) {
            // the budgets are measured with the browser alone on the machine, before the rest
            Run budgets = playwright(hub, "budgets", List.of("--grep", BUDGETS));
            assertThat(budgets.exit()).as("the budget measurements ran: %s", budgets.failures()).isZero();
        }
        // the rest, one at a time (two at a time on two cores took as long)
        Run healthy = playwright(hub, "healthy", List.of("--grep", only.isEmpty() ? "." : only, "--grep-invert", HUNG + "|" + BUDGETS));
        assertThat(healthy.exit()).as("the browser tests passed: %s", healthy.failures()).isZero();

        // siping stops answering (its connections hang), as a city's server can: the portal says so and shows the rest
        sipingProxy.delay(Duration.ofMinutes(5));
        try {
            Run hung = playwright(hub, "hung", List.of("--grep", HUNG));
            assertThat(hung.exit()).as("the hung-city browser tests passed: %s", hung.failures()).isZero();
        } finally {
            sipingProxy.heal();
        }
    }

    /** Runs the Playwright specifications chosen by the arguments; answers how it ended, after printing its report. */
    private static Run playwright(String hub, String name, List<String> arguments) throws Exception {
        Path output = Path.of("target", "e2e").toAbsolutePath();
        Path log = output.resolve("playwright-" + name + ".log");
        Files.createDirectories(output);
        List<String> command = new ArrayList<>(List.of(WEB.resolve("node_modules/.bin/playwright").toString(), "test"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(WEB.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of("BASE_URL", hub, "CHROMIUM", CHROMIUM, "E2E_OUTPUT", output.resolve("results-" + name).toString(),
                "SCREENSHOTS", Path.of("target", "screenshots").toAbsolutePath().toString(), "CI", "true"));
        Process run = builder.start();
        // twenty specifications take about five minutes on two cores; a hung run is stopped well before CI's limit
        boolean finished = run.waitFor(9, TimeUnit.MINUTES);
        if (!finished) {
            run.destroyForcibly();
        }
        String report = read(log);
        System.out.println(report);
        assertThat(finished).as("the browser tests finished within 9 minutes").isTrue();
        return new Run(run.exitValue(), report);
    }

    /** A Playwright run's exit code and its report. */
    record Run(int exit, String report) {

        /** Each failed specification's title and first error lines: the assertion's message, as CI shows a failure's last lines only. */
        String failures() {
            List<String> lines = report.lines().toList();
            List<String> found = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                // the list reporter numbers each failure: "  1) [chromium] › e2e/x.spec.ts:36:3 › title", then its error
                if (lines.get(i).matches("\\s+\\d+\\) .*›.*")) {
                    found.add(lines.get(i).replaceAll("─+", "").strip());
                    lines.subList(i + 1, Math.min(i + 12, lines.size())).stream().map(String::strip)
                            .filter(line -> !line.isEmpty()).limit(6).forEach(line -> found.add("    " + line));
                }
            }
            return found.isEmpty() ? "none named (see the report above)" : "\n" + String.join("\n", found);
        }
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log) : "(no output)";
    }
}
