using Fazhi.Modules.Disclosure.Model;
using Fazhi.Modules.Disclosure.Requests.Close;
using Fazhi.Modules.Disclosure.Requests.ConfirmReceipt;
using Fazhi.Modules.Disclosure.Requests.ConsultThirdParty;
using Fazhi.Modules.Disclosure.Requests.EndConsultation;
using Fazhi.Modules.Disclosure.Requests.Extend;
using Fazhi.Modules.Disclosure.Requests.RecordCorrection;
using Fazhi.Modules.Disclosure.Requests.Reply;
using Fazhi.Modules.Disclosure.Requests.RequestCorrection;
using Fazhi.Platform.Audit;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disclosure.Requests.Record;

/// <summary>One application: its facts, its periods, its history and the forms of the steps its state allows.</summary>
internal sealed class RequestRecordPage(RequestDesk desk, AuditTrailQueries audit, ReplyLetters letters) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public DisclosureRequest Application { get; private set; } = null!;

    public IReadOnlyList<DeadlineInfo> Deadlines { get; private set; } = [];

    public IReadOnlyList<AuditEntryView> History { get; private set; } = [];

    public DateOnly? CorrectionNoticeLastDay { get; private set; }

    public Actor Actor => User.ToActor();

    public bool May<TRule>() where TRule : WhoMayRule, new() => WhoMayRule.Of<TRule>().Admits(Actor);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await desk.FindAsync(Id, ct) is not { } request)
        {
            return NotFound();
        }

        Application = request;
        Deadlines = await desk.Deadlines.ForSubjectAsync(Id, ct);
        History = await audit.HistoryOfAsync<DisclosureRequest>(Id, ct);
        if (request.ReceivedOn is { } received && request.CorrectionNoticeOn is null)
        {
            CorrectionNoticeLastDay = DisclosurePeriods.CorrectionNoticeLastDay(received, await desk.CalendarAsync(ct));
        }

        return Page();
    }

    /// <summary>The reply letter (答复书) as DOCX, once the application is replied.</summary>
    public async Task<IActionResult> OnGetLetterAsync(CancellationToken ct) =>
        await desk.FindAsync(Id, ct) is { } request && await letters.ForAsync(request, ct) is { } letter
            ? File(letter.Content, RequestEndpoints.DocxType, letter.FileName)
            : NotFound();

    public static ConfirmReceiptRequest Receipt => new(null);

    public static RequestCorrectionRequest Correction => new("", null, null);

    public static RecordCorrectionRequest Corrected => new("", null);

    public static ConsultThirdPartyRequest Consult => new("", null);

    public static EndConsultationRequest Answer => new(ThirdPartyAnswer.Agreed, null, null);

    public static ExtendRequest Extension => new(null, "", null, null);

    public static ReplyRequest ReplyForm => new(ReplyType.Provided, null, null, "", null);

    public static CloseRequest Closing => new(ClosingKind.Withdrawn, null, null);
}
