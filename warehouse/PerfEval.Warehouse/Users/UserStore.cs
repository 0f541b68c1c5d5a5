using System.Globalization;
using Dapper;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using PerfEval.Warehouse.Queries;
using PerfEval.Warehouse.Schema;

namespace PerfEval.Warehouse.Users;

/// <summary>
/// Users, roles and failed sign-ins in the SQLite file &lt;data&gt;/users.db. Passwords are kept only as ASP.NET Core
/// <see cref="PasswordHasher{TUser}"/> hashes; after <see cref="LoginThrottle.MaxFailures"/> failures a user name is
/// locked for <see cref="LoginThrottle.LockDuration"/>, whether or not the user exists.
/// </summary>
public sealed class UserStore
{
    public const string FileName = "users.db";
    public const int MinPasswordLength = 8;

    private static readonly PasswordHasher<AppUser> Hasher = new();
    private readonly string connectionString;
    private readonly TimeProvider clock;
    private readonly LoginThrottle throttle;
    private readonly Lazy<bool> schema;

    public UserStore(string databasePath, TimeProvider? clock = null, LoginThrottle? throttle = null)
    {
        DatabasePath = Path.GetFullPath(databasePath);
        connectionString = new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString();
        this.clock = clock ?? TimeProvider.System;
        this.throttle = throttle ?? new LoginThrottle();
        schema = new Lazy<bool>(CreateSchema);
    }

    public string DatabasePath { get; }

    public static UserStore InDataFolder(string dataFolder, TimeProvider? clock = null) => new(Path.Combine(dataFolder, FileName), clock);

    public async Task<AppUser> AddAsync(string userName, string password, string role, string? regionCode = null)
    {
        userName = userName.Trim();
        if (userName.Length is 0 or > 64 || userName.Any(char.IsControl))
        {
            throw new ArgumentException("用户名须为 1–64 个字符。", nameof(userName));
        }
        if (!Roles.All.Contains(role))
        {
            throw new ArgumentException($"角色须为 {string.Join("、", Roles.All)} 之一。", nameof(role));
        }
        if (role == Roles.UnitUser ? !RegionScope.IsRegionCode(regionCode) : regionCode is not null)
        {
            throw new ArgumentException("单位用户须绑定区划代码（2、4、6 或 9 位数字）；其他角色不绑定区划。", nameof(regionCode));
        }
        if (password.Length < MinPasswordLength)
        {
            throw new ArgumentException($"密码至少 {MinPasswordLength} 个字符。", nameof(password));
        }
        var user = new AppUser
        {
            UserName = userName, Role = role, RegionCode = regionCode,
            CreatedAt = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
        };
        await using var connection = await OpenAsync().ConfigureAwait(false);
        if (await FindRowAsync(connection, userName).ConfigureAwait(false) is not null)
        {
            throw new InvalidOperationException($"用户 {userName} 已存在。");
        }
        await connection.ExecuteAsync(SqlScripts.Get("users/insert_user.sql"), new
        {
            userName, passwordHash = Hasher.HashPassword(user, password), role, regionCode, createdAt = user.CreatedAt,
        }).ConfigureAwait(false);
        return user;
    }

    /// <summary>Sets a user's password (an administrator's reset) and ends a lock from failed sign-ins.</summary>
    public async Task SetPasswordAsync(string userName, string password)
    {
        userName = userName.Trim();
        if (password.Length < MinPasswordLength)
        {
            throw new ArgumentException($"密码至少 {MinPasswordLength} 个字符。", nameof(password));
        }
        await using var connection = await OpenAsync().ConfigureAwait(false);
        if (await FindRowAsync(connection, userName).ConfigureAwait(false) is not { } row)
        {
            throw new InvalidOperationException($"用户 {userName} 不存在。");
        }
        await connection.ExecuteAsync(SqlScripts.Get("users/update_password.sql"), new
        {
            userName = row.UserName, passwordHash = Hasher.HashPassword(row.ToUser(), password),
        }).ConfigureAwait(false);
        await connection.ExecuteAsync(SqlScripts.Get("users/clear_failures.sql"), new { userName = row.UserName }).ConfigureAwait(false);
    }

    /// <summary>Removes a user; false when there was none of that name. Its sign-in cookies stop working.</summary>
    public async Task<bool> RemoveAsync(string userName)
    {
        userName = userName.Trim();
        await using var connection = await OpenAsync().ConfigureAwait(false);
        var removed = await connection.ExecuteAsync(SqlScripts.Get("users/delete_user.sql"), new { userName }).ConfigureAwait(false);
        await connection.ExecuteAsync(SqlScripts.Get("users/clear_failures.sql"), new { userName }).ConfigureAwait(false);
        return removed > 0;
    }

    public async Task<IReadOnlyList<AppUser>> ListAsync()
    {
        await using var connection = await OpenAsync().ConfigureAwait(false);
        var rows = await connection.QueryAsync<UserRow>(SqlScripts.Get("users/list_users.sql")).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToUser())];
    }

    public async Task<AppUser?> FindAsync(string userName)
    {
        await using var connection = await OpenAsync().ConfigureAwait(false);
        return (await FindRowAsync(connection, userName.Trim()).ConfigureAwait(false))?.ToUser();
    }

    /// <summary>Checks a password. A locked name stays locked even for the right password until the lock ends.</summary>
    public async Task<SignInResult> SignInAsync(string userName, string password)
    {
        userName = userName.Trim();
        var now = clock.GetUtcNow();
        await using var connection = await OpenAsync().ConfigureAwait(false);
        var lockedText = await connection.QuerySingleOrDefaultAsync<string?>(SqlScripts.Get("users/locked_until.sql"), new { userName }).ConfigureAwait(false);
        if (lockedText is not null && DateTimeOffset.Parse(lockedText, CultureInfo.InvariantCulture) is var lockedUntil && lockedUntil > now)
        {
            return new SignInResult(SignInStatus.Locked, LockedUntil: lockedUntil);
        }
        var row = await FindRowAsync(connection, userName).ConfigureAwait(false);
        if (row is not null && Hasher.VerifyHashedPassword(row.ToUser(), row.PasswordHash, password) != PasswordVerificationResult.Failed)
        {
            await connection.ExecuteAsync(SqlScripts.Get("users/clear_failures.sql"), new { userName }).ConfigureAwait(false);
            return new SignInResult(SignInStatus.Succeeded, row.ToUser());
        }
        if (row is null)
        {
            // Same work as a wrong password, so the time taken does not tell which names exist.
            Hasher.VerifyHashedPassword(new AppUser(), UnknownUserHash.Value, password);
        }
        var failures = await connection.ExecuteScalarAsync<long>(SqlScripts.Get("users/record_failure.sql"), new { userName }).ConfigureAwait(false);
        if (failures < throttle.MaxFailures)
        {
            return new SignInResult(SignInStatus.Failed);
        }
        var until = now + throttle.LockDuration;
        await connection.ExecuteAsync(SqlScripts.Get("users/lock_user.sql"),
            new { userName, lockedUntil = until.ToString("O", CultureInfo.InvariantCulture) }).ConfigureAwait(false);
        return new SignInResult(SignInStatus.Locked, LockedUntil: until);
    }

    private static readonly Lazy<string> UnknownUserHash = new(() => Hasher.HashPassword(new AppUser(), Guid.NewGuid().ToString()));

    private async Task<SqliteConnection> OpenAsync()
    {
        _ = schema.Value;
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        return connection;
    }

    private bool CreateSchema()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        foreach (var script in SqlScripts.List("users/0"))
        {
            connection.Execute(SqlScripts.Get(script));
        }
        return true;
    }

    private static Task<UserRow?> FindRowAsync(SqliteConnection connection, string userName) =>
        connection.QuerySingleOrDefaultAsync<UserRow>(SqlScripts.Get("users/find_user.sql"), new { userName });

    private sealed record UserRow
    {
        public string UserName { get; init; } = "";
        public string PasswordHash { get; init; } = "";
        public string Role { get; init; } = "";
        public string? RegionCode { get; init; }
        public string CreatedAt { get; init; } = "";

        public AppUser ToUser() => new()
        {
            UserName = UserName, Role = Role, RegionCode = RegionCode, CreatedAt = CreatedAt,
            SessionStamp = Stamp(UserName, PasswordHash, Role, RegionCode, CreatedAt),
        };

        /// <summary>A digest, so the cookie never carries the password hash itself (the hash's salt makes it new on every reset).</summary>
        private static string Stamp(params string?[] parts)
        {
            var digest = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('\u001f', parts)));
            return Convert.ToBase64String(digest, 0, 16);
        }
    }
}
