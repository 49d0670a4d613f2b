package cn.techmarket.model.access;

/** Names the authorization server and the resource servers agree on. */
public final class MarketClaims {

    /** The audience every platform access token is issued for, and every server demands. */
    public static final String AUDIENCE = "province-market";

    /** The tenant a city operator's token is bound to, e.g. {@code changchun}. */
    public static final String TENANT = "tenant";

    private MarketClaims() {
    }
}
