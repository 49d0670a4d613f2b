package cn.techmarket.tenant.trading;

import cn.techmarket.model.trading.ListingStatus;

import cn.techmarket.tenant.tenancy.HostedTenant;

/**
 * A listing took a step, published right after it is stored, for those who tell people (the inbox)
 * and who show the achievement's trading state.
 *
 * @param from where it stood before; null for a new listing
 */
public record ListingChanged(HostedTenant tenant, Listing listing, ListingStatus from, String actor) {
}
