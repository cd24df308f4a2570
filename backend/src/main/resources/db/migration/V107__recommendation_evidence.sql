-- A recommendation's dossier links the candidate's own deliverables (its 活动总结 with photos, its records) as
-- evidence: linked, not copied, so what the level above reads is what the branch handed in and had accepted.
CREATE TABLE recommendation_evidence (
    recommendation_id BIGINT NOT NULL,
    deliverable_id    BIGINT NOT NULL,
    PRIMARY KEY (recommendation_id, deliverable_id),
    CONSTRAINT fk_revidence_recommendation FOREIGN KEY (recommendation_id) REFERENCES recommendations (id),
    CONSTRAINT fk_revidence_deliverable FOREIGN KEY (deliverable_id) REFERENCES deliverables (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_revidence_deliverable ON recommendation_evidence (deliverable_id);
