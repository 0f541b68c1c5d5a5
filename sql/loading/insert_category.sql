INSERT INTO dim_category VALUES ($category, $sortOrder) ON CONFLICT (category) DO NOTHING;
