-- Five-number summary of reported scores per district for one year (box plot); the three quartiles in one pass.
WITH d AS (
    SELECT
        coalesce(district, '地区未定')                                AS district,
        count(*)                                                      AS reports,
        min(score_reported)                                           AS lo,
        quantile_cont(score_reported, [0.25, 0.5, 0.75])              AS q,
        max(score_reported)                                           AS hi
    FROM agg_report
    WHERE fiscal_year = $year::INTEGER
      AND ($region::VARCHAR IS NULL OR starts_with(region_code, $region::VARCHAR))
      AND ($scope::VARCHAR = '*' OR starts_with(region_code, $scope::VARCHAR))
      AND ($kind::VARCHAR IS NULL OR kind = $kind::VARCHAR)
      AND score_reported IS NOT NULL
    GROUP BY 1
)
SELECT
    district            AS District,
    reports::INTEGER    AS Reports,
    lo::DOUBLE          AS Min,
    q[1]::DOUBLE        AS Q1,
    q[2]::DOUBLE        AS Median,
    q[3]::DOUBLE        AS Q3,
    hi::DOUBLE          AS Max
FROM d
ORDER BY Median DESC, District
LIMIT $limit::INTEGER;
