-- Category totals and shares of two years side by side, under the region and kind filter.
WITH c AS (
    SELECT r.fiscal_year, s.category, sum(s.amount) AS amount
    FROM v_report r JOIN fact_spending s USING (document_id)
    WHERE r.fiscal_year IN ($yearA::INTEGER, $yearB::INTEGER)
      AND ($region::VARCHAR IS NULL OR starts_with(r.region_code, $region::VARCHAR))
      AND ($scope::VARCHAR = '*' OR starts_with(r.region_code, $scope::VARCHAR))
      AND ($kind::VARCHAR IS NULL OR r.kind = $kind::VARCHAR)
      AND s.amount IS NOT NULL
    GROUP BY r.fiscal_year, s.category
),
shares AS (
    SELECT *, 100.0 * amount / nullif(sum(amount) OVER (PARTITION BY fiscal_year), 0) AS share FROM c
)
SELECT
    category AS Category,
    (sum(amount) FILTER (WHERE fiscal_year = $yearA::INTEGER))::DECIMAL(18,4) AS AmountA,
    (sum(amount) FILTER (WHERE fiscal_year = $yearB::INTEGER))::DECIMAL(18,4) AS AmountB,
    (sum(share) FILTER (WHERE fiscal_year = $yearA::INTEGER))::DOUBLE AS ShareA,
    (sum(share) FILTER (WHERE fiscal_year = $yearB::INTEGER))::DOUBLE AS ShareB
FROM shares
GROUP BY category
ORDER BY Category;
