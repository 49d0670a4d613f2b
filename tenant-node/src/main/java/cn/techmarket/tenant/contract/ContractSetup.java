package cn.techmarket.tenant.contract;

import cn.techmarket.model.contract.ContractStatus;
import cn.techmarket.model.contract.ContractType;
import cn.techmarket.model.contract.PartyCodes;
import cn.techmarket.model.contract.PartyKind;
import cn.techmarket.model.region.MarketTime;
import cn.techmarket.tenant.library.LibraryIds;
import cn.techmarket.tenant.tenancy.HostedTenant;
import cn.techmarket.tenant.tenancy.HostedTenants;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * At startup: the contract indexes of every tenant; and, for the demo loader, demo contracts
 * already registered over this year and the last, numbered and subsidised as registration would
 * have.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ContractSetup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ContractSetup.class);
    private static final int BATCH = 1_000;

    private final HostedTenants tenants;
    private final RegistrationNumbers numbers;
    private final SubsidyProperties subsidies;
    private final Clock clock;

    ContractSetup(HostedTenants tenants, RegistrationNumbers numbers, SubsidyProperties subsidies, Clock clock) {
        this.tenants = tenants;
        this.numbers = numbers;
        this.subsidies = subsidies;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (HostedTenant tenant : tenants.all()) {
            numbers.ensureIndexes(tenant);
            // brokers' turnover reads the contracts linking their matches
            tenant.mongo().indexOps(ContractStore.COLLECTION).createIndex(new Index()
                    .on("matchId", Sort.Direction.ASC).sparse().named("match"));
        }
    }

    /** Registers {@code count} demo contracts unless the tenant already holds contracts. */
    public void loadDemo(HostedTenant tenant, int count) {
        if (count == 0) {
            return;
        }
        if (tenant.mongo().count(new Query(), ContractStore.COLLECTION) > 0) {
            log.info("{}: contracts already held, demo contracts not loaded", tenant.id());
        } else {
            register(tenant, count);
        }
    }

    private void register(HostedTenant tenant, int count) {
        Random random = new Random(tenant.id().hashCode());
        ZonedDateTime now = clock.instant().atZone(MarketTime.ZONE);
        List<Contract.Party> sellers = parties(tenant, random, 40, true);
        List<Contract.Party> buyers = parties(tenant, random, 120, false);
        Map<Integer, Long> lastNumber = new HashMap<>();
        Map<String, BigDecimal> ledger = new HashMap<>();
        Map<String, Document> ledgerGrants = new HashMap<>();
        List<Contract> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < count; i++) {
            int year = now.getYear() - (i % 3 == 0 ? 1 : 0);
            int month = year == now.getYear() ? 1 + random.nextInt(now.getMonthValue()) : 1 + random.nextInt(12);
            Instant registeredAt = ZonedDateTime.of(year, month, 1 + random.nextInt(28), 9 + random.nextInt(8), 0, 0, 0,
                    MarketTime.ZONE).toInstant();
            ContractType type = ContractType.values()[random.nextInt(ContractType.values().length)];
            BigDecimal amount = BigDecimal.valueOf(50_000L + random.nextInt(5_000_000)).setScale(2);
            BigDecimal income = amount.multiply(BigDecimal.valueOf(60 + random.nextInt(41))).divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.HALF_UP);
            Contract.Party seller = sellers.get(random.nextInt(sellers.size()));
            Contract.Party buyer = buyers.get(random.nextInt(buyers.size()));
            String id = LibraryIds.next();
            long number = lastNumber.merge(year, 1L, Long::sum);
            Contract draft = new Contract(id, tenant.id(), ContractStatus.REGISTERED, 3, null, type,
                    type.label() + "合同：" + seller.name() + " → " + buyer.name(), seller, buyer, amount, income,
                    LocalDate.ofInstant(registeredAt, MarketTime.ZONE).minusDays(10), null, null, null, List.of(), null,
                    List.of(), List.of(), BigDecimal.ZERO, registeredAt, year, month, registeredAt, "demo", registeredAt, null, null);
            List<Contract.SubsidyGrant> grants = new ArrayList<>();
            for (SubsidyProperties.Rule rule : subsidies.rules()) {
                if (rule.appliesTo(tenant.id(), draft)) {
                    String key = rule.id() + "|" + draft.party(rule.recipient()).creditCode() + "|" + year;
                    Contract.SubsidyGrant grant = SubsidyCalculator.grant(rule, draft, ledger.getOrDefault(key, BigDecimal.ZERO));
                    ledger.merge(key, grant.amount(), BigDecimal::add);
                    ledgerGrants.computeIfAbsent(key, k -> new Document()).append(id, new Decimal128(grant.amount()));
                    grants.add(grant);
                }
            }
            String registration = String.format("%s-%d-%06d", tenant.city().regionCode(), year, number);
            batch.add(draft.registeredDemo(registration, grants));
            if (batch.size() == BATCH) {
                tenant.mongo().insert(batch, ContractStore.COLLECTION);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            tenant.mongo().insert(batch, ContractStore.COLLECTION);
        }
        ledgerGrants.forEach((key, grants) -> tenant.mongo().save(new Document("_id", key).append("version", 1L).append("grants", grants),
                SubsidyLedger.COLLECTION));
        lastNumber.forEach((year, last) -> numbers.startAfter(tenant, year, last));
        log.info("{}: {} demo contracts registered", tenant.id(), count);
    }

    private static List<Contract.Party> parties(HostedTenant tenant, Random random, int count, boolean sellers) {
        PartyKind[] kinds = sellers ? new PartyKind[]{PartyKind.UNIVERSITY, PartyKind.INSTITUTE, PartyKind.ENTERPRISE}
                : new PartyKind[]{PartyKind.ENTERPRISE, PartyKind.ENTERPRISE, PartyKind.ENTERPRISE, PartyKind.INSTITUTE};
        String[] names = sellers ? new String[]{"大学", "研究院", "科技有限公司"} : new String[]{"制造有限公司", "新材料股份有限公司", "汽车零部件有限公司", "研究所"};
        List<Contract.Party> parties = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            PartyKind kind = kinds[i % kinds.length];
            String code = PartyCodes.withCheck(String.format("91%s%s%07d", tenant.city().regionCode(), sellers ? "MA" : "MB", i));
            parties.add(new Contract.Party(tenant.city().name() + (sellers ? "第" : "某") + (i + 1) + names[i % names.length], code, kind));
        }
        return parties;
    }
}
