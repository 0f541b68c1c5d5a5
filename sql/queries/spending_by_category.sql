-- Spending per unit and category for one year, for the units with the largest totals.
-- On agg_spending (spending per report and category, pre-joined); unit names joined to the top units only.
WITH lines AS (
    SELECT unit_key, category, amount
    FROM agg_spending
    WHERE fiscal_year = $year::INTEGER
      AND ($region::VARCHAR IS NULL OR starts_with(region_code, $region::VARCHAR))
      AND ($scope::VARCHAR = '*' OR starts_with(region_code, $scope::VARCHAR))
      AND ($kind::VARCHAR IS NULL OR kind = $kind::VARCHAR)
),
top_units AS (
    SELECT unit_key FROM lines GROUP BY unit_key ORDER BY sum(amount) DESC, unit_key LIMIT $limit::INTEGER
)
SELECT
    l.unit_key                    AS UnitKey,
    any_value(u.unit_name)        AS UnitName,
    l.category                    AS Category,
    sum(l.amount)::DECIMAL(18,4)  AS Amount
FROM lines l JOIN top_units USING (unit_key) JOIN dim_unit u USING (unit_key)
GROUP BY l.unit_key, l.category
ORDER BY UnitName, Category;
