-- Spending per unit and category for one year, for the units with the largest totals.
-- On agg_spending (spending per report and category, pre-joined), summed by the integer unit_no; unit keys and
-- names joined to the per-unit totals only.
WITH lines AS (
    SELECT unit_no, category, amount
    FROM agg_spending
    WHERE fiscal_year = $year::INTEGER
      AND ($region::VARCHAR IS NULL OR starts_with(region_code, $region::VARCHAR))
      AND ($scope::VARCHAR = '*' OR starts_with(region_code, $scope::VARCHAR))
      AND ($kind::VARCHAR IS NULL OR kind = $kind::VARCHAR)
),
top_units AS (
    SELECT t.unit_no, u.unit_key, u.unit_name
    FROM (SELECT unit_no, sum(amount) AS total FROM lines GROUP BY unit_no) t JOIN dim_unit u USING (unit_no)
    ORDER BY t.total DESC, u.unit_key
    LIMIT $limit::INTEGER
)
SELECT
    any_value(t.unit_key)         AS UnitKey,
    any_value(t.unit_name)        AS UnitName,
    l.category                    AS Category,
    sum(l.amount)::DECIMAL(18,4)  AS Amount
FROM lines l JOIN top_units t USING (unit_no)
GROUP BY l.unit_no, l.category
ORDER BY UnitName, Category;
