using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Deadlines.Jobs;
using Fazhi.Platform.Tenancy;
using Fazhi.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Platform.Deadlines;

/// <summary>Intent methods for deadline tests: open and meet deadlines as a module would, run the sweep, read rows.</summary>
internal static class DeadlineScenario
{
    /// <summary>政府信息公开条例 第三十三条: 20 working days, warn 5 working days before.</summary>
    public static readonly DeadlineRule Reply = new("disclosure.reply", "依申请公开答复", DeadlineOwner.Government, "《政府信息公开条例》第三十三条", "收到申请之日", 20, PeriodKind.WorkingDays, 5);

    public static async Task<TenantContext> TownshipTenantAsync(this FazhiApp app, string townshipName) =>
        await app.WithDbAsync(async db =>
        {
            var township = await db.Set<Township>().SingleAsync(t => t.Name == townshipName);
            return TenantContext.ForTownship(Guid.NewGuid(), townshipName + "测试", township.CountyId, township.Id);
        });

    /// <summary>Opens a deadline as a module would, on a new subject; returns it with the subject id.</summary>
    public static async Task<OpenedDeadline> OpenDeadlineAsync(this FazhiApp app, string townshipName, string subjectTitle, DateOnly start, DeadlineRule? rule = null)
    {
        var subjectId = Guid.NewGuid();
        var info = await app.InTownshipAsync(townshipName, async (deadlines, tenant) => await deadlines.OpenAsync(rule ?? Reply, tenant.TownshipId!.Value,
            new DeadlineSubject("disclosure", "DisclosureRequest", subjectId, subjectTitle, "/workspace/disclosure/test"), start, CancellationToken.None));
        return new OpenedDeadline(info, subjectId);
    }

    public static async Task<T> InTownshipAsync<T>(this FazhiApp app, string townshipName, Func<IDeadlines, TenantContext, Task<T>> work)
    {
        var tenant = await app.TownshipTenantAsync(townshipName);
        return await app.InScopeAsync(tenant, async services =>
        {
            var result = await work(services.GetRequiredService<IDeadlines>(), tenant);
            await services.GetRequiredService<FazhiDbContext>().SaveChangesAsync();
            return result;
        });
    }

    /// <summary>One sweep; a test app is the only instance on its database, so the sweep always gets its lock.</summary>
    public static async Task<int> SweepAsync(this FazhiApp app)
    {
        var run = await app.Services.GetRequiredService<DeadlineSweep>().RunOnceAsync();
        return run.Ran ? run.Result : throw new InvalidOperationException("The deadline sweep was skipped: another run held its lock.");
    }

    public static async Task<WorkingDayCalendar> CalendarAsync(this FazhiApp app) =>
        await app.Services.GetRequiredService<ICalendarProvider>().GetAsync(CancellationToken.None);

    public static DateOnly Today(this FazhiApp app) => ChinaTime.Today(app.Clock);

    /// <summary>The table row of the deadline whose subject is <paramref name="subjectTitle"/>, or null.</summary>
    public static async Task<IElement?> RowAsync(HttpClient client, string path, string subjectTitle)
    {
        // Narrow the list by the subject's title: the demo data fills the board with more than one page.
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var html = await client.GetStringAsync($"{path}{separator}Filter.Q={Uri.EscapeDataString(subjectTitle)}");
        var document = new HtmlParser().ParseDocument(html);
        return document.QuerySelectorAll("table.deadlines tbody tr").SingleOrDefault(tr => tr.TextContent.Contains(subjectTitle, StringComparison.Ordinal));
    }
}

internal sealed record OpenedDeadline(DeadlineInfo Info, Guid SubjectId)
{
    public Guid Id => Info.Id;

    public DateOnly DueDate => Info.DueDate;
}
