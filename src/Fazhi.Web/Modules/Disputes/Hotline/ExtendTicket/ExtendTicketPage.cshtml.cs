using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disputes.Hotline.ExtendTicket;

/// <summary>The step's own page: the form alone (the record's page embeds it too), and where it posts.</summary>
internal sealed class ExtendTicketPage(ExtendTicketHandler handler, Fazhi.Modules.Disputes.Hotline.TicketQueries records, TownshipDirectory directory, IntakeDesk intake) : PageModel, IStepPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public HotlineTicket Record { get; private set; } = null!;

    public FormChoices Choices { get; private set; } = null!;

    public ExtendTicketRequest Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    [WhoMay<TicketExtendedByLeader>]
    public async Task<IActionResult> OnPostAsync(ExtendTicketRequest form, CancellationToken ct)
    {
        Form = form;
        var record = await handler.HandleAsync(User.ToActor(), Id, form, ct);
        TempData["Flash"] = $"已延期，答复期限延至 {record.DueOn:yyyy-MM-dd}。请告知来电人延期理由。";
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

    public static ExtendTicketRequest Blank(HotlineTicket record, FormChoices choices) => new(3, "", "");
}
