using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disclosure.Model;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Data;
using Fazhi.Platform.Privacy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Disclosure.Portal;

/// <summary>
/// 办理进度查询: the applicant gives the 受理编号 and the phone number of the application (both, so that nobody reads
/// another's application by guessing numbers); the answer shows the state and dates, with the name and the
/// description masked (个人信息保护法: the page is public, whoever holds both keys).
/// </summary>
internal sealed class PortalStatusPage(FazhiDbContext db) : PageModel
{
    public Township Township { get; private set; } = null!;

    public StatusQuery Query { get; private set; } = new("", "");

    public StatusView? Found { get; private set; }

    public bool Searched { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct) => await FindAsync(code, ct) ? Page() : NotFound();

    /// <summary>A lookup, posted so that the phone number never sits in a URL or a log.</summary>
    public async Task<IActionResult> OnPostAsync(string code, StatusQuery query, CancellationToken ct)
    {
        if (!await FindAsync(code, ct))
        {
            return NotFound();
        }

        Query = query;
        if (!ModelState.IsValid)
        {
            var invalid = Page();
            invalid.StatusCode = StatusCodes.Status400BadRequest;
            return invalid;
        }

        Searched = true;
        var number = query.Number.Trim().ToUpperInvariant();
        var phone = query.Phone.Trim();
        // The one read past the tenant filter: the applicant's own application, found by both of its keys.
        var request = await db.Set<DisclosureRequest>().IgnoreQueryFilters([FazhiDbContext.TenantFilterName]).AsNoTracking()
            .SingleOrDefaultAsync(r => r.TownshipId == Township.Id && r.Number == number && r.Phone == phone, ct);
        Found = request is null ? null : StatusView.Of(request);
        // The answer page does not repeat the phone number: it may be printed or left open on a shared screen.
        Query = query with { Phone = "" };
        return Page();
    }

    private async Task<bool> FindAsync(string code, CancellationToken ct)
    {
        Township = (await db.Set<Township>().AsNoTracking().SingleOrDefaultAsync(t => t.DivisionCode == code, ct))!;
        return Township is not null;
    }
}

internal sealed record StatusQuery(
    [Required(ErrorMessage = "请填写受理编号。"), MaxLength(20, ErrorMessage = "受理编号不超过 20 个字符。")] string Number,
    [Required(ErrorMessage = "请填写申请时留下的联系电话。"), RegularExpression(@"^[0-9\-+ ]{7,20}$", ErrorMessage = "请填写有效的联系电话。")] string Phone);

/// <summary>What the status page shows: no unmasked personal information (PersonalInfoMasker).</summary>
internal sealed record StatusView(string Number, string Applicant, string Description, DateOnly SubmittedOn, DateOnly? ReceivedOn, string State, DateOnly? ReplyDueOn,
    DateOnly? RepliedOn, string? Reply, DateOnly? CorrectionDueOn, string? Closing)
{
    internal static StatusView Of(DisclosureRequest r) => new(
        r.Number,
        r.ApplicantKind == ApplicantKind.Citizen ? PersonalInfoMasker.MaskName(r.ApplicantName) : r.ApplicantName,
        PersonalInfoMasker.Mask(r.Description, [r.ApplicantName]),
        r.SubmittedOn,
        r.ReceivedOn,
        DisclosureLabels.State(r.State),
        r.ReplyDueOn,
        r.RepliedOn,
        r.ReplyType is { } t ? DisclosureLabels.Reply(t) : null,
        r.State == RequestState.AwaitingCorrection ? r.CorrectionDueOn : null,
        r.ClosingKind is { } k ? DisclosureLabels.Closing(k) : null);
}
