package app.chuangxian.common.todo;

/** What someone has to do now; each kind is answered by the feature that owns the records it counts. */
public enum TodoKind {
    /** A branch's required deliverables of a started phase, not yet handed in, deadline still ahead. */
    DELIVERABLE_DUE,
    /** A branch's required deliverables not handed in by their deadline (the phase's end or an extension). */
    DELIVERABLE_OVERDUE,
    /** A branch's deliverables returned for a fix and not yet handed in again. */
    DELIVERABLE_RETURNED,
    /** A branch's self-assessment (自评), not yet submitted once the campaign's last phase has started. */
    SELF_ASSESSMENT_DUE,
    /** An assessor's assigned branches without a submitted scoresheet, while results are open. */
    SCORESHEET_DUE,
    /** Staff: deliverables handed in and waiting for review. */
    DELIVERABLE_TO_REVIEW,
    /** Staff: objections to a commendation list not yet resolved. */
    OBJECTION_OPEN,
    /** Staff: commendation lists in public notice (公示) whose notice has ended or ends within three days. */
    NOTICE_ENDING,
    /** Staff: recommendations received from the level below and waiting for review (推荐待审核). */
    RECOMMENDATION_TO_REVIEW,
    /** Staff: recommendations the level above returned for a fix, not yet submitted again. */
    RECOMMENDATION_RETURNED
}
