package cn.techmarket.tenant.instrument;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.graphql.security.Caller;
import cn.techmarket.model.id.MalformedIdException;
import cn.techmarket.model.id.TypedId;
import cn.techmarket.model.member.MemberKind;
import cn.techmarket.model.region.MarketTime;
import cn.techmarket.tenant.documents.NewIds;
import cn.techmarket.tenant.documents.RecordNotFoundException;
import cn.techmarket.tenant.member.Member;
import cn.techmarket.tenant.member.Members;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Innovation vouchers (创新券): province staff issue them to verified enterprises; an enterprise pays
 * part of a used instrument's fee with one (at most the share the rules give). The payment is
 * taken from the voucher first, in one conditional update that also records which booking it paid,
 * then written on the booking; run again, it finds the voucher already paid for that booking and
 * only completes the booking, so a retry never pays twice.
 */
@Component
class Vouchers {

    static final String COLLECTION = "vouchers";

    private final Members members;
    private final BookingProperties rules;
    private final Clock clock;

    Vouchers(Members members, BookingProperties rules, Clock clock) {
        this.members = members;
        this.rules = rules;
        this.clock = clock;
    }

    Voucher issue(HostedTenant tenant, String actor, VoucherInput input, NewIds ids) {
        Member member = members.requireActive(tenant, "input.memberId", input.memberId(), null);
        if (member.kind() != MemberKind.ENTERPRISE) {
            throw new BadInputException("input.memberId", "innovation vouchers go to enterprises; this member is a "
                    + member.kind().name().toLowerCase() + " (" + member.kind().label() + ")");
        }
        Instant now = clock.instant();
        if (!input.validUntil().isAfter(LocalDate.ofInstant(now, MarketTime.ZONE))) {
            throw new BadInputException("input.validUntil", "must be after today");
        }
        String id = ids.next();
        long fen = Quantities.fen(input.amount());
        Voucher voucher = new Voucher(id, tenant.id(), "CXQ-" + tenant.id().toUpperCase() + "-" + id.substring(0, 8).toUpperCase(),
                member.globalId(), member.name(), fen, fen, input.validUntil(), input.purpose() == null ? null : input.purpose().strip(),
                List.of(), now, actor);
        try {
            tenant.mongo().insert(voucher, COLLECTION);
        } catch (DuplicateKeyException sameRequestAgain) {
            return tenant.mongo().findById(id, Voucher.class, COLLECTION);
        }
        return voucher;
    }

    /**
     * Takes {@code amount} from the voucher towards the booking's fee: never more than the voucher
     * holds, never twice for one booking, never beyond the share of the fee the rules allow.
     *
     * @return the voucher after the use
     */
    Voucher pay(HostedTenant tenant, Caller caller, String author, Booking booking, String voucherId, BigDecimal amount) {
        if (amount.scale() > 2 || amount.signum() <= 0) {
            throw new BadInputException("amount", "must be a positive amount of yuan with at most two decimals");
        }
        Voucher voucher = find(tenant, voucherId).filter(v -> v.member().equals(booking.booker()))
                .orElseThrow(() -> new RecordNotFoundException("voucherId"));
        Optional<Voucher.Use> earlier = voucher.uses().stream().filter(use -> use.booking().equals(booking.globalId())).findFirst();
        if (earlier.isPresent()) {
            return voucher; // this booking was paid with it already: the same request again
        }
        if (booking.usage().voucherPaid().signum() > 0) {
            throw BadInputException.illegalTransition("id", "this use was already paid in part with a voucher");
        }
        if (voucher.validUntil().isBefore(LocalDate.ofInstant(clock.instant(), MarketTime.ZONE))) {
            throw new BadInputException("voucherId", "the voucher expired on " + voucher.validUntil());
        }
        BigDecimal most = booking.usage().fee().multiply(rules.voucherShare()).setScale(2, RoundingMode.DOWN);
        if (amount.compareTo(most) > 0) {
            throw new BadInputException("amount", "a voucher pays at most " + rules.voucherShare().movePointRight(2).stripTrailingZeros().toPlainString()
                    + "% of the fee, here " + most.toPlainString() + " yuan");
        }
        long fen = Quantities.fen(amount);
        Voucher.Use use = new Voucher.Use(booking.globalId(), booking.instrumentName(), fen, clock.instant(), author);
        Criteria unused = where("_id").is(voucher.id()).and("balanceFen").gte(fen).and("uses.booking").ne(booking.globalId());
        long changed = tenant.mongo().updateFirst(new Query(unused), new Update().inc("balanceFen", -fen).push("uses", use), COLLECTION)
                .getModifiedCount();
        Voucher after = tenant.mongo().findById(voucher.id(), Voucher.class, COLLECTION);
        if (changed == 0 && after.uses().stream().noneMatch(u -> u.booking().equals(booking.globalId()))) {
            throw new BadInputException("amount", "the voucher holds " + after.balance().toPlainString() + " yuan, less than " + amount.toPlainString());
        }
        return after;
    }

    /** The vouchers the caller may see: all of the sub-market's for its operators and province staff; a member's person their members'. */
    List<Voucher> visible(HostedTenant tenant, Caller caller, String memberId) {
        Criteria criteria = new Criteria();
        if (!caller.readsPrivateDataOf(tenant.id())) {
            Set<String> mine = members.of(tenant, caller.subject());
            criteria = where("member").in(mine);
        }
        if (memberId != null) {
            criteria = criteria.and("member").is(memberId);
        }
        return tenant.mongo().find(new Query(criteria).with(org.springframework.data.domain.Sort.by(
                org.springframework.data.domain.Sort.Order.desc("issuedAt"))).limit(200), Voucher.class, COLLECTION);
    }

    Optional<Voucher> find(HostedTenant tenant, String globalId) {
        TypedId id;
        try {
            id = TypedId.decode(globalId, Voucher.TYPE_NAME);
        } catch (MalformedIdException e) {
            throw new BadInputException("voucherId", e.getMessage());
        }
        if (!id.tenantId().equals(tenant.id())) {
            return Optional.empty();
        }
        return Optional.ofNullable(tenant.mongo().findById(id.localId(), Voucher.class, COLLECTION));
    }
}
