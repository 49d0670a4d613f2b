package cn.techmarket.model.region;

import java.util.List;
import java.util.Optional;

/**
 * The cities of the provinces our seeds describe. Jilin is the demo province; Liaoning and
 * Guangxi show that nothing is tied to one province.
 */
public final class Provinces {

    public static final List<City> JILIN = List.of(
            new City("220100", "长春", "Changchun", "changchun"),
            new City("220200", "吉林", "Jilin", "jilin"),
            new City("220300", "四平", "Siping", "siping"),
            new City("220400", "辽源", "Liaoyuan", "liaoyuan"),
            new City("220500", "通化", "Tonghua", "tonghua"),
            new City("220600", "白山", "Baishan", "baishan"),
            new City("220700", "松原", "Songyuan", "songyuan"),
            new City("220800", "白城", "Baicheng", "baicheng"),
            new City("222400", "延边朝鲜族自治州", "Yanbian", "yanbian"));

    public static final List<City> LIAONING = List.of(
            new City("210100", "沈阳", "Shenyang", "shenyang"),
            new City("210200", "大连", "Dalian", "dalian"),
            new City("210300", "鞍山", "Anshan", "anshan"),
            new City("211400", "葫芦岛", "Huludao", "huludao"));

    public static final List<City> GUANGXI = List.of(
            new City("450100", "南宁", "Nanning", "nanning"),
            new City("450200", "柳州", "Liuzhou", "liuzhou"),
            new City("451400", "崇左", "Chongzuo", "chongzuo"));

    /**
     * Each province's own market (省本级, the "1" of "1+10+N"): its challenge lists, activities and
     * policies live in a store of their own, run as one more tenant whose operators are province staff.
     */
    public static final List<City> MARKETS = List.of(
            new City("220000", "吉林省", "Jilin Province", "jilin-province"),
            new City("210000", "辽宁省", "Liaoning Province", "liaoning-province"),
            new City("450000", "广西壮族自治区", "Guangxi", "guangxi-province"));

    private Provinces() {
    }

    /** The market of the province the city belongs to; for a province market, itself. */
    public static City marketOf(City city) {
        return MARKETS.stream().filter(market -> market.provinceCode().equals(city.provinceCode())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no province market is known for " + city.name()));
    }

    /** Looks a city or province market up by tenant id or region code across the known provinces. */
    public static Optional<City> find(String tenantIdOrRegionCode) {
        return java.util.stream.Stream.of(MARKETS, JILIN, LIAONING, GUANGXI)
                .flatMap(List::stream)
                .filter(c -> c.tenantId().equals(tenantIdOrRegionCode) || c.regionCode().equals(tenantIdOrRegionCode))
                .findFirst();
    }
}
