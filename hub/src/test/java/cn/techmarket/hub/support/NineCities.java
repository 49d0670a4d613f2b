package cn.techmarket.hub.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import cn.techmarket.hub.support.TenantNodeProcesses.TenantNode;
import cn.techmarket.infra.process.FreePort;
import cn.techmarket.model.region.City;
import cn.techmarket.model.region.Provinces;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Jilin's nine cities on three tenant-node JVMs, three cities each: the benchmarks' province. */
public final class NineCities implements AutoCloseable, AfterAllCallback {

    private final List<TenantNode> nodes = new ArrayList<>();
    private final Map<City, TenantNode> nodeOf = new LinkedHashMap<>();

    private NineCities() {
    }

    /**
     * @param name          names the nodes' logs and databases, e.g. {@code bench}
     * @param moreArguments Spring Boot arguments for every node, e.g. demo data sizes
     */
    public static NineCities start(String name, List<String> moreArguments, String heap) {
        NineCities province = new NineCities();
        for (int n = 0; n < 3; n++) {
            List<City> cities = Provinces.JILIN.subList(n * 3, n * 3 + 3);
            TenantNode node = TenantNodeProcesses.forBenchmark(name + "_" + n, cities.stream().map(City::tenantId).toList(), FreePort.find(),
                    moreArguments, heap);
            province.nodes.add(node);
            cities.forEach(city -> province.nodeOf.put(city, node));
        }
        return province;
    }

    public Set<City> cities() {
        return nodeOf.keySet();
    }

    public String endpoint(City city) {
        return nodeOf.get(city).endpoint(city.tenantId());
    }

    /** Registers every city with the hub under test. */
    public void register(DynamicPropertyRegistry registry) {
        RegistryBootstrap bootstrap = RegistryBootstrap.of(registry);
        cities().forEach(city -> bootstrap.city(city.tenantId(), endpoint(city)));
    }

    @Override
    public void close() {
        nodes.forEach(TenantNode::close);
    }

    /** Stopped after the test class, when held in a {@code @RegisterExtension static final} field. */
    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }
}
