-- Every province, city and district that has reports, for the cascading region filter: the distinct region codes
-- of the reports first (a few hundred), then their names.
WITH codes AS (
    SELECT DISTINCT region_code FROM fact_report
    WHERE region_code IS NOT NULL
      AND ($scope::VARCHAR = '*' OR starts_with(region_code, $scope::VARCHAR))
)
SELECT DISTINCT
    province_code AS ProvinceCode, province AS Province,
    city_code AS CityCode, city AS City,
    district_code AS DistrictCode, district AS District
FROM codes JOIN dim_region USING (region_code)
WHERE province_code IS NOT NULL
ORDER BY ProvinceCode, CityCode NULLS FIRST, DistrictCode NULLS FIRST;
