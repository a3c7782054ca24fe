using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Deadlines;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Disputes.Mediation.Cases;

/// <summary>
/// What follows from a case's outcome, whichever step reached it: the month's guideline is met, the 30-day window for
/// 司法确认 opens (人民调解法 第三十三条), the performance follow-up is scheduled (第三十一条), the matter on the intake
/// is answered and closed. Shared by the agreement, signature, refusal and termination steps and by the ledger import.
/// </summary>
internal sealed class CaseOutcomes(IDeadlines deadlines, IntakeDesk intake, IOptions<DisputesOptions> options)
{
    public static DeadlineSubject SubjectOf(MediationCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new DeadlineSubject(DisputesModule.Key, nameof(MediationCase), c.Id, c.Title, $"/workspace/disputes/mediation/cases/{c.Id}");
    }

    /// <summary>The agreement took effect on <see cref="MediationCase.AgreementEffectiveOn"/>.</summary>
    public async Task AgreementTookEffectAsync(MediationCase c, string by, bool deadlinesOpen, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(c);
        var effective = c.AgreementEffectiveOn!.Value;
        if (deadlinesOpen)
        {
            await deadlines.MeetAsync(DisputeDeadlines.MediationGuidelineCode, c.Id, effective, ct);
            await deadlines.OpenAsync(DisputeDeadlines.JudicialConfirmation, c.TownshipId, SubjectOf(c), effective, ct);
            if (c.PerformanceDueOn is { } due)
            {
                await deadlines.OpenAsync(DisputeDeadlines.PerformanceFollowUp(options.Value), c.TownshipId, SubjectOf(c), due, ct);
            }
        }

        var matter = await intake.GetAsync(c.MatterId, ct);
        matter.EndByProcedure(effective, $"经{c.CommitteeName}调解达成{DisputeLabels.AgreementForm(c.AgreementForm!.Value)}（{c.Number}）。", by);
    }

    /// <summary>The case ended without an agreement (a party refused, or mediation failed).</summary>
    public async Task EndedWithoutAgreementAsync(MediationCase c, string by, bool deadlinesOpen, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(c);
        var ended = c.EndedOn!.Value;
        if (deadlinesOpen)
        {
            await deadlines.MeetAsync(DisputeDeadlines.MediationGuidelineCode, c.Id, ended, ct);
        }

        var matter = await intake.GetAsync(c.MatterId, ct);
        matter.EndByProcedure(ended, $"{DisputeLabels.MediationStatus(c.Status)}：{c.EndReason}{(c.RoutesAdvised is null ? "" : "。已告知当事人：" + c.RoutesAdvised)}", by);
    }
}
