-- Facts. Money is DECIMAL(18,4) in 万元; rates are percent; scores are points out of 100.
-- A document's facts are replaced as a whole, in one transaction, keyed by its document_id.
CREATE TABLE fact_report (
    document_id              VARCHAR PRIMARY KEY,
    unit_key                 VARCHAR NOT NULL,
    fiscal_year              INTEGER,
    kind                     VARCHAR NOT NULL,
    project_name             VARCHAR,
    region_code              VARCHAR,
    region_candidates        VARCHAR,              -- comma-separated codes when the region is ambiguous
    evaluator                VARCHAR,
    budget_initial           DECIMAL(18,4),
    budget_adjusted          DECIMAL(18,4),
    executed                 DECIMAL(18,4),
    execution_rate           DECIMAL(9,4),         -- as stated
    execution_rate_computed  DECIMAL(9,4),         -- executed / budget
    basic_spending           DECIMAL(18,4),
    project_spending         DECIMAL(18,4),
    score_reported           DECIMAL(7,2),
    score_recomputed         DECIMAL(7,2),
    score_inflation          DECIMAL(7,2),         -- reported − recomputed
    grade                    VARCHAR,
    staff_posts              INTEGER,
    staff_serving            INTEGER,
    problems                 VARCHAR,
    improvements             VARCHAR
);

CREATE TABLE fact_indicator (
    document_id        VARCHAR NOT NULL,
    row_no             INTEGER NOT NULL,
    indicator_key      VARCHAR NOT NULL,
    level1             VARCHAR,
    level2             VARCHAR,
    name               VARCHAR NOT NULL,
    target             VARCHAR,
    actual             VARCHAR,
    weight             DECIMAL(7,2),
    points             DECIMAL(7,2),
    deviation          VARCHAR,
    is_execution_rate  BOOLEAN NOT NULL,
    evidence_offset    INTEGER,
    evidence_quote     VARCHAR,
    PRIMARY KEY (document_id, row_no)
);

CREATE TABLE fact_spending (
    document_id      VARCHAR NOT NULL,
    line_no          INTEGER NOT NULL,
    name             VARCHAR NOT NULL,
    category         VARCHAR NOT NULL,
    amount           DECIMAL(18,4),
    source_unit      VARCHAR,
    evidence_offset  INTEGER,
    evidence_quote   VARCHAR,
    PRIMARY KEY (document_id, line_no)
);

CREATE TABLE fact_flag (
    document_id      VARCHAR NOT NULL,
    flag_no          INTEGER NOT NULL,
    rule             VARCHAR NOT NULL,
    severity         VARCHAR NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
    message          VARCHAR NOT NULL,
    evidence_offset  INTEGER,
    evidence_quote   VARCHAR,
    PRIMARY KEY (document_id, flag_no)
);

-- Evidence of the report-level fields (budget_initial, score_reported …): offset and quote in the extracted text.
CREATE TABLE fact_evidence (
    document_id  VARCHAR NOT NULL,
    field        VARCHAR NOT NULL,
    "offset"     INTEGER NOT NULL,
    quote        VARCHAR NOT NULL,
    PRIMARY KEY (document_id, field)
);
