using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disputes.Intake.Register;

internal sealed class RegisterMatterPage(RegisterMatterHandler handler, TownshipDirectory directory, IntakeDesk intake) : PageModel, IStepPage
{
    public RegisterMatterRequest Form { get; private set; } = null!;

    public FormChoices Choices { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Form = RegisterMatterRequest.Blank(intake.Today);
        await LoadAsync(ct);
        return Page();
    }

    [WhoMay<MatterRegisteredByStaff>]
    public async Task<IActionResult> OnPostAsync(RegisterMatterRequest form, CancellationToken ct)
    {
        Form = form;
        var (matter, first) = await handler.HandleAsync(User.ToActor(), form, ct);
        TempData["Flash"] = first is not null
            ? $"已登记（回执号 {matter.ReceiptNumber}）。该诉求人曾于 {first.ReceivedOn:yyyy-MM-dd} 反映同一事项（{first.ReceiptNumber}），已关联到首次登记的事项，不重复计数。"
            : matter.ClosedOn is not null ? $"已登记并当场答复办结（回执号 {matter.ReceiptNumber}）。"
            : $"已登记（回执号 {matter.ReceiptNumber}），请分办到承办科室和承办人；答复期限已列入待办与预警。";
        return Redirect($"/workspace/disputes/matters/{(first ?? matter).Id}");
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        Form ??= RegisterMatterRequest.Blank(intake.Today);
        Choices = await FormChoices.LoadAsync(directory, User.ToActor().TownshipId!.Value, intake.Today, ct);
        return true;
    }
}
