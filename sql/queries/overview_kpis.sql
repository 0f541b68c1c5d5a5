-- KPI cards of the overview: one row per fiscal year ($year and the year before), under the region and kind filter.
-- On fact_report: every figure here is in it; the unit and region joins of v_report only cost time.
WITH r AS (
    SELECT * FROM fact_report
    WHERE fiscal_year IN ($year::INTEGER, $year::INTEGER - 1)
      AND ($region::VARCHAR IS NULL OR starts_with(region_code, $region::VARCHAR))
      AND ($scope::VARCHAR = '*' OR starts_with(region_code, $scope::VARCHAR))
      AND ($kind::VARCHAR IS NULL OR kind = $kind::VARCHAR)
),
flags AS (
    SELECT r.fiscal_year, count(*) AS red_flags
    FROM r JOIN fact_flag f USING (document_id)
    WHERE f.severity = 'critical'
    GROUP BY r.fiscal_year
)
SELECT
    r.fiscal_year                                            AS FiscalYear,
    count(*)::INTEGER                                        AS Reports,
    count(DISTINCT r.unit_key)::INTEGER                      AS Units,
    sum(r.budget_adjusted)::DECIMAL(18,4)                    AS Budget,
    sum(r.executed)::DECIMAL(18,4)                           AS Executed,
    (100.0 * sum(r.executed) FILTER (WHERE r.budget_adjusted > 0)
        / nullif(sum(r.budget_adjusted) FILTER (WHERE r.executed IS NOT NULL AND r.budget_adjusted > 0), 0))::DOUBLE
                                                             AS WeightedRate,
    median(r.score_reported)::DOUBLE                         AS MedianScore,
    coalesce(any_value(f.red_flags), 0)::INTEGER             AS RedFlags,
    count(*) FILTER (WHERE r.document_id IN (SELECT document_id FROM source_document WHERE is_demo))::INTEGER AS DemoReports
FROM r LEFT JOIN flags f USING (fiscal_year)
GROUP BY r.fiscal_year
ORDER BY r.fiscal_year;
