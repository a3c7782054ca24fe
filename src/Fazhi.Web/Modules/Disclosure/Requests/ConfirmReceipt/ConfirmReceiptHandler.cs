using Fazhi.Modules.Disclosure.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disclosure.Requests.ConfirmReceipt;

/// <summary>第31条第二、三项: the day the office confirmed the application with the applicant (online, fax, ordinary letter).</summary>
internal sealed record ConfirmReceiptRequest(DateOnly? ReceivedOn);

internal sealed class ReceiptConfirmedByClerkOrLeader() : WhoMayRule(
    "disclosure.requests.receipt.who", "确认收到申请由政府信息公开工作机构（法制员）或领导办理（《政府信息公开条例》第三十一条）。", Roles.LegalClerk, Roles.Leader);

internal sealed class ConfirmReceiptHandler(RequestDesk desk)
{
    public async Task<DisclosureRequest?> HandleAsync(Actor actor, Guid id, ConfirmReceiptRequest form, CancellationToken ct)
    {
        WhoMayRule.Of<ReceiptConfirmedByClerkOrLeader>().Check(actor);
        if (await desk.FindAsync(id, ct) is not { } request)
        {
            return null;
        }

        var calendar = await desk.CalendarAsync(ct);
        request.ConfirmReceipt(form.ReceivedOn ?? desk.Today, desk.Today, calendar);
        await desk.OpenReplyAsync(request, request.ReceivedOn!.Value, calendar, ct);
        await desk.Db.SaveChangesAsync(ct);
        return request;
    }
}
