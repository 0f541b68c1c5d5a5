-- Two years side by side per unit (sql/views/unit_year_pairs.sql), every unit, by name.
SELECT * FROM unit_year_pairs($yearA::INTEGER, $yearB::INTEGER, $region::VARCHAR, $scope::VARCHAR, $kind::VARCHAR)
ORDER BY UnitName, UnitKey;
