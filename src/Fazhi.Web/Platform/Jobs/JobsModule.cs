using Fazhi.Platform.Data;

namespace Fazhi.Platform.Jobs;

/// <summary>Background jobs that run once across instances (ADR 0029): <see cref="IJobLock"/> and <see cref="JobRunner"/>.</summary>
public static class JobsModule
{
    public static IServiceCollection AddFazhiJobs(this IServiceCollection services)
    {
        services.AddSingleton<IJobLock>(sp =>
        {
            var storage = sp.GetRequiredService<FazhiStorageOptions>();
            return storage.DatabaseProvider == DatabaseProvider.Postgres
                ? new PostgresJobLock(sp.GetRequiredService<IConfiguration>().GetConnectionString("Fazhi")!, sp.GetRequiredService<ILogger<PostgresJobLock>>())
                : new InProcessJobLock();
        });
        services.AddSingleton<JobRunner>();
        return services;
    }
}
