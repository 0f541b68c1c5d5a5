-- KPI cards of the overview: one row per fiscal year ($year and the year before), under the region and kind filter.
-- On agg_report (current reports, pre-joined); red flags from fact_flag, which checks after a load may add to.
-- r is inlined into both uses (NOT MATERIALIZED): materialising it copied every 64-character document id once more.
WITH r AS NOT MATERIALIZED (
    SELECT * FROM agg_report
    WHERE fiscal_year IN ($year::INTEGER, $year::INTEGER - 1)
      AND ($region::VARCHAR IS NULL OR starts_with(region_code, $region::VARCHAR))
      AND ($scope::VARCHAR = '*' OR starts_with(region_code, $scope::VARCHAR))
      AND ($kind::VARCHAR IS NULL OR kind = $kind::VARCHAR)
),
years AS (
    SELECT
        fiscal_year,
        count(*)                                                     AS reports,
        count(DISTINCT unit_key)                                     AS units,
        sum(budget_adjusted)                                         AS budget,
        sum(executed)                                                AS executed,
        100.0 * sum(executed) FILTER (WHERE budget_adjusted > 0)
            / nullif(sum(budget_adjusted) FILTER (WHERE executed IS NOT NULL AND budget_adjusted > 0), 0) AS weighted_rate,
        median(score_reported)                                       AS median_score,
        count(*) FILTER (WHERE is_demo)                              AS demo_reports
    FROM r
    GROUP BY fiscal_year
),
flags AS (
    SELECT r.fiscal_year, count(*) AS red_flags
    FROM r JOIN fact_flag f USING (document_id)
    WHERE f.severity = 'critical'
    GROUP BY r.fiscal_year
)
SELECT
    y.fiscal_year                            AS FiscalYear,
    y.reports::INTEGER                       AS Reports,
    y.units::INTEGER                         AS Units,
    y.budget::DECIMAL(18,4)                  AS Budget,
    y.executed::DECIMAL(18,4)                AS Executed,
    y.weighted_rate::DOUBLE                  AS WeightedRate,
    y.median_score::DOUBLE                   AS MedianScore,
    coalesce(f.red_flags, 0)::INTEGER        AS RedFlags,
    y.demo_reports::INTEGER                  AS DemoReports
FROM years y LEFT JOIN flags f USING (fiscal_year)
ORDER BY y.fiscal_year;
