package cn.techmarket.model.region;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A city or prefecture (市州) that runs a sub-market, identified by its six-digit
 * administrative division code (行政区划代码); or a province's own market (省本级), which runs as a
 * tenant the same way.
 *
 * @param regionCode six-digit administrative code, e.g. {@code 220100}
 * @param name       Chinese name, e.g. 长春
 * @param nameEn     English (pinyin) name, e.g. Changchun
 * @param tenantId   the tenant id its sub-market uses, e.g. {@code changchun}
 */
public record City(String regionCode, String name, String nameEn, String tenantId) {

    private static final Pattern REGION_CODE = Pattern.compile("\\d{6}");

    public City {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nameEn, "nameEn");
        if (regionCode == null || !REGION_CODE.matcher(regionCode).matches()) {
            throw new IllegalArgumentException("regionCode must be six digits, was " + regionCode);
        }
        TenantIds.requireValid(tenantId);
    }

    /** A province's own market (省本级, code ending in 0000) rather than a city's. */
    public boolean isProvinceMarket() {
        return regionCode.endsWith("0000");
    }

    /** The province part of the code: 22 for Jilin, 21 for Liaoning, 45 for Guangxi. */
    public String provinceCode() {
        return regionCode.substring(0, 2);
    }
}
