package cn.techmarket.tenant.crossmarket;

import cn.techmarket.model.record.Industry;

/** A published demand of any market, and the member it is published for. */
public record DemandCard(String id, String tenantId, String title, String problem, Industry industry, String enterpriseName, String owner) {
}
