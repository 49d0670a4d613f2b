package cn.techmarket.graphql.security;

import cn.techmarket.model.access.MarketRole;
import graphql.schema.FieldCoordinates;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The message of a refusal by {@code @access}: who the field is for, and why this caller is not. */
final class AccessRefusal {

    private static final Map<Access, String> WHO = Map.of(
            Access.TENANT_OPERATOR, "the sub-market's own operators",
            Access.PROVINCE_STAFF, "province staff",
            Access.PLATFORM_ADMIN, "platform administrators",
            Access.SYNC_SERVICE, "the search sync service",
            Access.PARTNER_OPERATOR, "city operators",
            Access.MEMBER, "signed-in members");

    private static final Map<MarketRole, String> ROLES = Map.of(
            MarketRole.CITY_OPERATOR, "city operator",
            MarketRole.PROVINCE_STAFF, "province staff",
            MarketRole.PLATFORM_ADMIN, "platform administrator",
            MarketRole.SYNC_SERVICE, "sync service",
            MarketRole.MEMBER, "member");

    private AccessRefusal() {
    }

    static String explain(FieldCoordinates field, List<Access> anyOf, Caller caller, Optional<String> tenant) {
        String forWhom = field.getTypeName() + "." + field.getFieldName() + " is for "
                + anyOf.stream().map(WHO::get).collect(Collectors.joining(" or "));
        if (caller.isAnonymous()) {
            return "Sign in first: " + forWhom;
        }
        if (anyOf.contains(Access.TENANT_OPERATOR) && caller.has(MarketRole.CITY_OPERATOR) && tenant.isPresent()
                && !tenant.get().equals(caller.tenant())) {
            return "Forbidden: this belongs to sub-market '" + tenant.get() + "' and your token operates '" + caller.tenant()
                    + "'; only " + tenant.get() + "'s own operators may do this";
        }
        String held = caller.roles().isEmpty() ? "no market role"
                : caller.roles().stream().map(role -> ROLES.getOrDefault(role, role.name())).sorted().collect(Collectors.joining(", "))
                + (caller.tenant() == null ? "" : " of " + caller.tenant());
        return "Forbidden: " + forWhom + ", and your token grants " + held;
    }
}
