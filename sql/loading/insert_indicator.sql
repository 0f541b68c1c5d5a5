INSERT INTO dim_indicator VALUES ($IndicatorKey, $Level1, $Level2, $Name, $Family) ON CONFLICT (indicator_key) DO NOTHING;
