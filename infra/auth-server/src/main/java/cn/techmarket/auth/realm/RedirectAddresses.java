package cn.techmarket.auth.realm;

import java.net.URI;

/**
 * The browser client's redirect addresses, read once: their origins, and whether one is a loopback
 * address, which a portal on this machine may use on any port (RFC 8252 §7.3).
 */
public final class RedirectAddresses {

    private RedirectAddresses() {
    }

    public static boolean loopback(URI address) {
        return "127.0.0.1".equals(address.getHost()) || "[::1]".equals(address.getHost());
    }

    /** The origin as a browser's location.origin spells it: scheme://host[:port]. */
    public static String origin(URI address) {
        return address.getScheme() + "://" + address.getHost() + (address.getPort() < 0 ? "" : ":" + address.getPort());
    }
}
