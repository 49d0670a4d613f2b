package cn.techmarket.tenant.instrument;

import cn.techmarket.tenant.tenancy.HostedTenant;

/**
 * A booking was made or took a step, published right after it is stored, for those who tell
 * people (the inbox).
 *
 * @param from where it stood before; null for a new booking
 */
public record BookingChanged(HostedTenant tenant, Booking booking, BookingStatus from, String actor) {
}
