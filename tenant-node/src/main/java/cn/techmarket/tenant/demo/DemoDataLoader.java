package cn.techmarket.tenant.demo;

import cn.techmarket.tenant.member.MemberDemo;

import cn.techmarket.tenant.contract.ContractSetup;
import cn.techmarket.tenant.library.LibraryKind;
import cn.techmarket.tenant.library.LibraryKinds;
import cn.techmarket.tenant.library.LibraryRecord;
import cn.techmarket.tenant.library.LibraryStore;
import cn.techmarket.tenant.library.LibraryWriter;
import cn.techmarket.tenant.library.SequenceHints;
import cn.techmarket.tenant.tenancy.HostedTenant;
import cn.techmarket.tenant.tenancy.HostedTenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * At startup: declares each tenant's indexes, repairs its sequence hints, and, when asked, fills
 * empty libraries with every declared kind's demo records and registers demo contracts.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final int BATCH = 1_000;

    private final HostedTenants tenants;
    private final LibraryKinds kinds;
    private final LibraryStore store;
    private final LibraryWriter writer;
    private final SequenceHints hints;
    private final ContractSetup contracts;
    private final MemberDemo members;
    private final DemoProperties demo;
    private final org.springframework.context.ApplicationEventPublisher events;

    DemoDataLoader(HostedTenants tenants, LibraryKinds kinds, LibraryStore store, LibraryWriter writer, SequenceHints hints,
                   ContractSetup contracts, MemberDemo members, DemoProperties demo, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.members = members;
        this.tenants = tenants;
        this.kinds = kinds;
        this.store = store;
        this.writer = writer;
        this.hints = hints;
        this.contracts = contracts;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (HostedTenant tenant : tenants.all()) {
            store.ensureIndexes(tenant);
            hints.repair(tenant);
            if (demo.enabled()) {
                kinds.all().forEach(kind -> load(tenant, kind, demo.records().getOrDefault(kind.library().kind(), kind.demoCount())));
                events.publishEvent(new DemoLibraryLoaded(tenant));
                contracts.loadDemo(tenant, demo.contracts());
                if (demo.members()) {
                    members.loadDemo(tenant);
                }
            }
        }
    }

    private <R extends LibraryRecord> void load(HostedTenant tenant, LibraryKind<R> kind, int count) {
        String collection = kind.library().collection();
        if (store.countAll(tenant, kind.library()) > 0) {
            log.info("{}: {} already hold records, demo data not loaded", tenant.id(), collection);
            return;
        }
        List<R> batch = new ArrayList<>(BATCH);
        for (int index = 0; index < count; index++) {
            batch.add(kind.demo().record(tenant.city(), index));
            if (batch.size() == BATCH || index == count - 1) {
                writer.importInOrder(tenant, kind.library(), List.copyOf(batch));
                batch.clear();
            }
        }
        log.info("{}: loaded {} demo {}", tenant.id(), count, collection);
    }
}
