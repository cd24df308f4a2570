/**
 * Recommendations up the chain (推荐上报, ADR 018): quotas a parent campaign allots the organisations right below it,
 * the candidates each recommends from its own campaign into the parent's, the parent's review, its public notice with
 * objections, and the decision at the top that flows back down every level of the chain.
 */
package app.chuangxian.recommendation;
