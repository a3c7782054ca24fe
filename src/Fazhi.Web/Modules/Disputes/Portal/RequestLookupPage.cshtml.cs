using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disputes.Portal;

/// <summary>
/// 办理情况查询: the requester enters the receipt number and the phone left with the request (posted, so neither stands
/// in an address or a log) and sees the matter and its replies, masked like everything else on the portal.
/// </summary>
internal sealed class RequestLookupPageModel(PublicRequestDesk desk) : PageModel
{
    public string Code { get; private set; } = "";

    public string GovernmentName { get; private set; } = "";

    public PublicMatterView? Matter { get; private set; }

    [BindProperty]
    public RequestLookupInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct))
        {
            return NotFound();
        }

        Input.ReceiptNumber = TempData["Receipt"] as string;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        var township = await desk.TownshipAsync(code, ct);
        if (township is null || !await LoadAsync(code, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Matter = await desk.LookUpAsync(township.Id, Input.ReceiptNumber!, Input.Phone!, ct);

        // The phone is not written back into the page: a shared or borrowed phone's next user should not find it there.
        ModelState.Remove("Input.Phone");
        Input.Phone = null;
        if (Matter is null)
        {
            // One message for both: whether a receipt number exists is not told to someone without its phone.
            ModelState.AddModelError("Input.ReceiptNumber", "没有找到与该受理编号和联系电话相符的事项，请核对后再查。");
        }

        return Page();
    }

    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        var township = await desk.TownshipAsync(code, ct);
        if (township is null)
        {
            return false;
        }

        Code = code;
        GovernmentName = township.GovernmentName;
        return true;
    }
}
