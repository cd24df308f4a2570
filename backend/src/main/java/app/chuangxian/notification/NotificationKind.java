package app.chuangxian.notification;

import java.util.List;

/** What a message reports; each kind names the params it carries. */
public enum NotificationKind {
    /** To the branch: a deliverable came back to fix (params: title, reason). */
    DELIVERABLE_RETURNED("title", "reason", "items"),
    /** To the branch: a deliverable was accepted (params: title). */
    DELIVERABLE_ACCEPTED("title"),
    /** To the branch: a phase's deadline was moved for it (params: phase, until). */
    DEADLINE_EXTENDED("phase", "until"),
    /** To an assessor: branches to score were assigned (params: count; subjectId is the branch when one). */
    ASSIGNMENT_MADE("count"),
    /** To the participating branches: the campaign's results are published (params: campaign). */
    RESULTS_PUBLISHED("campaign"),
    /** To the participating branches: the commendation list is published (params: campaign). */
    COMMENDATION_PUBLISHED("campaign"),
    /** To the branch: its feedback report (反馈报告) is released to it (subjectId is the report). */
    FEEDBACK_RELEASED(),
    /**
     * To the branch: a deadline is near and required deliverables are still owed (params: campaign, phase, deadline,
     * daysLeft, owed; subjectId is the phase).
     */
    DEADLINE_REMINDER("campaign", "phase", "deadline", "daysLeft", "owed"),
    /** To the branch, the day after a deadline it missed (params as DEADLINE_REMINDER; daysLeft is -1). */
    DEADLINE_OVERDUE("campaign", "phase", "deadline", "daysLeft", "owed"),
    /** To the participating branches: a phase opens today (params: campaign, phase, from, until; subjectId: phase). */
    PHASE_OPENED("campaign", "phase", "from", "until"),
    /**
     * To the administrators of a campaign's organisation, each morning while any is late: branches with required
     * deliverables past their deadline (params: campaign, branches, owed).
     */
    OVERDUE_DIGEST("campaign", "branches", "owed"),
    /**
     * To the administrators of the recommending organisation: the level above returned a recommendation for a fix
     * (params: candidate, reason; subjectId is the recommendation, campaignId the recommender's campaign).
     */
    RECOMMENDATION_RETURNED("candidate", "reason"),
    /**
     * To the branch recommended, and to the administrators of each organisation that recommended it: the top has
     * decided (params: candidate, outcome COMMENDED or NOT_COMMENDED, decisionNumber, decisionDate; subjectId is the
     * recommendation, campaignId the campaign it was recommended from).
     */
    RECOMMENDATION_DECIDED("candidate", "outcome", "decisionNumber", "decisionDate"),
    /** To the account: it was locked after too many wrong passwords (params: minutes). */
    ACCOUNT_LOCKED("minutes"),
    /** To the account: staff reset its password (it gets a temporary one, to change at the next sign-in). */
    PASSWORD_RESET();

    private final List<String> params;

    NotificationKind(String... params) {
        this.params = List.of(params);
    }

    /** The names of the params a message of this kind carries: the placeholders its templates may use. */
    public List<String> params() {
        return params;
    }
}
