-- Reports of $year whose self-score may be inflated: flagged by a score rule of the checks, or scoring above what
-- their scoring rows add up to. Reasons are the flags' messages (without the English gloss); evidence is the
-- first flag's quote. Under the region and kind filter, largest inflation first.
WITH r AS (
    SELECT * FROM v_report
    WHERE fiscal_year = $year::INTEGER
      AND score_reported IS NOT NULL
      AND ($region::VARCHAR IS NULL OR starts_with(region_code, $region::VARCHAR))
      AND ($scope::VARCHAR = '*' OR starts_with(region_code, $scope::VARCHAR))
      AND ($kind::VARCHAR IS NULL OR kind = $kind::VARCHAR)
),
hits AS (
    SELECT f.document_id, f.flag_no, regexp_replace(f.message, '\s*\([A-Za-z][^()]*\)\s*$', '') AS reason, f.evidence_quote
    FROM fact_flag f JOIN r USING (document_id)
    WHERE f.rule IN ('score_outruns_spending', 'score_sum_mismatch', 'full_marks_unmet', 'unsupported_score', 'score_peer_outlier')
)
SELECT
    r.document_id                                                                 AS DocumentId,
    r.unit_name                                                                   AS UnitName,
    r.project_name                                                                AS ProjectName,
    r.score_reported::DECIMAL(7,2)                                                AS ScoreReported,
    r.score_recomputed::DECIMAL(7,2)                                              AS ScoreRecomputed,
    coalesce(r.execution_rate, r.execution_rate_computed)::DECIMAL(9,4)           AS ExecutionRate,
    coalesce(string_agg(h.reason, '；' ORDER BY h.flag_no),
             '自评分高于按评分表重算的得分')                                          AS Reasons,
    arg_min(h.evidence_quote, h.flag_no) FILTER (WHERE h.evidence_quote IS NOT NULL) AS Evidence
FROM r LEFT JOIN hits h USING (document_id)
WHERE h.document_id IS NOT NULL OR r.score_inflation > 0
GROUP BY r.document_id, r.unit_name, r.project_name, r.score_reported, r.score_recomputed, r.execution_rate,
         r.execution_rate_computed, r.score_inflation
ORDER BY r.score_inflation DESC NULLS LAST, UnitName, DocumentId;
