-- Two years side by side per unit: budget, executed, weighted execution rate and mean reported score.
-- A unit present in only one year has nulls on the other side. Summed on agg_report; names joined to the sums.
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
b AS (SELECT * FROM y WHERE fiscal_year = $yearB::INTEGER)
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
    b.score::DOUBLE                         AS ScoreB
FROM a FULL OUTER JOIN b USING (unit_key) JOIN dim_unit u ON u.unit_key = coalesce(a.unit_key, b.unit_key)
ORDER BY UnitName, UnitKey;
