using Fazhi.Modules.Remedies.Model;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Remedies.Cases;

/// <summary>What the steps of a case share: loading it through the tenant filter, today's date and the deadline service.</summary>
internal sealed class CaseDesk(FazhiDbContext db, IDeadlines deadlines, TimeProvider clock)
{
    public FazhiDbContext Db => db;

    public IDeadlines Deadlines => deadlines;

    public DateOnly Today => ChinaTime.Today(clock);

    public Task<RemedyCase?> FindAsync(Guid id, CancellationToken ct) => db.Set<RemedyCase>().SingleOrDefaultAsync(c => c.Id == id, ct);

    public static string Url(Guid id) => $"/workspace/remedies/{id}";

    public static DeadlineSubject SubjectOf(RemedyCase c) =>
        new("remedies", nameof(RemedyCase), c.Id, $"{RemedyLabels.Kind(c.Kind)} {c.CaseNumber}：{c.ChallengedAct}", Url(c.Id));
}

/// <summary>A case as the API answers it (the claimant is the workspace's, never public).</summary>
internal sealed record RemedyCaseResponse(Guid Id, RemedyKind Kind, string CaseNumber, string Claimant, string ChallengedAct, string Organ, bool AboutDisclosure, bool Simplified,
    DateOnly CopyReceivedOn, DateOnly? AnswerDueOn, DateOnly? AnsweredOn, DateOnly? HearingOn, bool? LeaderAppeared, string? AppearedBy, AbsenceReason? AbsenceReason,
    RemedyOutcome? Outcome, DateOnly? DecidedOn, bool Corrected, string? OpinionNumber, DateOnly? OpinionReceivedOn, DateOnly? CorrectionReportDueOn,
    DateOnly? CorrectionReportedOn)
{
    public static RemedyCaseResponse From(RemedyCase c, DateOnly? answerDueOn, DateOnly? correctionReportDueOn) =>
        new(c.Id, c.Kind, c.CaseNumber, c.Claimant, c.ChallengedAct, c.Organ, c.AboutDisclosure, c.Simplified, c.CopyReceivedOn, answerDueOn, c.AnsweredOn, c.HearingOn,
            c.LeaderAppeared, c.AppearedBy, c.AbsenceReason, c.Outcome, c.DecidedOn, c.Corrected, c.OpinionNumber, c.OpinionReceivedOn, correctionReportDueOn,
            c.CorrectionReportedOn);

    public static async Task<RemedyCaseResponse> ForAsync(RemedyCase c, IDeadlines deadlines, CancellationToken ct)
    {
        var ds = await deadlines.ForSubjectAsync(c.Id, ct);
        DateOnly? Due(string code) => ds.Where(d => d.RuleCode == code).Select(d => (DateOnly?)d.DueDate).FirstOrDefault();
        return From(c, Due(RemedyDeadlines.AnswerCode), Due(RemedyDeadlines.CorrectionReportCode));
    }
}
