using Fazhi.Modules.Organization;
using Fazhi.Platform.ErrorHandling;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Disputes.Portal;

/// <summary>网上反映: anyone may bring a request to the township from the portal, on a phone as well as a desk.</summary>
internal sealed class SubmitRequestPageModel(PublicRequestDesk desk, IOptions<DisputesOptions> options) : PageModel
{
    /// <summary>The township's answer period (setting <c>Fazhi:Disputes:MatterReplyDays</c>), told to the person before they write.</summary>
    public int ReplyDays => options.Value.MatterReplyDays;

    public string Code { get; private set; } = "";

    public string GovernmentName { get; private set; } = "";

    public IReadOnlyList<Village> Villages { get; private set; } = [];

    [BindProperty]
    public PublicRequestInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct) =>
        await LoadAsync(code, ct) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is not { } township)
        {
            return NotFound();
        }

        if (Input.VillageId is { } village && Villages.All(v => v.Id != village))
        {
            ModelState.AddModelError("Input.VillageId", "所选村（社区）不属于本镇。");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var receipt = await desk.SubmitAsync(township.Id, Input, ct);
            TempData["Flash"] = $"您反映的事项已登记，受理编号 {receipt}。请记下受理编号，凭受理编号和联系电话查询办理情况。";
            TempData["Receipt"] = receipt;
        }
        catch (BusinessRuleException e)
        {
            ModelState.AddModelError(e.Field is { Length: > 0 } f ? $"Input.{char.ToUpperInvariant(f[0])}{f[1..]}" : "", e.Message);
            return Page();
        }

        return Redirect($"/t/{code}/requests/lookup");
    }

    private async Task<Township?> LoadAsync(string code, CancellationToken ct)
    {
        var township = await desk.TownshipAsync(code, ct);
        if (township is null)
        {
            return null;
        }

        Code = code;
        GovernmentName = township.GovernmentName;
        Villages = await desk.VillagesAsync(township.Id, ct);
        return township;
    }
}
