using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Leadership.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Leadership.RecordCountyReport;

/// <summary>登记向县委、县政府的报告: kind, date, title, recipients, document number.</summary>
public sealed record RecordCountyReportRequest(
    [EnumDataType(typeof(CountyReportKind), ErrorMessage = "请选择报告类型。")] CountyReportKind Kind,
    [Required(ErrorMessage = "请填写报送日期。")] DateOnly? ReportedOn,
    [Required(ErrorMessage = "请填写报告标题。"), MaxLength(200, ErrorMessage = "标题不超过 200 字。")] string Title,
    [Required(ErrorMessage = "请填写报送单位。"), MaxLength(200, ErrorMessage = "报送单位不超过 200 字。")] string Recipient,
    [MaxLength(100, ErrorMessage = "文号不超过 100 字。")] string? Reference)
{
    public static RecordCountyReportRequest Blank(DateOnly today) => new(CountyReportKind.Thematic, today, "", "县委、县政府（抄送县委依法治县办）", null);
}

internal sealed class RecordCountyReportHandler(FazhiDbContext db, TimeProvider clock)
{
    public async Task<CountyReport> HandleAsync(Actor actor, RecordCountyReportRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<LeadershipRecordsKeptByClerkOrLeader>().Check(actor);
        var report = CountyReport.Record(actor.TownshipId!.Value, request.Kind, request.ReportedOn!.Value, request.Title, request.Recipient, request.Reference ?? "",
            Platform.Time.ChinaTime.Today(clock));
        db.Add(report);
        await db.SaveChangesAsync(ct);
        return report;
    }
}
