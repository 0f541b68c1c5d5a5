-- Spending per unit and category for one year, for the units with the largest totals.
WITH lines AS (
    SELECT r.unit_key, r.unit_name, s.category, s.amount
    FROM v_report r JOIN fact_spending s USING (document_id)
    WHERE r.fiscal_year = $year::INTEGER
      AND ($region::VARCHAR IS NULL OR starts_with(r.region_code, $region::VARCHAR))
      AND ($scope::VARCHAR = '*' OR starts_with(r.region_code, $scope::VARCHAR))
      AND ($kind::VARCHAR IS NULL OR r.kind = $kind::VARCHAR)
      AND s.amount IS NOT NULL
),
top_units AS (
    SELECT unit_key FROM lines GROUP BY unit_key ORDER BY sum(amount) DESC, unit_key LIMIT $limit::INTEGER
)
SELECT
    l.unit_key                    AS UnitKey,
    any_value(l.unit_name)        AS UnitName,
    l.category                    AS Category,
    sum(l.amount)::DECIMAL(18,4)  AS Amount
FROM lines l JOIN top_units USING (unit_key)
GROUP BY l.unit_key, l.category
ORDER BY UnitName, Category;
