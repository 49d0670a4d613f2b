/**
 * Trading an achievement (挂牌交易): the owner lists it, the operators review it, it is published
 * for a notice period (公示) during which anyone may object (异议) and verified members of any city
 * register their intent to buy (意向受让); when the notice ends the market decides, once: unsold,
 * a negotiated deal, or a timed ascending auction (拍卖) among the intending buyers. A deal leads to
 * the contract, which the contract package registers.
 */
package cn.techmarket.tenant.trading;
