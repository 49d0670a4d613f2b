package cn.techmarket.tenant.demo;

import cn.techmarket.model.record.Industry;
import cn.techmarket.model.region.City;
import cn.techmarket.tenant.library.Contact;
import cn.techmarket.tenant.library.Lifecycle;
import cn.techmarket.tenant.library.RecordMeta;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The dice of one demo record: seeded by city, kind and index, so the same three always give the
 * same record and demo data, tests and benchmarks agree at any scale, from a handful of records
 * to 100,000+ per tenant (each record is made on its own, lazily). A kind's demo makes its
 * record by drawing from these in a fixed order.
 */
public final class DemoDice {

    /** Demo records are dated within the year before this instant. */
    private static final Instant EPOCH = Instant.parse("2024-06-30T00:00:00Z");
    private static final String AUTHOR = "demo-loader";
    public static final List<Industry> INDUSTRIES = List.copyOf(Topics.BY_INDUSTRY.keySet().stream().sorted().toList());

    private final City city;
    private final SplittableRandom random;

    /** @param seed the kind's seed name, e.g. {@code achievement}: never change it, or every demo record of the kind changes */
    public DemoDice(City city, String seed, int index) {
        this.city = city;
        this.random = new SplittableRandom(((long) city.regionCode().hashCode() << 32) ^ (seed.hashCode() * 31L + index));
    }

    public City city() {
        return city;
    }

    /** A technology topic of a random industry: the ground truth of matching, since a demand is met by what shares its topic. */
    public Topic topic() {
        Industry industry = pick(INDUSTRIES);
        Topics.Topic topic = pick(Topics.BY_INDUSTRY.get(industry));
        return new Topic(topic.subject(), topic.keywords(), topic.problem(), industry);
    }

    public record Topic(String subject, List<String> keywords, String problem, Industry industry) {
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    public boolean nextBoolean() {
        return random.nextBoolean();
    }

    public <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Some of the values, in their order; never none. */
    public <T> List<T> pickSome(List<T> values) {
        List<T> picked = new ArrayList<>();
        for (T value : values) {
            if (random.nextBoolean()) {
                picked.add(value);
            }
        }
        return picked.isEmpty() ? List.of(values.get(0)) : picked;
    }

    /** Published an hour after it was created, some time in the year before the epoch. */
    public RecordMeta meta() {
        Instant created = EPOCH.minus(random.nextInt(365 * 24), ChronoUnit.HOURS);
        return RecordMeta.draft(city.tenantId(), AUTHOR, created).changed(Lifecycle.PUBLISHED, AUTHOR, created.plus(1, ChronoUnit.HOURS));
    }

    /** Published an hour after it was created, some time in the {@code days} before {@code until}: for records whose year matters. */
    public RecordMeta metaWithin(Instant until, int days) {
        Instant created = until.minus(1 + random.nextInt(days * 24), ChronoUnit.HOURS);
        return RecordMeta.draft(city.tenantId(), AUTHOR, created).changed(Lifecycle.PUBLISHED, AUTHOR, created.plus(1, ChronoUnit.HOURS));
    }

    public Contact contact() {
        return new Contact(personName(), "0431-" + (80000000 + random.nextInt(9999999)), "contact" + random.nextInt(100000) + "@example.cn");
    }

    public String personName() {
        return pick(Topics.SURNAMES) + pick(Topics.GIVEN_NAMES);
    }

    /** A local id such as {@code a0000042}. */
    public static String localId(String prefix, int index) {
        return prefix + String.format("%07d", index);
    }
}
