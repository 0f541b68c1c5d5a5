using PerfEval.Warehouse.Users;

namespace PerfEval.Dashboard.Security;

/// <summary>
/// At start, when the user store is empty: creates the first 管理员 from PERFEVAL_ADMIN_PASSWORD (name
/// PERFEVAL_ADMIN_USER, default "admin") if set, else says how to create one. There is no default password.
/// </summary>
internal sealed class FirstAdministrator(UserStore users, IConfiguration configuration, ILogger<FirstAdministrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if ((await users.ListAsync()).Count > 0)
        {
            return;
        }
        if (configuration["PERFEVAL_ADMIN_PASSWORD"] is { Length: > 0 } password)
        {
            var name = configuration["PERFEVAL_ADMIN_USER"] is { Length: > 0 } n ? n : "admin";
            await users.AddAsync(name, password, Roles.Administrator);
            logger.LogWarning("Created the first administrator '{User}' from PERFEVAL_ADMIN_PASSWORD in {Store}.", name, users.DatabasePath);
            return;
        }
        logger.LogWarning(
            "No users yet in {Store}. Create the first administrator: dotnet run --project loader/PerfEval.Loader -- user add <name> --role 管理员 --data {Data}",
            users.DatabasePath, Path.GetDirectoryName(users.DatabasePath));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
