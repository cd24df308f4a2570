package app.chuangxian.webhook;

import app.chuangxian.common.changes.ChangedRecord;
import app.chuangxian.common.persistence.Stamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** An endpoint of another system that receives the changes of its organisation's subtree. */
@Entity
@Table(name = "webhooks")
public class Webhook extends Stamped {
    @Column(name = "organisation_id", nullable = false)
    public Long organisationId;

    @Column(nullable = false, length = 500)
    public String url;

    @Column(length = 200)
    public String description;

    /** The kinds of record it receives, as a comma list of {@link ChangedRecord} names. */
    @Column(nullable = false, length = 100)
    public String events;

    /** {@code whsec_} and the base64 of the key the deliveries are signed with. */
    @Column(nullable = false, length = 100)
    public String secret;

    @Column(nullable = false)
    public boolean enabled = true;

    @Column(name = "created_by", length = 100)
    public String createdBy;

    public List<ChangedRecord> events() {
        return Arrays.stream(events.split(","))
                .map(ChangedRecord::valueOf)
                .sorted()
                .toList();
    }

    public void events(Collection<ChangedRecord> kinds) {
        events = kinds.stream().distinct().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}
