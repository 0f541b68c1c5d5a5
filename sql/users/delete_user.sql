DELETE FROM users WHERE user_name = $userName;
