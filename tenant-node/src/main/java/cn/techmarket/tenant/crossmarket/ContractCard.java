package cn.techmarket.tenant.crossmarket;

/**
 * A contract of any market, as the market keeping the match it links needs to know it.
 *
 * @param status  its registration status, e.g. {@code REGISTERED}
 * @param matchId the match (global id) it says brought it about
 */
public record ContractCard(String id, String tenantId, String status, String matchId, String registrationNumber) {
}
