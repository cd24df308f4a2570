package app.chuangxian.notification;

import app.chuangxian.common.persistence.Stamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** Staff's wording of one kind of message in one language, in place of the wording the API ships with. */
@Entity
@Table(name = "message_templates")
public class MessageTemplate extends Stamped {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public NotificationKind kind;

    /** The language's tag ({@link MessageLocale#tag()}). */
    @Column(nullable = false, length = 5)
    public String locale;

    @Column(nullable = false, length = 200)
    public String subject;

    @Column(nullable = false, length = 2000)
    public String body;

    @Column(name = "updated_by", length = 50)
    public String updatedBy;
}
