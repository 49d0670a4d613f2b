package cn.techmarket.tenant.matching;

import cn.techmarket.model.matching.MeetingStatus;
import cn.techmarket.tenant.tenancy.HostedTenant;

/**
 * A meeting request was made or took a step, published right after it is stored, for those who
 * tell people (the inbox).
 *
 * @param from where it stood before; null for a new request
 */
public record MeetingRequestChanged(HostedTenant tenant, MeetingRequest request, MeetingStatus from, String actor) {
}
