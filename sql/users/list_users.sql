SELECT user_name AS UserName, password_hash AS PasswordHash, role AS Role, region_code AS RegionCode, created_at AS CreatedAt
FROM users ORDER BY role, user_name;
