/** The change feed: what changed in the records an integrator syncs, in order, read from a cursor. */
package app.chuangxian.changes;
