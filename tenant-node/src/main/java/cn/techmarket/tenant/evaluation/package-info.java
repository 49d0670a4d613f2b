/**
 * Evaluation of achievements (成果评价): an achievement's owner asks an evaluation institution of
 * any city to evaluate it; the institution accepts or declines, then files its report (method,
 * value range, technology readiness, maturity, findings, the report file's digest). Kept by the
 * achievement's sub-market; a filed report shows on the achievement and on listings that cite it.
 */
package cn.techmarket.tenant.evaluation;
