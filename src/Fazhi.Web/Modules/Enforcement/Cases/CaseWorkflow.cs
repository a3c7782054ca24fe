using System.Globalization;
using Fazhi.Modules.Enforcement.Officers;
using Fazhi.Modules.Enforcement.Powers;
using Fazhi.Modules.Enforcement.Publicity;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Enforcement.Cases;

/// <summary>
/// Runs each step of a penalty case: loads the case, lets the aggregate check its rules, opens and meets the
/// deadlines, and saves once so the step, its deadlines and its audit entries commit together.
/// </summary>
internal sealed class CaseWorkflow(FazhiDbContext db, IDeadlines deadlines, IOptions<EnforcementOptions> options, TimeProvider clock)
{
    private EnforcementOptions Options => options.Value;

    public DateOnly Today => Fazhi.Platform.Time.ChinaTime.Today(clock);

    public Task<EnforcementCase?> FindAsync(Guid id, CancellationToken ct) =>
        db.Set<EnforcementCase>().SingleOrDefaultAsync(c => c.Id == id, ct);

    public async Task<EnforcementCase> FileAsync(FileCaseCommand command, Guid townshipId, CancellationToken ct)
    {
        var on = ActDate(command.FiledOn, null, "立案");
        var item = await PowerAsync(command.PowerItemId, ct);
        BusinessRule.Check(new PowerInForceOn(item, on));
        var officers = await db.Set<Officer>().Where(o => command.OfficerIds.Contains(o.Id)).ToListAsync(ct);
        var township = await db.Set<Township>().SingleAsync(t => t.Id == townshipId, ct);
        var sequence = (await db.Set<EnforcementCase>().Where(c => c.TownshipId == townshipId && c.Year == on.Year).MaxAsync(c => (int?)c.Sequence, ct) ?? 0) + 1;
        var @case = new EnforcementCase
        {
            TownshipId = townshipId,
            Year = on.Year,
            Sequence = sequence,
            CaseNumber = Number(Options.CaseNumberPattern, township, on.Year, sequence),
            Procedure = command.Procedure,
            Source = command.Source,
            SourceReference = command.SourceReference,
            PowerItemId = item.Id,
            PowerItemName = item.Name,
            Title = command.Title.Trim(),
            PartyKind = command.PartyKind,
            PartyName = command.PartyName.Trim(),
            PartyIdNumber = command.PartyIdNumber?.Trim(),
            PartyCreditCode = command.PartyCreditCode?.Trim(),
            LegalRepresentative = command.LegalRepresentative?.Trim(),
            PartyPhone = command.PartyPhone?.Trim(),
            PartyAddress = command.PartyAddress?.Trim(),
            Facts = command.Facts.Trim(),
            FiledOn = on,
            IsMajor = command.IsMajor,
            IsComplex = command.IsComplex,
        };
        if (command.OfficerIds.Distinct().Count() != officers.Count)
        {
            throw new BusinessRuleException("enforcement.officers.unknown", "所选执法人员不存在或不属于本乡镇");
        }

        @case.AssignOfficers(officers, on, Options);
        db.Add(@case);
        if (command.Procedure == CaseProcedure.General)
        {
            await deadlines.OpenAsync(EnforcementDeadlines.Decision(Options), townshipId, Subject(@case), on, ct);
        }

        await db.SaveChangesAsync(ct);
        return @case;
    }

    /// <summary>简易程序: 立案 and the on-the-spot decision in one step (行政处罚法 第51–52条).</summary>
    public async Task<EnforcementCase> DecideOnTheSpotAsync(FileCaseCommand command, IReadOnlyCollection<string> kinds, decimal? fine, string decisionText, Guid townshipId, CancellationToken ct)
    {
        var item = await PowerAsync(command.PowerItemId, ct);
        // Check the limits before anything is saved, so a refused on-the-spot penalty leaves no half-filed case.
        BusinessRule.Check(new Rules.SimplifiedProcedureWithinLimits(command.PartyKind, kinds, fine, Options));
        var @case = await FileAsync(command with { Procedure = CaseProcedure.Simplified }, townshipId, ct);
        var township = await db.Set<Township>().SingleAsync(t => t.Id == townshipId, ct);
        var number = await NextDecisionNumberAsync(township, @case.FiledOn.Year, ct);
        @case.DecideOnTheSpot(item, kinds, fine, number, decisionText, @case.FiledOn, Options);
        if (fine is > 0)
        {
            @case.PaymentDueOn = @case.FiledOn.AddDays(Options.PaymentPeriodDays);
            await deadlines.OpenAsync(EnforcementDeadlines.Payment(Options), townshipId, Subject(@case), @case.FiledOn, ct);
        }

        await deadlines.OpenAsync(EnforcementDeadlines.Publication(Options), townshipId, Subject(@case), @case.FiledOn, ct);
        await db.SaveChangesAsync(ct);
        return @case;
    }

    public async Task AddEvidenceAsync(EnforcementCase @case, EvidenceItem item, CancellationToken ct)
    {
        item.CaseId = @case.Id;
        if (item.AttachmentId is { } fileId)
        {
            // Through the tenant filter, and of the case's own township: never a file of another township's record.
            BusinessRule.Check(new Rules.EvidenceFileMustBeOfTheTownship(
                await db.Set<Platform.Attachments.Attachment>().AnyAsync(a => a.Id == fileId && a.TownshipId == @case.TownshipId, ct)));
        }

        item.CollectedOn = ActDate(item.CollectedOn == default ? null : item.CollectedOn, @case.FiledOn, "调查取证");
        @case.AddEvidence(item);
        await db.SaveChangesAsync(ct);
    }

    public async Task NotifyAsync(EnforcementCase @case, IReadOnlyCollection<string> kinds, decimal? fine, DateOnly? on, CancellationToken ct)
    {
        var date = ActDate(on, @case.FiledOn, "告知");
        var item = await PowerAsync(@case.PowerItemId, ct);
        var statement = await deadlines.ComputeDueAsync(EnforcementDeadlines.Statement(Options), date, ct);
        @case.Notify(item, kinds, fine, date, statement.Date, Options);
        await deadlines.OpenAsync(EnforcementDeadlines.Statement(Options), @case.TownshipId, Subject(@case), date, ct);
        if (@case.HearingEligible)
        {
            await deadlines.OpenAsync(EnforcementDeadlines.HearingRequest(Options), @case.TownshipId, Subject(@case), date, ct);
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task RecordStatementAsync(EnforcementCase @case, string summary, bool waived, CancellationToken ct)
    {
        @case.RecordStatement(summary, waived);
        await deadlines.MeetAsync(EnforcementDeadlines.Statement(Options).Code, @case.Id, Today, ct);
        await db.SaveChangesAsync(ct);
    }

    public async Task RequestHearingAsync(EnforcementCase @case, DateOnly? on, CancellationToken ct)
    {
        var date = ActDate(on, @case.NoticedOn, "申请听证");
        var deadline = await deadlines.ComputeDueAsync(EnforcementDeadlines.HearingRequest(Options), @case.NoticedOn!.Value, ct);
        @case.RequestHearing(date, deadline.Date);
        await deadlines.MeetAsync(EnforcementDeadlines.HearingRequest(Options).Code, @case.Id, date, ct);
        await db.SaveChangesAsync(ct);
    }

    public async Task ScheduleHearingAsync(EnforcementCase @case, DateOnly? notifiedOn, DateOnly hearingOn, string host, CancellationToken ct)
    {
        var notified = ActDate(notifiedOn, @case.HearingRequestedOn ?? @case.NoticedOn, "通知听证");
        var earliest = await deadlines.ComputeDueAsync(EnforcementDeadlines.HearingNotice(Options), notified, ct);
        @case.ScheduleHearing(notified, hearingOn, earliest.Date, host.Trim());
        await db.SaveChangesAsync(ct);
    }

    public async Task RecordHearingAsync(EnforcementCase @case, DateOnly? heldOn, string record, CancellationToken ct)
    {
        @case.RecordHearing(ActDate(heldOn, @case.HearingScheduledOn, "举行听证"), record);
        await db.SaveChangesAsync(ct);
    }

    public async Task RequestLegalReviewAsync(EnforcementCase @case, DateOnly? on, CancellationToken ct)
    {
        var date = ActDate(on, @case.NoticedOn, "提请法制审核");
        @case.RequestLegalReview(date);
        await deadlines.OpenAsync(EnforcementDeadlines.LegalReview(Options), @case.TownshipId, Subject(@case), date, ct);
        await db.SaveChangesAsync(ct);
    }

    public async Task RecordLegalReviewAsync(EnforcementCase @case, Guid reviewerUserId, string reviewerName, LegalReviewOpinion opinion, string reasons, DateOnly? on, CancellationToken ct)
    {
        var date = ActDate(on, @case.LegalReviewRequestedOn, "法制审核");
        @case.RecordLegalReview(reviewerUserId, reviewerName, opinion, reasons, date);
        if (opinion == LegalReviewOpinion.Approved)
        {
            await deadlines.MeetAsync(EnforcementDeadlines.LegalReview(Options).Code, @case.Id, date, ct);
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task RecordDiscussionAsync(EnforcementCase @case, DateOnly? on, string attendees, string conclusion, CancellationToken ct)
    {
        @case.RecordDiscussion(ActDate(on, @case.NoticedOn, "集体讨论"), attendees, conclusion);
        await db.SaveChangesAsync(ct);
    }

    public async Task DecideAsync(EnforcementCase @case, IReadOnlyCollection<string> kinds, decimal? fine, string text, DateOnly? on, CancellationToken ct)
    {
        var date = ActDate(on, @case.NoticedOn, "作出处罚决定");
        var item = await PowerAsync(@case.PowerItemId, ct);
        var township = await db.Set<Township>().SingleAsync(t => t.Id == @case.TownshipId, ct);
        var number = await NextDecisionNumberAsync(township, date.Year, ct);
        @case.Decide(item, kinds, fine, number, text, date);
        await deadlines.MeetAsync(EnforcementDeadlines.Decision(Options).Code, @case.Id, date, ct);
        await deadlines.OpenAsync(EnforcementDeadlines.Service(Options), @case.TownshipId, Subject(@case), date, ct);
        await deadlines.OpenAsync(EnforcementDeadlines.Publication(Options), @case.TownshipId, Subject(@case), date, ct);
        await db.SaveChangesAsync(ct);
    }

    public async Task ServeAsync(EnforcementCase @case, DateOnly? on, string method, CancellationToken ct)
    {
        var date = ActDate(on, @case.DecidedOn, "送达");
        @case.Serve(date, method, Options.PaymentPeriodDays);
        await deadlines.MeetAsync(EnforcementDeadlines.Service(Options).Code, @case.Id, date, ct);
        if (@case.PaymentDueOn is not null)
        {
            await deadlines.OpenAsync(EnforcementDeadlines.Payment(Options), @case.TownshipId, Subject(@case), date, ct);
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task RecordExecutionAsync(EnforcementCase @case, DateOnly? on, decimal? paid, CancellationToken ct)
    {
        var date = ActDate(on, @case.ServedOn, "执行");
        @case.RecordExecution(date, paid, Options.LateFeeRatePerDay);
        if (@case.FineAmount is > 0)
        {
            await deadlines.MeetAsync(EnforcementDeadlines.Payment(Options).Code, @case.Id, date, ct);
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task CloseAsync(EnforcementCase @case, CaseFileChecklist checklist, DateOnly? on, CancellationToken ct)
    {
        @case.Close(checklist, ActDate(on, @case.PaidOn ?? @case.ServedOn, "结案"));
        // A closed case leaves no party's period running on the board (ADR 0016).
        await deadlines.EndWaitingPeriodsAsync(@case.Id, "案件已结案", ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>事后公示: publish the masked decision (国办发〔2018〕118号 (六)); natural persons masked, legal persons with credit code.</summary>
    public async Task<PenaltyDisclosure> PublishAsync(EnforcementCase @case, DateOnly? on, CancellationToken ct)
    {
        var date = ActDate(on, @case.DecidedOn, "公示");
        BusinessRule.Check(new Rules.CaseStageAllows(@case, "公示处罚决定", CaseStage.Decided, CaseStage.Served, CaseStage.Executed, CaseStage.Closed));
        if (await db.Set<PenaltyDisclosure>().AnyAsync(d => d.CaseId == @case.Id, ct))
        {
            throw new BusinessRuleException("enforcement.publicity.already-published", "该处罚决定已公示");
        }

        var township = await db.Set<Township>().SingleAsync(t => t.Id == @case.TownshipId, ct);
        var personNames = @case.PartyKind == PartyKind.NaturalPerson ? new[] { @case.PartyName } : [@case.LegalRepresentative ?? ""];
        var disclosure = new PenaltyDisclosure
        {
            TownshipId = @case.TownshipId,
            CaseId = @case.Id,
            DecisionNumber = @case.DecisionNumber!,
            PartyDisplay = @case.PartyKind == PartyKind.NaturalPerson ? PersonalInfoMasker.MaskName(@case.PartyName) : @case.PartyName,
            PartyCreditCode = @case.PartyKind == PartyKind.LegalPerson ? @case.PartyCreditCode : null,
            PowerItemName = @case.PowerItemName,
            Violation = PersonalInfoMasker.Mask(@case.Title, personNames),
            PenaltyKinds = @case.PenaltyKinds ?? "",
            FineAmount = @case.FineAmount,
            MaskedText = PersonalInfoMasker.Mask(@case.DecisionText ?? "", personNames),
            ActingBody = township.GovernmentName,
            DecidedOn = @case.DecidedOn!.Value,
            PublishedOn = date,
            IsPublic = true,
        };
        db.Add(disclosure);
        await deadlines.MeetAsync(EnforcementDeadlines.Publication(Options).Code, @case.Id, date, ct);
        await db.SaveChangesAsync(ct);
        return disclosure;
    }

    /// <summary>
    /// 行政处罚法 第60条: a leader extends the 90-day decision period by the configured days; the case records the
    /// approval and the decision deadline on the 待办与预警 board moves, in one save (and so one audit transaction).
    /// </summary>
    public async Task<DecisionExtension> ExtendDecisionPeriodAsync(EnforcementCase @case, DateOnly? approvedOn, string reason, DeadlineApprover approver, CancellationToken ct)
    {
        BusinessRule.Check(new Rules.DecisionExtensionApprovedByLeader(approver.IsLeader));
        var date = ActDate(approvedOn, @case.FiledOn, "批准延长办案期限");
        var rule = EnforcementDeadlines.Decision(Options);
        var running = (await deadlines.ForSubjectAsync(@case.Id, ct))
            .Where(d => d.RuleCode == rule.Code && d.State is DeadlineState.Pending or DeadlineState.DueSoon or DeadlineState.Overdue)
            .OrderBy(d => d.DueDate)
            .FirstOrDefault();
        // The case's own rules first (a decided case says so), then the period on the board must still be running.
        @case.CheckDecisionExtension(date, running?.DueDate ?? date, reason, approver.IsLeader, Options);
        BusinessRule.Check(new Rules.DecisionPeriodRunning(running is not null));
        var extended = await deadlines.ExtendAsync(running!.Id, Options.DecisionExtensionDays, reason.Trim(), approver, ct);
        // A new child of the loaded case: inserted on save (Guid keys are never store-generated, see FazhiDbContext).
        var extension = @case.ExtendDecisionPeriod(date, running.DueDate, extended.DueDate, reason, approver.UserId, approver.Name, approver.IsLeader, Options);
        await db.SaveChangesAsync(ct);
        return extension;
    }

    public async Task RevokeAsync(EnforcementCase @case, DateOnly? on, string reason, CancellationToken ct)
    {
        var date = ActDate(on, @case.DecidedOn, "撤销决定");
        @case.Revoke(date, reason);
        if (await db.Set<PenaltyDisclosure>().AnyAsync(d => d.CaseId == @case.Id && d.IsPublic, ct))
        {
            await deadlines.OpenAsync(EnforcementDeadlines.Withdrawal(Options), @case.TownshipId, Subject(@case), date, ct);
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>行政处罚法 第48条第2款: withdraw the published decision and explain why.</summary>
    public async Task WithdrawAsync(EnforcementCase @case, DateOnly? on, CancellationToken ct)
    {
        var disclosure = await db.Set<PenaltyDisclosure>().SingleOrDefaultAsync(d => d.CaseId == @case.Id && d.IsPublic, ct);
        BusinessRule.Check(new Rules.WithdrawalNeedsPublishedDecision(disclosure is not null));
        BusinessRule.Check(new Rules.WithdrawalOnlyAfterRevocation(@case.IsRevoked));
        var date = ActDate(on, @case.RevokedOn, "撤回公示");
        disclosure!.IsPublic = false;
        disclosure.WithdrawnOn = date;
        disclosure.WithdrawalReason = @case.RevocationReason;
        await deadlines.MeetAsync(EnforcementDeadlines.Withdrawal(Options).Code, @case.Id, date, ct);
        await db.SaveChangesAsync(ct);
    }

    private async Task<PowerItem> PowerAsync(Guid id, CancellationToken ct) =>
        await db.Set<PowerItem>().SingleOrDefaultAsync(p => p.Id == id, ct)
        ?? throw new BusinessRuleException("enforcement.power.unknown", "所引用的职权事项不存在，每个案件必须引用本乡镇行政处罚权事项目录中的一项");

    private async Task<string> NextDecisionNumberAsync(Township township, int year, CancellationToken ct)
    {
        var count = await db.Set<EnforcementCase>().CountAsync(c => c.TownshipId == township.Id && c.DecisionNumber != null && c.DecidedOn!.Value.Year == year, ct);
        return Number(Options.DecisionNumberPattern, township, year, count + 1);
    }

    private static string Number(string pattern, Township township, int year, int sequence) =>
        pattern.Replace("{short}", township.ShortName.TrimEnd('府'), StringComparison.Ordinal)
            .Replace("{year}", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{n}", sequence.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>The date of an act: today unless the clerk records an earlier act; never in the future or before the previous step.</summary>
    private DateOnly ActDate(DateOnly? requested, DateOnly? previous, string step)
    {
        var date = requested ?? Today;
        if (date > Today)
        {
            throw new BusinessRuleException("enforcement.case.future-date", $"“{step}”日期不能晚于今天（{Today:yyyy-MM-dd}）");
        }

        if (previous is { } p && date < p)
        {
            throw new BusinessRuleException("enforcement.case.date-before-previous-step", $"“{step}”日期（{date:yyyy-MM-dd}）不能早于上一步骤日期（{p:yyyy-MM-dd}）");
        }

        return date;
    }

    private static DeadlineSubject Subject(EnforcementCase @case) =>
        new("enforcement", nameof(EnforcementCase), @case.Id, $"{@case.CaseNumber} {@case.Title}", $"/workspace/enforcement/cases/{@case.Id}");
}

internal sealed record FileCaseCommand(
    CaseProcedure Procedure,
    CaseSource Source,
    string? SourceReference,
    Guid PowerItemId,
    string Title,
    PartyKind PartyKind,
    string PartyName,
    string? PartyIdNumber,
    string? PartyCreditCode,
    string? LegalRepresentative,
    string? PartyPhone,
    string? PartyAddress,
    string Facts,
    IReadOnlyList<Guid> OfficerIds,
    bool IsMajor,
    bool IsComplex,
    DateOnly? FiledOn);
