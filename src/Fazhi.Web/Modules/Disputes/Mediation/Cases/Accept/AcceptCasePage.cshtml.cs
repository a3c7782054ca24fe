using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Mediation.Committees;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Modules.Disputes.Screening;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disputes.Mediation.Cases.Accept;

internal sealed class AcceptCasePage(AcceptCaseHandler handler, CommitteeQueries committees, MatterQueries matters, ScreeningQueries screening, TownshipDirectory directory, IntakeDesk intake)
    : PageModel, IStepPage
{
    /// <summary>Rows offered for parties on the page; blank rows are ignored.</summary>
    public const int PartyRows = 4;

    [BindProperty(SupportsGet = true)]
    public Guid? MatterId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? FindingId { get; set; }

    public AcceptCaseRequest Form { get; private set; } = null!;

    public FormChoices Choices { get; private set; } = null!;

    public IReadOnlyList<MediationCommittee> Committees { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    [WhoMay<CaseAcceptedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(AcceptCaseRequest form, CancellationToken ct)
    {
        Form = form;
        var c = await handler.HandleAsync(User.ToActor(), form, ct);
        TempData["Flash"] = $"已受理调解（{c.Number}）。请指定调解员；调解一般在一个月内调结，期限已列入待办与预警。";
        return Redirect($"/workspace/disputes/mediation/cases/{c.Id}");
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        var townshipId = User.ToActor().TownshipId!.Value;
        Choices = await FormChoices.LoadAsync(directory, townshipId, intake.Today, ct);
        Committees = [.. (await committees.AllAsync(ct)).Where(c => c.MembersOn(intake.Today).Count() >= 3)];
        if (Form is not null)
        {
            return true;
        }

        var parties = Enumerable.Range(0, PartyRows).Select(i => new MediationPartyRequest(null, PartyKind.NaturalPerson, i == 0 ? PartySide.Applicant : PartySide.Respondent, null, null, null)).ToList();
        var committeeId = Committees.Count > 0 ? Committees[0].Id : (Guid?)null;
        Form = new AcceptCaseRequest(committeeId, null, FindingId, MediationStart.Application, null, intake.Today, MatterTopic.Neighbours, "", "", 0, MatterChannel.Visit, null, parties);
        if (MatterId is { } matterId)
        {
            if (await matters.FindAsync(matterId, ct) is not { } matter)
            {
                return false;
            }

            parties[0] = parties[0] with { Name = matter.RequesterName, Phone = matter.RequesterPhone, IdNumber = matter.RequesterIdNumber, Address = matter.RequesterAddress };
            var villageCommittee = Committees.FirstOrDefault(c => c.VillageId is not null && c.VillageId == matter.VillageId)?.Id ?? committeeId;
            Form = Form with { MatterId = matter.Id, CommitteeId = villageCommittee, Topic = matter.Topic, Summary = matter.Subject, Facts = matter.Content, Channel = matter.Channel, VillageId = matter.VillageId, Parties = parties };
        }
        else if (FindingId is { } findingId)
        {
            if (await screening.FindFindingAsync(findingId, ct) is not { } finding)
            {
                return false;
            }

            Form = Form with { Start = MediationStart.ExOfficio, Topic = finding.Topic, Summary = finding.Summary, Facts = finding.Summary + (finding.Parties is null ? "" : "（当事人：" + finding.Parties + "）") };
        }

        return true;
    }
}
