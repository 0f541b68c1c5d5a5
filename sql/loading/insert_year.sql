INSERT INTO dim_year VALUES ($year, $year::VARCHAR || '年度') ON CONFLICT (fiscal_year) DO NOTHING;
