package app.chuangxian.member;

/** A member's role in the branch. */
public enum MemberRole {
    /** 主委 / 负责人 */
    CHAIR,
    /** 副主委 */
    VICE_CHAIR,
    /** 委员 */
    COMMITTEE,
    /** 会员 */
    MEMBER
}
