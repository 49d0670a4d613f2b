package cn.techmarket.tenant.demo;

import cn.techmarket.model.demo.DemoLibrary;
import cn.techmarket.model.record.LibraryRecord;
import cn.techmarket.tenant.library.Library;
import cn.techmarket.tenant.library.LibraryStore;
import cn.techmarket.tenant.library.LibraryWriter;
import cn.techmarket.tenant.library.SequenceHints;
import cn.techmarket.tenant.tenancy.HostedTenant;
import cn.techmarket.tenant.tenancy.HostedTenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.stream.Stream;

/**
 * At startup: declares each tenant's indexes, repairs its sequence hints, and, when asked,
 * fills empty libraries with demo records.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final int BATCH = 1_000;

    private final HostedTenants tenants;
    private final LibraryStore store;
    private final LibraryWriter writer;
    private final SequenceHints hints;
    private final DemoProperties demo;

    DemoDataLoader(HostedTenants tenants, LibraryStore store, LibraryWriter writer, SequenceHints hints, DemoProperties demo) {
        this.tenants = tenants;
        this.store = store;
        this.writer = writer;
        this.hints = hints;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (HostedTenant tenant : tenants.all()) {
            store.ensureIndexes(tenant);
            hints.repair(tenant);
            if (demo.enabled()) {
                DemoLibrary library = new DemoLibrary(tenant.city());
                load(tenant, Library.ACHIEVEMENTS, library.achievements(demo.achievements()));
                load(tenant, Library.DEMANDS, library.demands(demo.demands()));
                load(tenant, Library.EXPERTS, library.experts(demo.experts()));
                load(tenant, Library.FINANCING_INSTITUTIONS, library.financingInstitutions(demo.financingInstitutions()));
                load(tenant, Library.SERVICE_INSTITUTIONS, library.serviceInstitutions(demo.serviceInstitutions()));
            }
        }
    }

    private <T extends LibraryRecord> void load(HostedTenant tenant, Library<T> library, Stream<T> records) {
        if (store.countAll(tenant, library) > 0) {
            log.info("{}: {} already hold records, demo data not loaded", tenant.id(), library.collection());
            return;
        }
        var batch = new java.util.ArrayList<T>(BATCH);
        int[] total = {0};
        records.forEach(record -> {
            batch.add(record);
            if (batch.size() == BATCH) {
                writer.importInOrder(tenant, library, List.copyOf(batch));
                total[0] += batch.size();
                batch.clear();
            }
        });
        if (!batch.isEmpty()) {
            writer.importInOrder(tenant, library, batch);
            total[0] += batch.size();
        }
        log.info("{}: loaded {} demo {}", tenant.id(), total[0], library.collection());
    }
}
