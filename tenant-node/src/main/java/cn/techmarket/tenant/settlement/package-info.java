/**
 * Settlement (网上结算): a contract's payment plan of milestones, the payments recorded against it
 * to the fen, the market's service fee by a configured rule, overdue milestones flagged when their
 * due date passes (a deadline), and settled when paid in full.
 */
package cn.techmarket.tenant.settlement;
