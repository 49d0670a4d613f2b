package cn.techmarket.tenant.crossmarket;

/**
 * A published service institution of any market, as another market needs to know it.
 *
 * @param type  its service type, e.g. {@code EVALUATION} (评估评价)
 * @param owner the member (global id) whose people act for it; null when the market itself keeps the record
 */
public record InstitutionCard(String id, String tenantId, String name, String type, String owner) {
}
