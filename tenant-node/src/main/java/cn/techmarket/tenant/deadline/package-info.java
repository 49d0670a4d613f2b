/**
 * Deadlines the workflows wait for (the end of a listing's notice, an auction's close, a payment
 * milestone's due date): kept in each tenant's own database and fired from the market's
 * {@link java.time.Clock}, once, on time, after restarts and with several nodes polling the same
 * store. Depends on no feature package: features declare {@link cn.techmarket.tenant.deadline.DeadlineHandler}s.
 */
package cn.techmarket.tenant.deadline;
