using System.ComponentModel.DataAnnotations;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Notifications.Digest;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Fazhi.Platform.Notifications.Centre;

internal sealed class DigestInput
{
    public bool DailyDigest { get; set; }

    [MaxLength(254, ErrorMessage = "电子邮箱不超过 254 个字符。")]
    public string? Email { get; set; }
}

/// <summary>我的账户: who the signed-in person is, and their choice of the daily e-mail digest with the address it goes to.</summary>
internal sealed class AccountModel(NotificationCentre centre, IOptions<DigestOptions> digest) : PageModel, IStepPage
{
    [BindProperty]
    public DigestInput Input { get; set; } = new();

    public Actor Me { get; private set; } = Actor.System;

    public bool DigestRunning => digest.Value.Enabled;

    public int DigestHour => digest.Value.Hour;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var setting = await centre.DigestSettingAsync(ct);
        Input = new DigestInput { DailyDigest = setting.DailyDigest, Email = setting.Email };
    }

    [WhoMay<NotificationsReadByRecipient>]
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await centre.SaveDigestSettingAsync(new DigestSettingRequest(Input.DailyDigest, Input.Email), User.ToActor(), ct) is { } error)
        {
            ModelState.AddModelError("Input.Email", error);
            await LoadAsync(ct);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        TempData["Flash"] = Input.DailyDigest
            ? $"已保存：每日 {DigestHour} 时起将未读通知和待办期限汇总发送至 {Input.Email!.Trim()}。"
            : "已保存：不接收每日邮件摘要，通知仍在通知中心查看。";
        return Redirect("/workspace/account");
    }

    public Task<bool> LoadAsync(CancellationToken ct)
    {
        Me = User.ToActor();
        return Task.FromResult(true);
    }
}
