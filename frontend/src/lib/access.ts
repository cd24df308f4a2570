import type { Session } from './session';

/** One permission map from the signed-in user; screens ask it, never the roles directly. */
export type Access = {
  isAdmin: boolean;
  isBranch: boolean;
  isAssessor: boolean;
  isViewer: boolean;
  isAuditor: boolean;
  canListBranches: boolean;
  canManageBranches: boolean;
  canManageAccounts: boolean;
  /** The organisation tree below (and including) the user's own organisation: staff only. */
  canSeeOrganisations: boolean;
  canManageOrganisations: boolean;
  /** The roll-up (汇总) of an organisation's subtree: staff and leaders. */
  canSeeRollup: boolean;
  canReadAudit: boolean;
  /** Message channels (消息渠道): the wording of messages sent outside the app, and the send log. */
  canSeeMessageChannels: boolean;
  /** Reword message templates (the API further keeps this to the top organisation) and retry failed sends. */
  canManageMessageChannels: boolean;
  canUseTotp: boolean;
  canScore: boolean;
  canSeeOwnResults: boolean;
  canListCampaigns: boolean;
  canManageCampaigns: boolean;
  /**
   * Cascading campaigns: the campaigns launched by the organisation above (to adopt as one's own plan, 实施方案) and
   * which organisations below adopted a campaign: staff and leaders.
   */
  canSeeAdoptions: boolean;
  /** Adopt a campaign of the organisation above as one's own plan. */
  canAdoptCampaigns: boolean;
  canReviewDeliverables: boolean;
  canSeeCommendation: boolean;
  canManageCommendation: boolean;
  canSeeOwnFeedback: boolean;
  /** The whole ranking of a campaign (staff at any time, leadership once published). */
  canSeeRanking: boolean;
  /** Assign assessors, read the ranking before publishing, record consensus, finalise and publish. */
  canAssess: boolean;
  /** The branch's own self-assessment. */
  canSelfAssess: boolean;
};

export function accessOf(session: Session | null): Access {
  const roles = new Set(session?.roles ?? []);
  const isAdmin = roles.has('ADMIN');
  const isBranch = roles.has('BRANCH');
  const isAssessor = roles.has('ASSESSOR');
  const isViewer = roles.has('VIEWER');
  return {
    isAdmin,
    isBranch,
    isAssessor,
    isViewer,
    isAuditor: roles.has('AUDITOR'),
    canListBranches: isAdmin || isViewer || isAssessor,
    canManageBranches: isAdmin,
    canManageAccounts: isAdmin,
    canSeeOrganisations: isAdmin || isViewer || isAssessor || roles.has('AUDITOR'),
    canManageOrganisations: isAdmin,
    canSeeRollup: isAdmin || isViewer,
    canReadAudit: isAdmin || roles.has('AUDITOR'),
    canSeeMessageChannels: isAdmin || roles.has('AUDITOR'),
    canManageMessageChannels: isAdmin,
    canUseTotp: isAdmin || roles.has('AUDITOR'),
    canScore: isAssessor,
    canSeeOwnResults: isBranch,
    canListCampaigns: isAdmin || isViewer || isAssessor,
    canManageCampaigns: isAdmin,
    canSeeAdoptions: isAdmin || isViewer,
    canAdoptCampaigns: isAdmin,
    canReviewDeliverables: isAdmin,
    canSeeCommendation: isAdmin || isViewer || isBranch,
    canManageCommendation: isAdmin,
    canSeeOwnFeedback: isBranch,
    canSeeRanking: isAdmin || isViewer,
    canAssess: isAdmin,
    canSelfAssess: isBranch,
  };
}
