-- The audit log, newest first, optionally one action; one page with the total count. Only an unscoped user
-- (管理员) sees any row: the log names users and documents of every region.
SELECT
    a.audit_id AS AuditId, a.occurred_at AS At, a.user_name AS UserName, a.action AS Action, a.detail AS Detail, a.remote AS Remote,
    (count(*) OVER ())::INTEGER AS Total
FROM audit_log a
WHERE $scope::VARCHAR = '*'
  AND ($action::VARCHAR IS NULL OR a.action = $action::VARCHAR)
ORDER BY a.occurred_at DESC, a.audit_id DESC
LIMIT $pageSize::INTEGER OFFSET $offset::INTEGER;
