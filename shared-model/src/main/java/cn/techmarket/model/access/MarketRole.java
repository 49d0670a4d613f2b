package cn.techmarket.model.access;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who may do what on the platform. Each role travels in an access token as one OAuth2 scope;
 * a city operator's token also names its tenant in the {@link MarketClaims#TENANT} claim.
 * Anonymous callers carry no token and read published public listings only.
 */
public enum MarketRole {

    /** 分市场运营人员: manages one city's listings; writes only there. */
    CITY_OPERATOR("market.operate"),
    /** 省级工作人员: reads every city, including non-public fields and statistics. */
    PROVINCE_STAFF("market.province"),
    /** 平台管理员: manages the tenant registry. */
    PLATFORM_ADMIN("market.admin"),
    /** The hub's search sync: reads tenants' change feeds and nothing else. */
    SYNC_SERVICE("market.sync"),
    /** 注册用户: a person with an account; applies for membership and acts for the members they belong to. */
    MEMBER("market.member");

    private final String scope;

    MarketRole(String scope) {
        this.scope = scope;
    }

    public String scope() {
        return scope;
    }

    public static Optional<MarketRole> ofScope(String scope) {
        return Arrays.stream(values()).filter(role -> role.scope.equals(scope)).findFirst();
    }
}
