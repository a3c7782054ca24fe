using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disputes.Mediation.Cases.RecordPerformance;

/// <summary>The step's own page: the form alone (the record's page embeds it too), and where it posts.</summary>
internal sealed class RecordPerformancePage(RecordPerformanceHandler handler, Fazhi.Modules.Disputes.Mediation.Cases.CaseQueries records, TownshipDirectory directory, IntakeDesk intake) : PageModel, IStepPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public MediationCase Record { get; private set; } = null!;

    public FormChoices Choices { get; private set; } = null!;

    public RecordPerformanceRequest Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    [WhoMay<PerformanceRecordedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(RecordPerformanceRequest form, CancellationToken ct)
    {
        Form = form;
        var record = await handler.HandleAsync(User.ToActor(), Id, form, ct);
        TempData["Flash"] = $"已登记履行情况：{DisputeLabels.Performance(record.Performance!.Value)}。";
        return Redirect($"/workspace/disputes/mediation/cases/{Id}");
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        var record = await records.FindAsync(Id, ct);
        if (record is null)
        {
            return false;
        }

        Record = record;
        Choices = await FormChoices.LoadAsync(directory, record.TownshipId, intake.Today, ct);
        Form ??= Blank(Record, Choices);
        return true;
    }

    public static RecordPerformanceRequest Blank(MediationCase record, FormChoices choices) => new(PerformanceStatus.Performed, choices.Today, null);
}
