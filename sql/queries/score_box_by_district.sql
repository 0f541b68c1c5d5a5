-- Five-number summary of reported scores per district for one year (box plot).
SELECT
    coalesce(district, '地区未定')                   AS District,
    count(*)::INTEGER                                AS Reports,
    min(score_reported)::DOUBLE                      AS Min,
    quantile_cont(score_reported, 0.25)::DOUBLE      AS Q1,
    quantile_cont(score_reported, 0.5)::DOUBLE       AS Median,
    quantile_cont(score_reported, 0.75)::DOUBLE      AS Q3,
    max(score_reported)::DOUBLE                      AS Max
FROM v_report
WHERE fiscal_year = $year::INTEGER
  AND ($region::VARCHAR IS NULL OR starts_with(region_code, $region::VARCHAR))
  AND ($scope::VARCHAR = '*' OR starts_with(region_code, $scope::VARCHAR))
  AND ($kind::VARCHAR IS NULL OR kind = $kind::VARCHAR)
  AND score_reported IS NOT NULL
GROUP BY 1
ORDER BY Median DESC, District
LIMIT $limit::INTEGER;
