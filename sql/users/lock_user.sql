UPDATE login_failures SET failures = 0, locked_until = $lockedUntil WHERE user_name = $userName;
