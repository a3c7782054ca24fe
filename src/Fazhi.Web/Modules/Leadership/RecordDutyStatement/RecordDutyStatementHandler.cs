using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Leadership.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Leadership.RecordDutyStatement;

/// <summary>登记述法: who, for which year, when and where, the text, and its evaluation once given.</summary>
public sealed record RecordDutyStatementRequest(
    [Range(2000, 2100, ErrorMessage = "请填写述法年度。")] int Year,
    [EnumDataType(typeof(LeaderRole), ErrorMessage = "请选择述法人职务。")] LeaderRole Role,
    [Required(ErrorMessage = "请填写述法人。"), MaxLength(50, ErrorMessage = "述法人不超过 50 字。")] string Speaker,
    [Required(ErrorMessage = "请填写述法日期。")] DateOnly? DeliveredOn,
    [Required(ErrorMessage = "请填写述法场合。"), MaxLength(200, ErrorMessage = "场合不超过 200 字。")] string Occasion,
    [Required(ErrorMessage = "请填写述法内容。"), MaxLength(20000, ErrorMessage = "述法内容不超过 20000 字。")] string Text,
    DutyEvaluation? Evaluation,
    [MaxLength(100, ErrorMessage = "评议单位不超过 100 字。")] string? EvaluatedBy)
{
    public static RecordDutyStatementRequest Blank(DateOnly today) => new(today.Month >= 11 ? today.Year : today.Year - 1, LeaderRole.PartySecretary, "", today, "年终述职述廉述法会议", "", null, null);
}

internal sealed class RecordDutyStatementHandler(FazhiDbContext db, TimeProvider clock)
{
    public async Task<DutyStatement> HandleAsync(Actor actor, RecordDutyStatementRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<LeadershipRecordsKeptByClerkOrLeader>().Check(actor);
        var statement = DutyStatement.Record(actor.TownshipId!.Value, request.Year, request.Role, request.Speaker, request.DeliveredOn!.Value, request.Occasion, request.Text,
            request.Evaluation, request.EvaluatedBy, Platform.Time.ChinaTime.Today(clock));
        db.Add(statement);
        await db.SaveChangesAsync(ct);
        return statement;
    }
}
