using PerfEval.Loader.Cli;
using PerfEval.Warehouse.Users;

namespace PerfEval.Loader.Tests.Cli;

public sealed class UserCommandTests : IDisposable
{
    private readonly string data = Path.Combine(Path.GetTempPath(), "perfeval-cli-users-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task UserAddReadsThePasswordFromStandardInputAndTheDashboardsStoreAcceptsIt()
    {
        var original = Console.In;
        try
        {
            Console.SetIn(new StringReader("cli-password-1\n"));
            Assert.Equal(0, await CommandLine.RunAsync(["user", "add", "王芳", "--role", "管理员", "--password-stdin", "--data", data]));
            Console.SetIn(new StringReader("short\n"));
            Assert.Equal(1, await CommandLine.RunAsync(["user", "add", "李明", "--role", "分析员", "--password-stdin", "--data", data]));
            Console.SetIn(new StringReader("unit-password-1\n"));
            Assert.Equal(0, await CommandLine.RunAsync(["user", "add", "芦淞区", "--role", "单位用户", "--region", "430203", "--password-stdin", "--data", data]));
            Assert.Equal(2, await CommandLine.RunAsync(["user", "add", "nobody", "--data", data])); // no role
        }
        finally
        {
            Console.SetIn(original);
        }

        var store = UserStore.InDataFolder(data);
        var admin = await store.SignInAsync("王芳", "cli-password-1");
        Assert.Equal(SignInStatus.Succeeded, admin.Status);
        Assert.Equal(Roles.Administrator, admin.User!.Role);
        Assert.Equal(["王芳", "芦淞区"], (await store.ListAsync()).Select(u => u.UserName).Order(StringComparer.Ordinal));
        Assert.Equal("430203", (await store.FindAsync("芦淞区"))!.RegionCode);
    }

    [Fact]
    public async Task UserPasswordSetsANewPasswordAndUserRemoveTakesTheUserAway()
    {
        var store = UserStore.InDataFolder(data);
        await store.AddAsync("王芳", "old-password-1", Roles.Analyst);
        await store.AddAsync("李明", "his-password-1", Roles.Analyst);
        var original = Console.In;
        try
        {
            Console.SetIn(new StringReader("new-password-2\n"));
            Assert.Equal(0, await CommandLine.RunAsync(["user", "password", "王芳", "--password-stdin", "--data", data]));
            Console.SetIn(new StringReader("short\n"));
            Assert.Equal(1, await CommandLine.RunAsync(["user", "password", "王芳", "--password-stdin", "--data", data]));
            Console.SetIn(new StringReader("ghost-password-1\n"));
            Assert.Equal(1, await CommandLine.RunAsync(["user", "password", "nobody", "--password-stdin", "--data", data]));
        }
        finally
        {
            Console.SetIn(original);
        }
        Assert.Equal(0, await CommandLine.RunAsync(["user", "remove", "李明", "--data", data]));
        Assert.Equal(1, await CommandLine.RunAsync(["user", "remove", "李明", "--data", data]));

        Assert.Equal(SignInStatus.Failed, (await store.SignInAsync("王芳", "old-password-1")).Status);
        Assert.Equal(SignInStatus.Succeeded, (await store.SignInAsync("王芳", "new-password-2")).Status);
        Assert.Equal(["王芳"], (await store.ListAsync()).Select(u => u.UserName));
    }

    public void Dispose()
    {
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
