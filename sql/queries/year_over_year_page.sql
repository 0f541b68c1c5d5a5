-- The 对比 page in one pass over agg_report: one page of the units with reports in both years (by name), the ten
-- units whose execution rate moved most, and the first $listLimit units with reports in only one year (by name).
-- Section: 'both', 'mover', 'only_a' or 'only_b'; SectionTotal: how many units the section has in all.
WITH y AS (
    SELECT
        unit_key, fiscal_year,
        sum(budget_adjusted) AS budget, sum(executed) AS executed,
        100.0 * sum(executed) / nullif(sum(budget_adjusted), 0) AS rate,
        avg(score_reported) AS score
    FROM agg_report
    WHERE fiscal_year IN ($yearA::INTEGER, $yearB::INTEGER)
      AND ($region::VARCHAR IS NULL OR starts_with(region_code, $region::VARCHAR))
      AND ($scope::VARCHAR = '*' OR starts_with(region_code, $scope::VARCHAR))
      AND ($kind::VARCHAR IS NULL OR kind = $kind::VARCHAR)
    GROUP BY unit_key, fiscal_year
),
a AS (SELECT * FROM y WHERE fiscal_year = $yearA::INTEGER),
b AS (SELECT * FROM y WHERE fiscal_year = $yearB::INTEGER),
pairs AS (
    SELECT
        coalesce(a.unit_key, b.unit_key)        AS UnitKey,
        u.unit_name                             AS UnitName,
        a.unit_key IS NOT NULL                  AS InA,
        b.unit_key IS NOT NULL                  AS InB,
        a.budget::DECIMAL(18,4)                 AS BudgetA,
        b.budget::DECIMAL(18,4)                 AS BudgetB,
        a.executed::DECIMAL(18,4)               AS ExecutedA,
        b.executed::DECIMAL(18,4)               AS ExecutedB,
        a.rate::DOUBLE                          AS RateA,
        b.rate::DOUBLE                          AS RateB,
        a.score::DOUBLE                         AS ScoreA,
        b.score::DOUBLE                         AS ScoreB,
        CASE WHEN a.unit_key IS NOT NULL AND b.unit_key IS NOT NULL THEN 'both'
             WHEN a.unit_key IS NOT NULL THEN 'only_a' ELSE 'only_b' END AS Section
    FROM a FULL OUTER JOIN b USING (unit_key) JOIN dim_unit u ON u.unit_key = coalesce(a.unit_key, b.unit_key)
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
