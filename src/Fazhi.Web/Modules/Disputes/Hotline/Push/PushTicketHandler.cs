using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Notifications;
using Fazhi.Platform.Tenancy;
using Fazhi.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Disputes.Hotline.Push;

/// <summary>A ticket the county's 12345 platform pushes to a township of the county (承办单位).</summary>
/// <param name="TicketNumber">The platform's ticket number; pushing it again changes nothing.</param>
/// <param name="TownshipCode">The township's 12-digit division code (统计用区划代码).</param>
/// <param name="Category">咨询、求助、投诉、建议 (or Consultation, HelpRequest, Complaint, Suggestion).</param>
/// <param name="Urgent">An urgent ticket (紧急工单): the urgent period applies.</param>
/// <param name="DispatchedAt">When the centre dispatched it to the township; the period runs from its day in Beijing.</param>
/// <param name="CallerName">The caller's name as the platform recorded it.</param>
/// <param name="CallerPhone">The caller's phone.</param>
/// <param name="Title">The ticket's title.</param>
/// <param name="Content">What the caller asked.</param>
/// <param name="Village">The village or community the platform assigned, by name.</param>
/// <param name="Address">The address of the matter.</param>
public sealed record PushTicketRequest(
    [Required(ErrorMessage = "缺少工单编号。"), MaxLength(50, ErrorMessage = "工单编号不超过 50 字符。")] string TicketNumber,
    [Required(ErrorMessage = "缺少承办乡镇的区划代码。")][RegularExpression(@"^\d{12}$", ErrorMessage = "乡镇区划代码应为 12 位数字。")] string TownshipCode,
    [Required(ErrorMessage = "缺少诉求类型。"), MaxLength(20)] string Category,
    bool Urgent,
    [Required(ErrorMessage = "缺少派单时间。")] DateTimeOffset? DispatchedAt,
    [MaxLength(100, ErrorMessage = "诉求人不超过 100 字。")] string? CallerName,
    [MaxLength(30, ErrorMessage = "联系电话不超过 30 字符。")] string? CallerPhone,
    [MaxLength(200, ErrorMessage = "诉求标题不超过 200 字。")] string? Title,
    [Required(ErrorMessage = "缺少诉求内容。"), MaxLength(4000, ErrorMessage = "诉求内容不超过 4000 字。")] string Content,
    [MaxLength(100)] string? Village,
    [MaxLength(200)] string? Address);

/// <summary>What the platform gets back: the township's receipt of the ticket and when it is due.</summary>
internal sealed record PushTicketResponse(string TicketNumber, string Township, string ReceiptNumber, DateOnly DueOn, bool AlreadyReceived);

/// <summary>How a push ended: received (or already received), refused for its key, or for a township outside the key's county.</summary>
internal enum PushOutcome
{
    Received = 1,
    KeyRefused = 2,
    TownshipUnknown = 3,
}

internal sealed class PushTicketHandler(FazhiDbContext db, HotlineDesk desk, INotifications notifications)
{
    public const string KeyHeader = "X-Hotline-Key";

    public async Task<(PushOutcome Outcome, PushTicketResponse? Receipt)> HandleAsync(string? presentedKey, PushTicketRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        // The platform is not a signed-in user: it acts as the system, for the county its key belongs to only.
        return await db.AsTenantAsync(TenantContext.System, async () =>
        {
            // A wrong or missing key is refused before anything is looked up or stored.
            if (await CountyOfKeyAsync(presentedKey, ct) is not { } countyId)
            {
                return (PushOutcome.KeyRefused, (PushTicketResponse?)null);
            }

            var township = await db.Set<Township>().AsNoTracking().SingleOrDefaultAsync(t => t.DivisionCode == request.TownshipCode && t.CountyId == countyId, ct);
            if (township is null)
            {
                return (PushOutcome.TownshipUnknown, null);
            }

            if (!DisputeLabels.TryParseHotlineCategory(request.Category, out var category))
            {
                throw new BusinessRuleException("disputes.hotline.category-unknown", $"诉求类型“{request.Category}”无法识别（咨询、求助、投诉、建议）。", "category");
            }

            var dispatchedOn = DateOnly.FromDateTime(ChinaTime.ToChina(request.DispatchedAt!.Value).DateTime);
            var title = string.IsNullOrWhiteSpace(request.Title) ? request.Content : request.Title;
            var input = new TicketInput(request.TicketNumber, category, request.Urgent, dispatchedOn, string.IsNullOrWhiteSpace(request.CallerName) ? "来电人" : request.CallerName.Trim(),
                request.CallerPhone, title.Length > 200 ? title[..200] : title, request.Content, request.Village, request.Address);
            var (ticket, created) = await desk.ReceiveAsync(township.Id, input, TicketArrival.Push, "12345热线平台", ct);
            if (created)
            {
                // The ticket now runs against the township's period: whoever dispatches it inside the township hears at once.
                await notifications.NotifyAsync(NotificationRecipient.RoleIn(township.Id, Roles.LegalClerk), new Notice(NotificationKind.Assignment,
                    $"收到12345工单：{ticket.TicketNumber}", $"12345热线平台派来工单“{input.Subject}”，请在 {ticket.DueOn:yyyy-MM-dd} 前办结答复，并在镇内派单。",
                    $"/workspace/disputes/hotline/{ticket.Id}"), ct);
            }

            await db.SaveChangesAsync(ct);
            var matter = await db.Set<Matter>().IgnoreAutoIncludes().AsNoTracking().SingleAsync(m => m.Id == ticket.MatterId, ct);
            return (PushOutcome.Received, new PushTicketResponse(ticket.TicketNumber, township.Name, matter.ReceiptNumber, ticket.DueOn, !created));
        });
    }

    private async Task<Guid?> CountyOfKeyAsync(string? presented, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(presented) || presented.Length > 200)
        {
            return null;
        }

        var hash = HotlineApiKey.Hash(presented.Trim());
        var key = await db.Set<HotlineApiKey>().AsNoTracking().FirstOrDefaultAsync(k => k.KeyHash == hash && k.RevokedAt == null, ct);
        return key is not null && key.Matches(presented.Trim()) ? key.CountyId : null;
    }
}
