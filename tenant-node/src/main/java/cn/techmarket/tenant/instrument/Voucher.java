package cn.techmarket.tenant.instrument;

import cn.techmarket.model.id.TypedId;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An innovation voucher (创新券) the province issued to a small enterprise, kept by the enterprise's
 * sub-market. Amounts are kept in fen (分), whole numbers, so that MongoDB compares and decrements
 * them exactly: a use is one conditional update, never below zero and never twice for one booking.
 *
 * @param member the enterprise (global id)
 * @param uses   what it paid, one use per booking at most
 */
public record Voucher(String id, String tenantId, String number, String member, String memberName, long amountFen, long balanceFen,
                      LocalDate validUntil, String purpose, List<Use> uses, Instant issuedAt, String issuedBy) {

    public static final String TYPE_NAME = "Voucher";

    /** One payment from the voucher towards a booking's fee. */
    public record Use(String booking, String instrumentName, long amountFen, Instant at, String by) {

        public BigDecimal amount() {
            return Quantities.yuan(amountFen);
        }
    }

    public String globalId() {
        return new TypedId(tenantId, TYPE_NAME, id).encode();
    }

    public BigDecimal amount() {
        return Quantities.yuan(amountFen);
    }

    public BigDecimal balance() {
        return Quantities.yuan(balanceFen);
    }
}
