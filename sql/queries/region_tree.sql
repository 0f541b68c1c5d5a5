-- Every province, city and district that has reports, for the cascading region filter.
SELECT DISTINCT
    province_code AS ProvinceCode, province AS Province,
    city_code AS CityCode, city AS City,
    district_code AS DistrictCode, district AS District
FROM v_report
WHERE province_code IS NOT NULL
  AND ($scope::VARCHAR = '*' OR starts_with(region_code, $scope::VARCHAR))
ORDER BY ProvinceCode, CityCode NULLS FIRST, DistrictCode NULLS FIRST;
