-- The 对比 page in one pass over the units' pairs of years (sql/views/unit_year_pairs.sql): one page of the units
-- with reports in both years (by name), the ten units whose execution rate moved most, and the first $listLimit
-- units with reports in only one year (by name).
-- Section: 'both', 'mover', 'only_a' or 'only_b'; SectionTotal: how many units the section has in all.
WITH pairs AS (
    SELECT *,
        CASE WHEN InA AND InB THEN 'both' WHEN InA THEN 'only_a' ELSE 'only_b' END AS Section
    FROM unit_year_pairs($yearA::INTEGER, $yearB::INTEGER, $region::VARCHAR, $scope::VARCHAR, $kind::VARCHAR)
),
numbered AS (
    SELECT *,
        row_number() OVER (PARTITION BY Section ORDER BY UnitName, UnitKey) AS n,
        count(*) OVER (PARTITION BY Section)::INTEGER AS SectionTotal
    FROM pairs
),
movers AS (
    SELECT * REPLACE ('mover' AS Section),
        count(*) OVER ()::INTEGER AS SectionTotal
    FROM pairs
    WHERE Section = 'both' AND RateA IS NOT NULL AND RateB IS NOT NULL
    ORDER BY abs(RateB - RateA) DESC, UnitName, UnitKey
    LIMIT 10
)
SELECT * EXCLUDE (n) FROM (
    SELECT * FROM numbered
    WHERE (Section = 'both' AND n > $offset::INTEGER AND n <= $offset::INTEGER + $pageSize::INTEGER)
       OR (Section <> 'both' AND n <= $listLimit::INTEGER)
    UNION ALL BY NAME
    SELECT * FROM movers
)
ORDER BY Section, n NULLS LAST, abs(RateB - RateA) DESC, UnitName, UnitKey;
