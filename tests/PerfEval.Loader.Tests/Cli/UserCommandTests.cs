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

    public void Dispose()
    {
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
