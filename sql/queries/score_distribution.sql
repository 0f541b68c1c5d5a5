-- Reported scores of one year counted by grade band (优 90–100, 良 80–89, 中 60–79, 差 below 60, 未评分 none).
-- On agg_report: current reports pre-joined, no joins needed.
SELECT
    CASE
        WHEN score_reported IS NULL THEN '未评分'
        WHEN score_reported >= 90 THEN '优'
        WHEN score_reported >= 80 THEN '良'
        WHEN score_reported >= 60 THEN '中'
        ELSE '差'
    END                    AS Band,
    count(*)::INTEGER      AS Reports
FROM agg_report
WHERE fiscal_year = $year::INTEGER
  AND ($region::VARCHAR IS NULL OR starts_with(region_code, $region::VARCHAR))
  AND ($scope::VARCHAR = '*' OR starts_with(region_code, $scope::VARCHAR))
  AND ($kind::VARCHAR IS NULL OR kind = $kind::VARCHAR)
GROUP BY Band;
