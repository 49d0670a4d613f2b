package cn.techmarket.tenant.trading;

/** Who a step taken by a deadline is recorded as: the market itself, not a person. */
final class DeadlineAuthor {

    static final String MARKET = "market";

    private DeadlineAuthor() {
    }
}
