package cn.techmarket.tenant.crossmarket;

/**
 * A published expert of any market, as a reviewer draw needs it.
 *
 * @param owner the member whose profile it is (a researcher's own), or null for the market's own record
 */
public record ExpertCard(String id, String tenantId, String name, String institution, String owner) {
}
