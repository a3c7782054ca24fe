using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Platform.Notifications.Centre;

/// <summary>通知中心: the signed-in person's notifications, newest first, all or unread only, marked read one by one or all.</summary>
internal sealed class IndexModel(NotificationCentre centre) : PageModel, IStepPage
{
    [BindProperty(SupportsGet = true)]
    public bool Unread { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public NotificationPage Result { get; private set; } = new([], 0, 1, 1, 0);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    [WhoMay<NotificationsReadByRecipient>]
    public async Task<IActionResult> OnPostReadAsync(Guid id, CancellationToken ct)
    {
        if (!await centre.MarkReadAsync(id, User.ToActor(), ct))
        {
            return NotFound();
        }

        TempData["Flash"] = "已将该通知标为已读。";
        return Redirect(Link(PageNumber));
    }

    [WhoMay<NotificationsReadByRecipient>]
    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        var marked = await centre.MarkAllReadAsync(User.ToActor(), ct);
        TempData["Flash"] = marked == 0 ? "没有未读通知。" : $"已将 {marked} 条通知全部标为已读。";
        return Redirect("/workspace/notifications");
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        Result = await centre.PageAsync(Unread, PageNumber, ct);
        return true;
    }

    public string Link(int page) => $"/workspace/notifications?unread={(Unread ? "true" : "false")}&p={page}";
}
