using Fazhi.Modules.Leadership.Model;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Leadership;

/// <summary>Reads of the leadership records of one township and year.</summary>
internal sealed class LeadershipQueries(FazhiDbContext db)
{
    public Task<WorkPlan?> PlanAsync(Guid townshipId, int year, CancellationToken ct) =>
        db.Set<WorkPlan>().SingleOrDefaultAsync(p => p.TownshipId == townshipId && p.Year == year, ct);

    public async Task<LeadershipYear> YearAsync(Guid townshipId, int year, CancellationToken ct)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        return new LeadershipYear(
            year,
            await db.Set<RuleOfLawMeeting>().AsNoTracking().Where(m => m.TownshipId == townshipId && m.HeldOn >= first && m.HeldOn <= last).OrderBy(m => m.HeldOn).ToListAsync(ct),
            await db.Set<DutyStatement>().AsNoTracking().Where(d => d.TownshipId == townshipId && d.Year == year).OrderBy(d => d.Role).ToListAsync(ct),
            await db.Set<CountyReport>().AsNoTracking().Where(r => r.TownshipId == townshipId && r.ReportedOn >= first && r.ReportedOn <= last).OrderBy(r => r.ReportedOn).ToListAsync(ct),
            await db.Set<WorkPlan>().AsNoTracking().SingleOrDefaultAsync(p => p.TownshipId == townshipId && p.Year == year, ct));
    }
}

internal sealed record LeadershipYear(int Year, IReadOnlyList<RuleOfLawMeeting> Meetings, IReadOnlyList<DutyStatement> Statements, IReadOnlyList<CountyReport> Reports, WorkPlan? Plan);

internal sealed record MeetingResponse(Guid Id, MeetingKind Kind, DateOnly HeldOn, string Topic, string Chair, string Attendees, string Decided, bool HeardWorkReport)
{
    public static MeetingResponse From(RuleOfLawMeeting m) => new(m.Id, m.Kind, m.HeldOn, m.Topic, m.Chair, m.Attendees, m.Decided, m.HeardWorkReport);
}

internal sealed record DutyStatementResponse(Guid Id, int Year, LeaderRole Role, string Speaker, DateOnly DeliveredOn, string Occasion, string Text, DutyEvaluation? Evaluation, string? EvaluatedBy)
{
    public static DutyStatementResponse From(DutyStatement d) => new(d.Id, d.Year, d.Role, d.Speaker, d.DeliveredOn, d.Occasion, d.Text, d.Evaluation, d.EvaluatedBy);
}

internal sealed record CountyReportResponse(Guid Id, CountyReportKind Kind, DateOnly ReportedOn, string Title, string Recipient, string Reference)
{
    public static CountyReportResponse From(CountyReport r) => new(r.Id, r.Kind, r.ReportedOn, r.Title, r.Recipient, r.Reference);
}

internal sealed record PlanTaskResponse(Guid Id, int Order, string Title, string Owner, DateOnly DueOn, DateOnly? DoneOn, string? Result);

internal sealed record WorkPlanResponse(Guid Id, int Year, string Title, DateOnly AdoptedOn, string AdoptedAt, string? Summary, DateOnly? SummarizedOn, IReadOnlyList<PlanTaskResponse> Tasks)
{
    public static WorkPlanResponse From(WorkPlan p) => new(p.Id, p.Year, p.Title, p.AdoptedOn, p.AdoptedAt, p.Summary, p.SummarizedOn,
        [.. p.Tasks.OrderBy(t => t.Order).Select(t => new PlanTaskResponse(t.Id, t.Order, t.Title, t.Owner, t.DueOn, t.DoneOn, t.Result))]);
}
