package app.chuangxian.campaign;

/** 组长 (the branch chair, exactly one), 副组长, 成员. */
public enum LeadingGroupRole {
    LEADER,
    DEPUTY,
    MEMBER
}
