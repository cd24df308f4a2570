/**
 * The committee's progress board: for each participating branch and required deliverable type, the best state and
 * whether it is late, computed in SQL with a fixed number of queries however many branches take part.
 */
package app.chuangxian.deliverable.progress;
