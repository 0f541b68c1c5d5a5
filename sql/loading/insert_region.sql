INSERT INTO dim_region
VALUES ($RegionCode, $Level, $Province, $ProvinceCode, $City, $CityCode, $District, $DistrictCode, $Street, $StreetCode)
ON CONFLICT (region_code) DO NOTHING;
