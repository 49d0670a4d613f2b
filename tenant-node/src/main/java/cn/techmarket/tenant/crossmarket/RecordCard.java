package cn.techmarket.tenant.crossmarket;

import cn.techmarket.model.record.RecordKind;

/**
 * A published library record of any market, as another market shows it.
 *
 * @param owner the member (global id) that publishes it; null when its market keeps the record itself
 */
public record RecordCard(String id, String tenantId, RecordKind kind, String title, String owner) {
}
