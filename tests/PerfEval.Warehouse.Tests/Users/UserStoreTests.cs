using Microsoft.Data.Sqlite;
using PerfEval.Warehouse.Users;

namespace PerfEval.Warehouse.Tests.Users;

public sealed class UserStoreTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "perfeval-users-" + Guid.NewGuid().ToString("N"));
    private readonly ManualClock clock = new(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));

    private UserStore Store() => UserStore.InDataFolder(folder, clock);

    [Fact]
    public async Task APasswordIsStoredOnlyAsAHashThatVerifies()
    {
        var store = Store();
        await store.AddAsync("张三", "correct horse battery", Roles.Administrator);

        var bytes = await File.ReadAllBytesAsync(Path.Combine(folder, "users.db"));
        Assert.Equal(-1, System.Text.Encoding.UTF8.GetString(bytes).IndexOf("correct horse", StringComparison.Ordinal));
        var result = await store.SignInAsync("张三", "correct horse battery");
        Assert.Equal(SignInStatus.Succeeded, result.Status);
        Assert.Equal(Roles.Administrator, result.User!.Role);
        Assert.Equal(SignInStatus.Failed, (await Store().SignInAsync("张三", "correct horse battery!")).Status);
    }

    [Fact]
    public async Task AUnitUserNeedsARegionCodeAndTheOtherRolesNone()
    {
        var store = Store();
        await Assert.ThrowsAsync<ArgumentException>(() => store.AddAsync("unit", "password-123", Roles.UnitUser));
        await Assert.ThrowsAsync<ArgumentException>(() => store.AddAsync("unit", "password-123", Roles.UnitUser, "43020"));
        await Assert.ThrowsAsync<ArgumentException>(() => store.AddAsync("analyst", "password-123", Roles.Analyst, "430203"));
        await Assert.ThrowsAsync<ArgumentException>(() => store.AddAsync("boss", "password-123", "超级用户"));
        await Assert.ThrowsAsync<ArgumentException>(() => store.AddAsync("short", "1234567", Roles.Analyst));

        var unit = await store.AddAsync("unit", "password-123", Roles.UnitUser, "430203");
        Assert.Equal("430203", unit.RegionCode);
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.AddAsync("UNIT", "password-456", Roles.Analyst));
        Assert.Equal(["unit"], (await store.ListAsync()).Select(u => u.UserName));
    }

    [Fact]
    public async Task FiveFailuresLockANameForFifteenMinutesEvenAgainstTheRightPassword()
    {
        var store = Store();
        await store.AddAsync("analyst", "password-123", Roles.Analyst);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(SignInStatus.Failed, (await store.SignInAsync("analyst", "wrong")).Status);
        }
        var fifth = await store.SignInAsync("analyst", "wrong");
        Assert.Equal(SignInStatus.Locked, fifth.Status);
        Assert.Equal(clock.Now.AddMinutes(15), fifth.LockedUntil);

        clock.Now = clock.Now.AddMinutes(14);
        Assert.Equal(SignInStatus.Locked, (await store.SignInAsync("analyst", "password-123")).Status);
        clock.Now = clock.Now.AddMinutes(1).AddSeconds(1);
        Assert.Equal(SignInStatus.Succeeded, (await store.SignInAsync("analyst", "password-123")).Status);

        // A success starts the count again.
        for (var i = 0; i < 4; i++)
        {
            await store.SignInAsync("analyst", "wrong");
        }
        Assert.Equal(SignInStatus.Succeeded, (await store.SignInAsync("analyst", "password-123")).Status);
        Assert.Equal(SignInStatus.Failed, (await store.SignInAsync("analyst", "wrong")).Status);
    }

    [Fact]
    public async Task UnknownNamesAreThrottledLikeKnownOnes()
    {
        var store = Store();
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(SignInStatus.Failed, (await store.SignInAsync("ghost", "x")).Status);
        }
        Assert.Equal(SignInStatus.Locked, (await store.SignInAsync("ghost", "x")).Status);
    }

    [Fact]
    public async Task ANewPasswordReplacesTheOldOneEndsTheLockAndChangesTheSessionStamp()
    {
        var store = Store();
        await store.AddAsync("analyst", "password-123", Roles.Analyst);
        var before = (await store.FindAsync("analyst"))!.SessionStamp;
        for (var i = 0; i < 5; i++)
        {
            await store.SignInAsync("analyst", "wrong");
        }

        await store.SetPasswordAsync("ANALYST", "new-password-456");

        Assert.Equal(SignInStatus.Failed, (await store.SignInAsync("analyst", "password-123")).Status);
        Assert.Equal(SignInStatus.Succeeded, (await store.SignInAsync("analyst", "new-password-456")).Status);
        Assert.NotEqual(before, (await store.FindAsync("analyst"))!.SessionStamp);
        await Assert.ThrowsAsync<ArgumentException>(() => store.SetPasswordAsync("analyst", "short"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.SetPasswordAsync("ghost", "password-789"));
    }

    [Fact]
    public async Task ARemovedUserCannotSignInAndItsNameCanBeAddedAgain()
    {
        var store = Store();
        await store.AddAsync("leaver", "password-123", Roles.Analyst);
        await store.AddAsync("stayer", "password-123", Roles.Analyst);

        Assert.True(await store.RemoveAsync("Leaver"));

        Assert.False(await store.RemoveAsync("leaver"));
        Assert.Null(await store.FindAsync("leaver"));
        Assert.Equal(SignInStatus.Failed, (await store.SignInAsync("leaver", "password-123")).Status);
        Assert.Equal(["stayer"], (await store.ListAsync()).Select(u => u.UserName));
        await store.AddAsync("leaver", "password-456", Roles.UnitUser, "430203");
        Assert.Equal(Roles.UnitUser, (await store.FindAsync("leaver"))!.Role);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
