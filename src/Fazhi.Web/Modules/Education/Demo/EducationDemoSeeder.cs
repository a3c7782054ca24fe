using Fazhi.Platform.Data;

namespace Fazhi.Modules.Education.Demo;

internal sealed class EducationDemoSeeder : IStartupSeeder
{
    public int Order => 400;

    public bool IsDemoData => true;

    public Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
}
