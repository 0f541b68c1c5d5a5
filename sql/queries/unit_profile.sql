-- A unit's name, type and resolved region.
SELECT
    u.unit_key AS UnitKey, u.unit_name AS UnitName, u.unit_type AS UnitType, u.region_code AS RegionCode,
    g.province AS Province, g.city AS City, g.district AS District, g.street AS Street
FROM dim_unit u LEFT JOIN dim_region g ON g.region_code = u.region_code
WHERE u.unit_key = $unitKey::VARCHAR
  -- a unit is visible through its current reports, the same rows unit_list counts
  AND ($scope::VARCHAR = '*' OR EXISTS (
      SELECT 1 FROM v_report r WHERE r.unit_key = u.unit_key AND starts_with(r.region_code, $scope::VARCHAR)));
