using System.Text;
using PerfEval.Warehouse.Users;

namespace PerfEval.Loader.Cli;

/// <summary>
/// `perfeval user add &lt;name&gt; --role 管理员|分析员|单位用户 [--region CODE] [--password-stdin] [--data DIR]` and
/// `perfeval user list|remove &lt;name&gt;|password &lt;name&gt; [--password-stdin] [--data DIR]`: the dashboard's users in
/// &lt;data&gt;/users.db; removing a user or setting its password ends its dashboard sessions at their next request. The password is read from standard
/// input (one line) when it is redirected or --password-stdin is given, else prompted twice without echo; it is never
/// an argument, so it stays out of shell history and the process list.
/// </summary>
public static class UserCommand
{
    private const string Usage =
        "usage: perfeval user add <name> --role 管理员|分析员|单位用户 [--region <code>] [--password-stdin] [--data DIR]\n" +
        "       perfeval user password <name> [--password-stdin] [--data DIR]\n" +
        "       perfeval user remove <name> [--data DIR]\n" +
        "       perfeval user list [--data DIR]";

    public static async Task<int> RunAsync(string[] args)
    {
        var cli = new CliArguments(args);
        var store = UserStore.InDataFolder(cli.DataFolder);
        switch (cli.Positional)
        {
            case ["add", var name]:
                return await AddAsync(store, name, cli);
            case ["list"]:
                return await ListAsync(store);
            case ["password", var name]:
                return await SetPasswordAsync(store, name, cli);
            case ["remove", var name]:
                return await RemoveAsync(store, name);
            default:
                await Console.Error.WriteLineAsync(Usage);
                return 2;
        }
    }

    private static async Task<int> AddAsync(UserStore store, string name, CliArguments cli)
    {
        if (cli.Get("role") is not { } role)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }
        return await WithPasswordAsync(cli, async password =>
        {
            var user = await store.AddAsync(name, password, role, cli.Get("region"));
            return $"added {user.UserName} ({user.Role}{(user.RegionCode is null ? "" : " " + user.RegionCode)}) to {store.DatabasePath}";
        });
    }

    private static Task<int> SetPasswordAsync(UserStore store, string name, CliArguments cli) =>
        WithPasswordAsync(cli, async password =>
        {
            await store.SetPasswordAsync(name, password);
            return $"set the password of {name.Trim()} in {store.DatabasePath}; its sessions end";
        });

    /// <summary>Reads the password, runs the change and prints what it did; the store's refusals go to stderr (exit 1).</summary>
    private static async Task<int> WithPasswordAsync(CliArguments cli, Func<string, Task<string>> change)
    {
        var password = cli.Has("password-stdin") || Console.IsInputRedirected ? await Console.In.ReadLineAsync() : Prompt();
        if (password is null)
        {
            await Console.Error.WriteLineAsync("no password given");
            return 2;
        }
        try
        {
            Console.WriteLine(await change(password));
            return 0;
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal));
            return 1;
        }
        catch (InvalidOperationException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
    }

    private static async Task<int> RemoveAsync(UserStore store, string name)
    {
        if (!await store.RemoveAsync(name))
        {
            await Console.Error.WriteLineAsync($"用户 {name.Trim()} 不存在。");
            return 1;
        }
        Console.WriteLine($"removed {name.Trim()} from {store.DatabasePath}; its sessions end");
        return 0;
    }

    private static async Task<int> ListAsync(UserStore store)
    {
        foreach (var user in await store.ListAsync())
        {
            Console.WriteLine($"{user.UserName}\t{user.Role}\t{user.RegionCode ?? "-"}\t{user.CreatedAt}");
        }
        return 0;
    }

    private static string? Prompt()
    {
        var first = ReadHidden("password: ");
        var second = ReadHidden("again: ");
        if (first != second)
        {
            Console.Error.WriteLine("the passwords differ");
            return null;
        }
        return first;
    }

    private static string ReadHidden(string prompt)
    {
        Console.Error.Write(prompt);
        var text = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                text.Length = Math.Max(0, text.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
            }
        }
        Console.Error.WriteLine();
        return text.ToString();
    }
}
