-- The briefing's heading names: the place a region code names (a municipality instead of its "市辖区"; null when no
-- region is chosen or known) and the report kind's label (null for all kinds).
WITH g AS (
    SELECT
        province,
        CASE WHEN city IS NULL OR city IN ('市辖区', '县') THEN province ELSE city END AS city,
        district,
        street
    FROM dim_region
    WHERE starts_with(region_code, $region::VARCHAR)
      AND ($scope::VARCHAR = '*' OR starts_with(region_code, $scope::VARCHAR))
    ORDER BY region_code
    LIMIT 1
)
SELECT
    CASE length($region::VARCHAR)
        WHEN 2 THEN g.province
        WHEN 4 THEN g.city
        WHEN 6 THEN g.city || coalesce(g.district, '')
        ELSE g.city || coalesce(g.district, '') || coalesce(g.street, '')
    END                                                                 AS RegionName,
    (SELECT label_zh FROM dim_report_kind WHERE kind = $kind::VARCHAR)   AS KindName
FROM (SELECT 1) one LEFT JOIN g ON true;
