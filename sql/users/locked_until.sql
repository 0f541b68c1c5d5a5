SELECT locked_until FROM login_failures WHERE user_name = $userName;
