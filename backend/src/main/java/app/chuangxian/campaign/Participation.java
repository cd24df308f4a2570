package app.chuangxian.campaign;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A branch taking part in a campaign. */
@Entity
@Table(name = "campaign_branches")
@IdClass(Participation.Key.class)
public class Participation extends PanacheEntityBase {
    @Id
    @Column(name = "campaign_id")
    public Long campaignId;

    @Id
    @Column(name = "branch_id")
    public Long branchId;

    @Column(name = "joined_at", nullable = false)
    public Instant joinedAt;

    /** Version of the branch's leading group in this campaign, raised on every replacement of the group. */
    @Column(name = "leading_group_version", nullable = false)
    public long leadingGroupVersion;

    @PrePersist
    void onCreate() {
        joinedAt = Instant.now();
    }

    public static class Key implements Serializable {
        public Long campaignId;
        public Long branchId;

        public Key() {}

        public Key(Long campaignId, Long branchId) {
            this.campaignId = campaignId;
            this.branchId = branchId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(campaignId, k.campaignId)
                    && Objects.equals(branchId, k.branchId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(campaignId, branchId);
        }
    }
}
