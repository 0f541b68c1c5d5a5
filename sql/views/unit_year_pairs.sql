-- Each unit's figures in two years side by side (budget, executed, weighted execution rate, mean reported score),
-- under the region, scope and kind filter; a unit present in only one year has nulls on the other side. Summed on
-- agg_report by the integer unit_no, keys and names joined to the sums. The one definition behind
-- year_over_year.sql and year_over_year_page.sql.
CREATE OR REPLACE MACRO unit_year_pairs(year_a, year_b, region_prefix, scope_prefix, report_kind) AS TABLE
WITH y AS (
    SELECT
        unit_no, fiscal_year,
        sum(budget_adjusted) AS budget, sum(executed) AS executed,
        100.0 * sum(executed) / nullif(sum(budget_adjusted), 0) AS rate,
        avg(score_reported) AS score
    FROM agg_report
    WHERE fiscal_year IN (year_a, year_b)
      AND (region_prefix IS NULL OR starts_with(region_code, region_prefix))
      AND (scope_prefix = '*' OR starts_with(region_code, scope_prefix))
      AND (report_kind IS NULL OR kind = report_kind)
    GROUP BY unit_no, fiscal_year
),
a AS (SELECT * FROM y WHERE fiscal_year = year_a),
b AS (SELECT * FROM y WHERE fiscal_year = year_b)
SELECT
    u.unit_key                              AS UnitKey,
    u.unit_name                             AS UnitName,
    a.unit_no IS NOT NULL                   AS InA,
    b.unit_no IS NOT NULL                   AS InB,
    a.budget::DECIMAL(18,4)                 AS BudgetA,
    b.budget::DECIMAL(18,4)                 AS BudgetB,
    a.executed::DECIMAL(18,4)               AS ExecutedA,
    b.executed::DECIMAL(18,4)               AS ExecutedB,
    a.rate::DOUBLE                          AS RateA,
    b.rate::DOUBLE                          AS RateB,
    a.score::DOUBLE                         AS ScoreA,
    b.score::DOUBLE                         AS ScoreB
FROM a FULL OUTER JOIN b USING (unit_no) JOIN dim_unit u ON u.unit_no = coalesce(a.unit_no, b.unit_no);
