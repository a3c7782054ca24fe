using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disputes.Hotline.DispatchTicket;

/// <summary>The step's own page: the form alone (the record's page embeds it too), and where it posts.</summary>
internal sealed class DispatchTicketPage(DispatchTicketHandler handler, Fazhi.Modules.Disputes.Hotline.TicketQueries records, TownshipDirectory directory, IntakeDesk intake) : PageModel, IStepPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public HotlineTicket Record { get; private set; } = null!;

    public FormChoices Choices { get; private set; } = null!;

    public DispatchTicketRequest Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    [WhoMay<TicketDispatchedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(DispatchTicketRequest form, CancellationToken ct)
    {
        Form = form;
        var record = await handler.HandleAsync(User.ToActor(), Id, form, ct);
        TempData["Flash"] = $"已派给{record.OfficeName}{(record.AssigneeName is null ? "" : "（" + record.AssigneeName + "）")}，请于 {record.DueOn:yyyy-MM-dd} 前答复。";
        return Redirect($"/workspace/disputes/hotline/{Id}");
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

    public static DispatchTicketRequest Blank(HotlineTicket record, FormChoices choices) => new(choices.Offices.Count > 0 ? choices.Offices[0] : "", null, choices.Today);
}
