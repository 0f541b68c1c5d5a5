-- How many flags each rule raised under the filter (also the options of the rule filter).
-- On agg_report: the report's year, region and kind are all the filter needs.
SELECT f.rule AS Rule, count(*)::INTEGER AS Flags, count(*) FILTER (WHERE f.severity = 'critical')::INTEGER AS Critical
FROM agg_report r JOIN fact_flag f USING (document_id)
WHERE ($year::INTEGER IS NULL OR r.fiscal_year = $year::INTEGER)
  AND ($region::VARCHAR IS NULL OR starts_with(r.region_code, $region::VARCHAR))
  AND ($scope::VARCHAR = '*' OR starts_with(r.region_code, $scope::VARCHAR))
  AND ($kind::VARCHAR IS NULL OR r.kind = $kind::VARCHAR)
GROUP BY f.rule
ORDER BY Flags DESC, Rule;
