-- Reported scores of $year and the year before counted by grade band (优 90–100, 良 80–89, 中 60–79, 差 below 60,
-- 未评分 none), every band listed even when empty, under the region and kind filter.
WITH r AS (
    SELECT
        fiscal_year,
        CASE
            WHEN score_reported IS NULL THEN '未评分'
            WHEN score_reported >= 90 THEN '优'
            WHEN score_reported >= 80 THEN '良'
            WHEN score_reported >= 60 THEN '中'
            ELSE '差'
        END AS band
    FROM v_report
    WHERE fiscal_year IN ($year::INTEGER, $year::INTEGER - 1)
      AND ($region::VARCHAR IS NULL OR starts_with(region_code, $region::VARCHAR))
      AND ($scope::VARCHAR = '*' OR starts_with(region_code, $scope::VARCHAR))
      AND ($kind::VARCHAR IS NULL OR kind = $kind::VARCHAR)
)
SELECT
    b.band                                                              AS Grade,
    count(r.band) FILTER (WHERE r.fiscal_year = $year::INTEGER)::INTEGER     AS Current,
    count(r.band) FILTER (WHERE r.fiscal_year = $year::INTEGER - 1)::INTEGER AS Previous
FROM (VALUES ('优', 1), ('良', 2), ('中', 3), ('差', 4), ('未评分', 5)) b(band, sort_order)
LEFT JOIN r USING (band)
GROUP BY b.band, b.sort_order
ORDER BY b.sort_order;
