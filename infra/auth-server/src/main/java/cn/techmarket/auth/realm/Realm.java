package cn.techmarket.auth.realm;

import cn.techmarket.model.access.MarketRole;
import cn.techmarket.model.region.City;
import cn.techmarket.model.region.Provinces;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The configured clients and users, plus the demo realm when enabled: for every city of the
 * known provinces an operator client and user ({@code changchun-operator}), and one province
 * staff member, platform administrator and sync client.
 */
@Component
public class Realm {

    public static final String SYNC_CLIENT = "hub-sync";

    /**
     * The people of the demo members of each Jilin city, e.g. {@code changchun-enterprise}: the
     * owners of a verified enterprise, university, bank and broker, and a pending applicant. The
     * memberships themselves are the cities' demo data.
     */
    public static final List<String> DEMO_MEMBERS = List.of("enterprise", "university", "bank", "broker", "applicant");

    private final List<RealmProperties.Client> clients;
    private final List<RealmProperties.User> users;

    public Realm(RealmProperties properties) {
        this.clients = new ArrayList<>(properties.clients());
        this.users = new ArrayList<>(properties.users());
        RealmProperties.Demo demo = properties.demo();
        if (demo.enabled()) {
            for (City city : cities()) {
                String name = city.tenantId() + "-operator";
                clients.add(new RealmProperties.Client(name, demo.secret(), MarketRole.CITY_OPERATOR, city.tenantId()));
                users.add(new RealmProperties.User(name, demo.password(), MarketRole.CITY_OPERATOR, city.tenantId()));
            }
            for (City city : Provinces.JILIN) {
                // a second operator, so that one submits and another registers (four eyes)
                String registrar = city.tenantId() + "-registrar";
                clients.add(new RealmProperties.Client(registrar, demo.secret(), MarketRole.CITY_OPERATOR, city.tenantId()));
                users.add(new RealmProperties.User(registrar, demo.password(), MarketRole.CITY_OPERATOR, city.tenantId()));
                for (String member : DEMO_MEMBERS) {
                    String name = city.tenantId() + "-" + member;
                    clients.add(new RealmProperties.Client(name, demo.secret(), MarketRole.MEMBER, null));
                    users.add(new RealmProperties.User(name, demo.password(), MarketRole.MEMBER, null));
                }
            }
            // province staff operate the province's own market (省本级) as city operators do their city
            String provinceMarket = Provinces.MARKETS.get(0).tenantId();
            clients.add(new RealmProperties.Client("province-staff", demo.secret(), MarketRole.PROVINCE_STAFF, provinceMarket));
            clients.add(new RealmProperties.Client("platform-admin", demo.secret(), MarketRole.PLATFORM_ADMIN, null));
            clients.add(new RealmProperties.Client(SYNC_CLIENT, demo.secret(), MarketRole.SYNC_SERVICE, null));
            users.add(new RealmProperties.User("province-staff", demo.password(), MarketRole.PROVINCE_STAFF, provinceMarket));
            users.add(new RealmProperties.User("platform-admin", demo.password(), MarketRole.PLATFORM_ADMIN, null));
        }
        Stream.concat(clients.stream().map(c -> new Member(c.id(), c.role(), c.tenant())),
                users.stream().map(u -> new Member(u.username(), u.role(), u.tenant()))).forEach(Member::check);
    }

    public List<RealmProperties.Client> clients() {
        return List.copyOf(clients);
    }

    public List<RealmProperties.User> users() {
        return List.copyOf(users);
    }

    private static List<City> cities() {
        return Stream.of(Provinces.JILIN, Provinces.LIAONING, Provinces.GUANGXI).flatMap(List::stream).toList();
    }

    /**
     * A city operator without a tenant, or anyone but province staff with one, is a configuration
     * mistake; province staff may name the province market they operate.
     */
    private record Member(String name, MarketRole role, String tenant) {
        void check() {
            if (role == null) {
                throw new IllegalArgumentException("market.auth: " + name + " has no role");
            }
            boolean hasTenant = tenant != null && !tenant.isBlank();
            if (role == MarketRole.CITY_OPERATOR && !hasTenant
                    || hasTenant && role != MarketRole.CITY_OPERATOR && role != MarketRole.PROVINCE_STAFF) {
                throw new IllegalArgumentException("market.auth: " + name + ": a tenant is required for "
                        + MarketRole.CITY_OPERATOR + " and allowed only for it and " + MarketRole.PROVINCE_STAFF);
            }
        }
    }
}
