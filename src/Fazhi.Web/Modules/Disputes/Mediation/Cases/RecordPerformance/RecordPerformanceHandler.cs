using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Mediation.Cases.RecordPerformance;

public sealed record RecordPerformanceRequest(
    [EnumDataType(typeof(PerformanceStatus), ErrorMessage = "请选择履行情况。")] PerformanceStatus Status,
    DateOnly? CheckedOn,
    [MaxLength(1000, ErrorMessage = "不超过 1000 字。")] string? Note);

internal sealed class PerformanceRecordedByClerkOrLeader() : WhoMayRule(
    "disputes.mediation.performance.who", "人民调解委员会对调解协议的履行情况进行监督（《人民调解法》第三十一条第二款），由法制员（司法所）或领导登记。", Roles.LegalClerk, Roles.Leader);

internal sealed class RecordPerformanceHandler(FazhiDbContext db, Fazhi.Modules.Disputes.Mediation.Cases.CaseQueries cases, IntakeDesk intake, IDeadlines deadlines)
{
    public async Task<MediationCase> HandleAsync(Actor actor, Guid id, RecordPerformanceRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        WhoMayRule.Of<PerformanceRecordedByClerkOrLeader>().Check(actor);
        var c = await cases.GetAsync(id, ct);
        var on = request.CheckedOn ?? intake.Today;
        BusinessRule.Check(new Rules.DateNotInFuture(on, intake.Today, "回访日期", "checkedOn"));
        c.RecordPerformance(on, request.Status, request.Note);
        await deadlines.MeetAsync(DisputeDeadlines.PerformanceFollowUpCode, c.Id, on, ct);
        await db.SaveChangesAsync(ct);
        return c;
    }
}
