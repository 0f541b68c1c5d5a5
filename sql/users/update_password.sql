UPDATE users SET password_hash = $passwordHash WHERE user_name = $userName;
