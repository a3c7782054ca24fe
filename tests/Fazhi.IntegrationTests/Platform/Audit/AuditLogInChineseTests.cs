using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Audit;
using Fazhi.Platform.Tenancy;
using Fazhi.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Platform.Audit;

/// <summary>
/// The audit log reads in Chinese (issue 14 §7): records and fields by their Chinese names, values formatted the way
/// the rest of the platform shows them, technical stamps left out — while the trail itself keeps what it stored.
/// </summary>
public sealed partial class AuditLogInChineseTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    [Fact]
    public async Task AuditLog_ShowsCalendarDaysWithChineseNamesAndFormattedValues()
    {
        var admin = await app.ClientForAsync("admin");

        var page = await ParseAsync(await admin.GetStringAsync("/admin/audit?Filter.RecordType=CalendarDay"));

        var tables = page.QuerySelectorAll("main table");
        var rows = tables[^1].QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        rows.ShouldNotBeEmpty();
        rows.ShouldAllBe(r => r.Contains("放假调休日") && r.Contains("日期："));
        // Dates as yyyy-MM-dd and flags as 是/否, never the stored invariant form ("02/06/2027", "IsOffDay：false").
        rows.ShouldContain(r => IsoDate().IsMatch(r));
        rows.ShouldContain(r => r.Contains("放假：是") || r.Contains("放假：否"));
        var text = page.QuerySelector("main")!.TextContent;
        text.ShouldNotContain("IsOffDay");
        text.ShouldNotContain("CalendarDay");
        UsDate().IsMatch(text).ShouldBeFalse();
    }

    [Fact]
    public async Task AuditEntryAndExportFilter_NameUsersInChinese_AndLeaveTheirStampsOut()
    {
        var admin = await app.ClientForAsync("admin");
        var entryId = await app.WithDbAsync(db => db.Set<AuditEntry>().Where(e => e.RecordType == "FazhiUser" && e.Action == AuditAction.Added && e.Changes.Contains("ConcurrencyStamp"))
            .Select(e => e.Id).FirstAsync());

        var entry = await ParseAsync(await admin.GetStringAsync($"/admin/audit/{entryId}"));

        var main = entry.QuerySelector("main")!.TextContent;
        main.ShouldContain("用户");
        main.ShouldContain("用户名");
        main.ShouldNotContain("ConcurrencyStamp");
        main.ShouldNotContain("SecurityStamp");
        main.ShouldNotContain("NormalizedUserName");
        // The trail itself is untouched: the stamp is still recorded (redacted) in the stored entry the hash covers.
        (await app.WithDbAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.Id == entryId))).Changes.ShouldContain("ConcurrencyStamp");

        var list = await ParseAsync(await admin.GetStringAsync("/admin/audit"));
        var recordTypes = list.QuerySelectorAll("select#type option").Skip(1).Select(o => o.TextContent).ToList();
        recordTypes.ShouldNotBeEmpty();
        recordTypes.ShouldAllBe(t => Chinese().IsMatch(t));
        recordTypes.ShouldContain("行政处罚案件");
    }

    [Fact]
    public async Task EveryAuditedRecordField_AndEveryEnumItStores_HasAChineseName()
    {
        // A module that adds a record or a field without naming it in Chinese fails here, not in front of an auditor.
        var missing = await app.InScopeAsync(TenantContext.System, sp =>
        {
            var labels = sp.GetRequiredService<DisplayLabels>();
            var db = sp.GetRequiredService<Fazhi.Platform.Data.FazhiDbContext>();
            var gaps = new List<string>();
            foreach (var type in db.Model.GetEntityTypes().Where(t => t.ClrType != typeof(AuditEntry) && t.ClrType != typeof(AuditChainHead)))
            {
                var name = DisplayLabels.RecordTypeName(type.ClrType);
                if (!labels.HasRecord(name))
                {
                    gaps.Add($"记录 {name}");
                }

                foreach (var property in type.GetProperties().Where(p => !p.IsShadowProperty() && !labels.IsHidden(name, p.Name)))
                {
                    if (!labels.HasField(name, property.Name))
                    {
                        gaps.Add($"字段 {name}.{property.Name}");
                    }

                    var clr = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
                    if (clr.IsEnum && !labels.HasEnum(clr))
                    {
                        gaps.Add($"枚举 {clr.Name}（{name}.{property.Name}）");
                    }
                }
            }

            return Task.FromResult(gaps);
        });

        missing.ShouldBeEmpty("以下记录、字段或枚举没有中文名称（在所属模块的 *DisplayLabels 中登记）：");
    }

    [Fact]
    public async Task DeadlineBoard_ListsItsModulesInChinese()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");

        var page = await ParseAsync(await clerk.GetStringAsync("/workspace/deadlines"));

        var options = page.QuerySelectorAll("select#f-module option").Skip(1).ToList();
        options.Select(o => o.GetAttribute("value")).ShouldContain("enforcement");
        options.Single(o => o.GetAttribute("value") == "enforcement").TextContent.ShouldBe("行政执法");
        options.ShouldAllBe(o => Chinese().IsMatch(o.TextContent));

        // Filtering by the Chinese-named module still narrows the list to that module.
        var filtered = await ParseAsync(await clerk.GetStringAsync("/workspace/deadlines?Filter.Module=enforcement&Filter.State="));
        filtered.QuerySelectorAll("table.deadlines tbody tr").Length.ShouldBeGreaterThan(0);
        filtered.QuerySelector("select#f-module option[selected]")!.TextContent.ShouldBe("行政执法");
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> ParseAsync(string html) => await new HtmlParser().ParseDocumentAsync(html);

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b\d{2}/\d{2}/\d{4}\b")]
    private static partial Regex UsDate();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();
}
