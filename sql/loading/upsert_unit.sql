INSERT INTO dim_unit (unit_key, unit_name, unit_type, region_code)
VALUES ($UnitKey, $UnitName, $UnitType, $RegionCode)
ON CONFLICT (unit_key) DO UPDATE SET unit_type = excluded.unit_type;
