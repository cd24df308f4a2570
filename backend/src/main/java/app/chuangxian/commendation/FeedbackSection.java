package app.chuangxian.commendation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One standard of a feedback report: its score, strengths (优势) and areas for improvement (改进方向). */
@Entity
@Table(name = "feedback_sections")
public class FeedbackSection {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public int seq;

    @Column(name = "standard_code", nullable = false, length = 32)
    public String standardCode;

    @Column(name = "standard_name", nullable = false, length = 100)
    public String standardName;

    @Column(precision = 7, scale = 2)
    public BigDecimal score;

    @Column(columnDefinition = "TEXT")
    public String strengths;

    @Column(columnDefinition = "TEXT")
    public String improvements;
}
