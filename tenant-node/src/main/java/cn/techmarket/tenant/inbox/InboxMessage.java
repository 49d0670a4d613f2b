package cn.techmarket.tenant.inbox;

import java.time.Instant;
import java.util.List;

/**
 * One message in someone's inbox: what happened to which record, and why when there was a reason.
 *
 * @param recipient the person it is for, {@link #OPERATORS} for every operator of the sub-market, or
 *                  {@link #operatorsOf} another city for every operator of that city
 * @param about     the global id of the record it concerns
 * @param readBy    who has read it: the recipient, or each operator who has
 */
public record InboxMessage(String id, String recipient, InboxTopic topic, String about, String title, String detail, Instant createdAt,
                           List<String> readBy) {

    /** The recipient of messages for the sub-market's operators, each of whom reads them for themselves. */
    public static final String OPERATORS = "@operators";

    /** The recipient of messages for the operators of another city, about what involves it. */
    public static String operatorsOf(String tenantId) {
        return OPERATORS + ":" + tenantId;
    }

    boolean readBy(String subject) {
        return readBy.contains(subject);
    }
}
