package cn.techmarket.tenant.demo;

import cn.techmarket.tenant.tenancy.HostedTenant;

/** Every kind's demo records are in the tenant's library (loaded now or before): features add the history that goes with them. */
public record DemoLibraryLoaded(HostedTenant tenant) {
}
