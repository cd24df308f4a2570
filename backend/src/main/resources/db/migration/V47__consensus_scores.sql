-- The agreed final score of one standard in a consensus result.
CREATE TABLE consensus_scores (
    consensus_id BIGINT       NOT NULL,
    standard_id  BIGINT       NOT NULL,
    points       DECIMAL(6,1) NOT NULL,
    PRIMARY KEY (consensus_id, standard_id),
    CONSTRAINT fk_cscores_consensus FOREIGN KEY (consensus_id) REFERENCES consensus_results (id),
    CONSTRAINT fk_cscores_standard FOREIGN KEY (standard_id) REFERENCES standards (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_cscores_standard ON consensus_scores (standard_id);
