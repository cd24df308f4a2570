/**
 * Campaigns (创建活动) and their configuration: life cycle, phases, standards with indicators, grade thresholds,
 * deliverable types, participating branches and their leading groups. {@link app.chuangxian.campaign.CampaignAccess}
 * decides visibility (branch accounts see only campaigns they take part in) and write rules (closed campaigns are
 * read-only; standards and grades are fixed once scoring starts, as the scoring feature's {@link app.chuangxian.campaign.ScoringProgress}
 * tells).
 */
package app.chuangxian.campaign;
