using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disputes.Hotline.ReplyTicket;

/// <summary>The step's own page: the form alone (the record's page embeds it too), and where it posts.</summary>
internal sealed class ReplyTicketPage(ReplyTicketHandler handler, Fazhi.Modules.Disputes.Hotline.TicketQueries records, TownshipDirectory directory, IntakeDesk intake) : PageModel, IStepPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public HotlineTicket Record { get; private set; } = null!;

    public FormChoices Choices { get; private set; } = null!;

    public ReplyTicketRequest Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    [WhoMay<TicketAnsweredByStaff>]
    public async Task<IActionResult> OnPostAsync(ReplyTicketRequest form, CancellationToken ct)
    {
        Form = form;
        var record = await handler.HandleAsync(User.ToActor(), Id, form, ct);
        TempData["Flash"] = record.RepliedOnTime ? "已答复来电人，按期办理。请回访满意度。" : $"已答复来电人，已超过答复期限（{record.DueOn:yyyy-MM-dd}）。";
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

    public static ReplyTicketRequest Blank(HotlineTicket record, FormChoices choices) => new("", choices.Today);
}
