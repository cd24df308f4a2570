/**
 * What a signed-in account's home shows, read in one request on a slow phone network. It composes the features'
 * own reads (campaigns, phases, deliverable types, deliverables, self-assessments, leading groups, branches) and
 * adds no rule of its own: each part answers exactly what its own operation would.
 */
package app.chuangxian.home;
