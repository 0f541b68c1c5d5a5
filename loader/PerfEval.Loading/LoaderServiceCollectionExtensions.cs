using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Loading.Jobs;
using PerfEval.Loading.Uploads;
using Quartz;

namespace PerfEval.Loading;

public static class LoaderServiceCollectionExtensions
{
    /// <summary>
    /// Registers the loader and its Quartz scheduler: the inbox scan on a cron, reload on demand, the demo seeder.
    /// The job store is SQLite under the data folder, or PostgreSQL (clustered) when a connection string is set.
    /// </summary>
    public static IServiceCollection AddLoader(this IServiceCollection services, LoaderOptions options)
    {
        Directory.CreateDirectory(options.DataFolder);
        foreach (var inbox in options.EffectiveInboxes)
        {
            Directory.CreateDirectory(inbox);
        }
        services.AddSingleton(options);
        services.AddSingleton(_ => ReportProcessor.CreateDefault());
        services.AddSingleton<DocumentLoader>();
        services.AddSingleton<DocumentReloader>();
        services.AddSingleton<LoaderScheduler>();
        services.AddSingleton<LoaderActivity>();
        services.AddSingleton(options.Uploads);
        services.AddSingleton<UploadInbox>();
        services.AddHostedService<DemoSeeder>();
        services.AddQuartz(q =>
        {
            q.AddJob<InboxScanJob>(j => j.WithIdentity(InboxScanJob.Key).StoreDurably());
            q.AddJob<ReloadJob>(j => j.WithIdentity(ReloadJob.Key).StoreDurably());
            q.AddTrigger(t => t.ForJob(InboxScanJob.Key).WithIdentity("inbox-scan-cron", "loader").WithCronSchedule(options.ScanCron).StartNow());
            q.AddTrigger(t => t.ForJob(ReloadJob.Key).WithIdentity("reload-at-start", "loader").StartNow());
            q.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                if (string.IsNullOrWhiteSpace(options.SchedulerPostgres))
                {
                    store.UseSqlite(sqlite => sqlite.ConnectionString = "Data Source=" + options.SchedulerSqlitePath);
                }
                else
                {
                    store.UsePostgres(pg => pg.ConnectionString = options.SchedulerPostgres);
                    store.UseClustering();
                }
            });
            q.ConfigureScheduler(s => s.InstanceId = "AUTO");
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }

    /// <summary>Binds <see cref="LoaderOptions"/> from the "Loader" section; PERFEVAL_DATA overrides the data folder.</summary>
    public static LoaderOptions ReadLoaderOptions(this IConfiguration configuration)
    {
        var options = new LoaderOptions();
        configuration.GetSection(LoaderOptions.Section).Bind(options);
        if (configuration["PERFEVAL_DATA"] is { Length: > 0 } data)
        {
            options.DataFolder = data;
        }
        options.DataFolder = Path.GetFullPath(options.DataFolder);
        return options;
    }
}
