package app.chuangxian.organisation;

/** The levels of the tree, from the top down; a child is always of a lower level than its parent. */
public enum OrganisationLevel {
    /** 会中央: the central committee. */
    CENTRE,
    /** 会省委: a provincial committee. */
    PROVINCE,
    /** 会市委: a municipal committee. */
    CITY,
    /** 县区委: a county or district committee. */
    COUNTY;

    /** True when an organisation of this level may sit directly under one of {@code parent}. */
    public boolean mayBeUnder(OrganisationLevel parent) {
        return ordinal() > parent.ordinal();
    }
}
