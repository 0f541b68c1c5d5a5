-- KPI cards of the overview: one row per fiscal year ($year and the year before), under the region and kind filter.
-- One pass over agg_report (current reports, pre-joined): red flags are its per-report counts of critical flags,
-- kept by the writer and recounted by the peer checks, instead of a join to fact_flag on 64-character document ids.
SELECT
    fiscal_year                                                  AS FiscalYear,
    count(*)::INTEGER                                            AS Reports,
    count(DISTINCT unit_no)::INTEGER                             AS Units,
    sum(budget_adjusted)::DECIMAL(18,4)                          AS Budget,
    sum(executed)::DECIMAL(18,4)                                 AS Executed,
    (100.0 * sum(executed) FILTER (WHERE budget_adjusted > 0)
        / nullif(sum(budget_adjusted) FILTER (WHERE executed IS NOT NULL AND budget_adjusted > 0), 0))::DOUBLE AS WeightedRate,
    median(score_reported)::DOUBLE                               AS MedianScore,
    sum(red_flags)::INTEGER                                      AS RedFlags,
    count(*) FILTER (WHERE is_demo)::INTEGER                     AS DemoReports
FROM agg_report
WHERE fiscal_year IN ($year::INTEGER, $year::INTEGER - 1)
  AND ($region::VARCHAR IS NULL OR starts_with(region_code, $region::VARCHAR))
  AND ($scope::VARCHAR = '*' OR starts_with(region_code, $scope::VARCHAR))
  AND ($kind::VARCHAR IS NULL OR kind = $kind::VARCHAR)
GROUP BY fiscal_year
ORDER BY fiscal_year;
