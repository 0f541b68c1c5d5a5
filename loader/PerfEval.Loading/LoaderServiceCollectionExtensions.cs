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
    /// The job store is SQLite under the data folder, or PostgreSQL (clustered). The scheduler starts only in the
    /// process that holds the warehouse lease (<see cref="LeasedSchedulerService"/>).
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
        services.AddSingleton<WarehouseLease>();
        services.AddSingleton<LoaderHealth>();
        services.AddHostedService<LeasedSchedulerService>();
        services.AddHostedService<DemoSeeder>();
        services.AddQuartz(q =>
        {
            // One scheduler name across the cluster, one instance id per process.
            q.ConfigureScheduler(s =>
            {
                s.InstanceName = "PerfEval";
                s.InstanceId = options.EffectiveNodeId;
            });
            q.AddJob<InboxScanJob>(j => j.WithIdentity(InboxScanJob.Key).StoreDurably().RequestRecovery());
            q.AddJob<ReloadJob>(j => j.WithIdentity(ReloadJob.Key).StoreDurably().RequestRecovery());
            q.AddTrigger(t => t.ForJob(InboxScanJob.Key).WithIdentity(InboxScanJob.CronTrigger).WithCronSchedule(options.ScanCron).StartNow());
            q.AddTrigger(t => t.ForJob(ReloadJob.Key).WithIdentity("reload-at-start", "loader").StartNow());
            q.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                // Quartz 4.7 creates its tables when missing (tables_sqlite.sql / tables_postgres.sql embedded in Quartz.dll).
                store.ProvisionSchema();
                if (options.IsClustered)
                {
                    store.UsePostgres(pg => pg.ConnectionString = options.SchedulerPostgres!);
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = options.ClusterCheckinInterval;
                        c.CheckinMisfireThreshold = options.ClusterCheckinMisfireThreshold;
                    });
                }
                else
                {
                    store.UseSqlite(sqlite => sqlite.ConnectionString = "Data Source=" + options.SchedulerSqlitePath);
                }
            });
        });
        return services;
    }
}
