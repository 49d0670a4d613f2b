/**
 * The market's time: the {@link java.time.Clock} every change is stamped with and every deadline
 * runs from. In tests (never in production) it may be moved forward, so that a notice of ten days
 * ends without ten days of waiting.
 */
package cn.techmarket.tenant.clock;
