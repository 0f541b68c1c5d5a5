INSERT INTO users (user_name, password_hash, role, region_code, created_at)
VALUES ($userName, $passwordHash, $role, $regionCode, $createdAt);
