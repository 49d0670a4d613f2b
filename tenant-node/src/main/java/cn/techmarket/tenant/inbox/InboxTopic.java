package cn.techmarket.tenant.inbox;

/** What an inbox message tells. */
public enum InboxTopic {
    /** To the operators: a person applied for membership, or applied again completed. */
    MEMBERSHIP_APPLIED,
    MEMBERSHIP_VERIFIED,
    MEMBERSHIP_RETURNED,
    MEMBERSHIP_REJECTED,
    MEMBERSHIP_SUSPENDED,
    MEMBERSHIP_REINSTATED,
    /** To the person added to or removed from a member's people. */
    COLLEAGUE_ADDED,
    COLLEAGUE_REMOVED,
    /** To the operators: a member submitted a record for review. */
    LISTING_SUBMITTED,
    LISTING_PUBLISHED,
    LISTING_RETURNED,
    LISTING_WITHDRAWN,
    /** To the operators: a member filed a contract. */
    CONTRACT_FILED,
    CONTRACT_REGISTERED,
    CONTRACT_RETURNED,
    CONTRACT_REJECTED,
    /** To a demand's owner, and the operators of the cities involved: a broker proposed a match. */
    MATCH_PROPOSED,
    MATCH_MOVED,
    /** To the operators of the cities involved: an enterprise asked to meet an expert. */
    MEETING_REQUESTED,
    MEETING_SCHEDULED,
    MEETING_DECLINED,
    MEETING_CANCELLED,
    /** To the managing unit's people (or the operators, for the sub-market's own instruments): a member booked an instrument. */
    BOOKING_REQUESTED,
    BOOKING_CONFIRMED,
    BOOKING_DECLINED,
    /** To the other side of the booking. */
    BOOKING_CANCELLED,
    /** To the booking member's people: the use is recorded, to be accepted and rated. */
    BOOKING_COMPLETED,
    /** To the unit's people: the user accepted and rated the service. */
    BOOKING_ACCEPTED,
    /** To the operators: an owner listed an achievement for sale (挂牌申请). */
    TRADE_LISTING_SUBMITTED,
    /** To the owner's people: the listing was approved, rejected, suspended, or its notice or auction decided. */
    TRADE_LISTING_MOVED,
    /** To the operators: somebody objected to a listing during its notice (异议). */
    TRADE_OBJECTION_LODGED,
    /** To the people of the party that filed the contract, and the operators: a milestone's payment is overdue (逾期). */
    PAYMENT_OVERDUE
}
