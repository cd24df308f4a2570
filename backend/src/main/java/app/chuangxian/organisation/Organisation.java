package app.chuangxian.organisation;

import app.chuangxian.common.persistence.Stamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A committee of the association (会中央, 会省委, 会市委, 县区委). Organisations form a tree; {@link #path} (the ids from the
 * root down, each followed by '/') is written once on creation and never changes, so a subtree is one prefix match.
 */
@Entity
@Table(name = "organisations")
public class Organisation extends Stamped {
    @Column(name = "parent_id", updatable = false)
    public Long parentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public OrganisationLevel level;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(nullable = false, length = 32)
    public String code;

    /** Set once, right after the row has its id; never changed afterwards. */
    @Column(nullable = false, length = 255)
    public String path;

    @Column(nullable = false, updatable = false)
    public int depth;

    /** The organisation a deployment starts with; everything that existed before the tree hangs under it. */
    public static final long ROOT_ID = 1L;

    /** The root's path, as the first migration of the tree wrote it. */
    public static final String ROOT_PATH = "1/";
}
