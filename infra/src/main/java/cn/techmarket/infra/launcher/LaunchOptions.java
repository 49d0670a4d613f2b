package cn.techmarket.infra.launcher;

import cn.techmarket.model.region.City;
import cn.techmarket.model.region.Provinces;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the start command was asked for. Every option is {@code --name=value} on the command
 * line or the environment variable in brackets.
 *
 * <ul>
 *   <li>{@code --cities} [MARKET_CITIES]: tenant ids or region codes, comma separated, or {@code all}
 *       for Jilin's nine 市州; default the first three (长春, 吉林, 四平). The market of their
 *       province (吉林省, tenant {@code jilin-province}) is always started beside them.</li>
 *   <li>{@code --hub-port} [HUB_PORT]: default 8080</li>
 *   <li>{@code --data-dir} [MARKET_DATA_DIR]: default {@code .province-data}</li>
 *   <li>{@code --auth-port} [AUTH_PORT]: the authorization server, default 9000</li>
 *   <li>{@code --tenants-per-node}: cities hosted by one tenant-node JVM, default 1</li>
 *   <li>{@code --demo-achievements}, {@code --demo-demands}, {@code --demo-experts}: demo records per
 *       city, loaded only into empty libraries; {@code --demo-contracts}: registered technology
 *       contracts per city over this year and the last; {@code --demo-instruments}: shared research
 *       instruments for the whole province, spread over its cities (default 2,200, the scale of
 *       Guangxi's 2,163 in the seed)</li>
 * </ul>
 */
record LaunchOptions(List<City> cities, int hubPort, int authPort, Path dataDir, int tenantsPerNode,
                     int demoAchievements, int demoDemands, int demoExperts, int demoContracts, int demoInstruments) {

    static LaunchOptions parse(String[] args, Map<String, String> env) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("options look like --name=value, got: " + arg);
            }
            given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        String cities = given.getOrDefault("cities", env.getOrDefault("MARKET_CITIES", "changchun,jilin,siping"));
        LaunchOptions options = new LaunchOptions(
                cities(cities),
                number(given.getOrDefault("hub-port", env.getOrDefault("HUB_PORT", "8080")), "hub-port"),
                number(given.getOrDefault("auth-port", env.getOrDefault("AUTH_PORT", "9000")), "auth-port"),
                Path.of(given.getOrDefault("data-dir", env.getOrDefault("MARKET_DATA_DIR", ".province-data"))),
                number(given.getOrDefault("tenants-per-node", "1"), "tenants-per-node"),
                number(given.getOrDefault("demo-achievements", "120"), "demo-achievements"),
                number(given.getOrDefault("demo-demands", "60"), "demo-demands"),
                number(given.getOrDefault("demo-experts", "40"), "demo-experts"),
                number(given.getOrDefault("demo-contracts", "300"), "demo-contracts"),
                number(given.getOrDefault("demo-instruments", "2200"), "demo-instruments"));
        given.keySet().removeAll(List.of("cities", "hub-port", "auth-port", "data-dir", "tenants-per-node",
                "demo-achievements", "demo-demands", "demo-experts", "demo-contracts", "demo-instruments"));
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("unknown option(s): " + given.keySet());
        }
        return options;
    }

    /** The province markets (省本级) of the cities' provinces, started beside them. */
    List<City> markets() {
        return cities.stream().map(Provinces::marketOf).distinct().filter(market -> !cities.contains(market)).toList();
    }

    /** Each city's share of the province's demo instruments. */
    int demoInstrumentsPerCity() {
        return (demoInstruments + cities.size() - 1) / cities.size();
    }

    private static List<City> cities(String value) {
        if (value.equals("all")) {
            return Provinces.JILIN;
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(id -> Provinces.find(id).orElseThrow(() -> new IllegalArgumentException(
                        "cities: '" + id + "' is not a known city (try changchun, 220200, or all)")))
                .distinct().toList();
    }

    private static int number(String value, String name) {
        try {
            int number = Integer.parseInt(value);
            if (number < 0) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": expected a non-negative number, got " + value);
        }
    }
}
