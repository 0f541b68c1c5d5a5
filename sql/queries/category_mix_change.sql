-- Category totals and shares of two years side by side, under the region and kind filter.
-- On agg_spending: spending per report and category, pre-joined with the report's year, region and kind.
WITH c AS (
    SELECT fiscal_year, category, sum(amount) AS amount
    FROM agg_spending
    WHERE fiscal_year IN ($yearA::INTEGER, $yearB::INTEGER)
      AND ($region::VARCHAR IS NULL OR starts_with(region_code, $region::VARCHAR))
      AND ($scope::VARCHAR = '*' OR starts_with(region_code, $scope::VARCHAR))
      AND ($kind::VARCHAR IS NULL OR kind = $kind::VARCHAR)
    GROUP BY fiscal_year, category
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
