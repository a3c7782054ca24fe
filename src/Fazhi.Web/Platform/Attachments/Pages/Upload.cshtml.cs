using System.ComponentModel.DataAnnotations;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Platform.Attachments.Pages;

internal sealed class UploadInput
{
    [Required(ErrorMessage = "缺少附件所属的记录类型。")]
    [MaxLength(100)]
    public string OwnerType { get; set; } = "";

    [Required(ErrorMessage = "缺少附件所属的记录。")]
    public Guid? OwnerId { get; set; }

    [Required(ErrorMessage = "请填写附件用途，如“审核意见书”。")]
    [MaxLength(100, ErrorMessage = "附件用途不超过 100 字。")]
    public string Purpose { get; set; } = "";

    [Required(ErrorMessage = "请选择要上传的文件。")]
    public IFormFile? File { get; set; }

    public string? ReturnUrl { get; set; }
}

/// <summary>Where the <c>_Attachments</c> partial posts; on a refused file it shows the reason next to the file field.</summary>
internal sealed class UploadModel(IAttachments attachments, FazhiDbContext db, AttachmentOptions options) : PageModel
{
    [BindProperty]
    public UploadInput Input { get; set; } = new();

    public long MaxMegabytes => options.MaxBytes / (1024 * 1024);

    public void OnGet(string? ownerType, Guid? ownerId, string? returnUrl)
    {
        Input.OwnerType = ownerType ?? "";
        Input.OwnerId = ownerId;
        Input.ReturnUrl = returnUrl;
    }

    /// <summary>A person outside the rule, or an invalid form, never reaches here (StepPageFilter).</summary>
    [WhoMay<FilesFiledByTownshipStaff>]
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (db.Tenant.TownshipId is not { } townshipId)
        {
            return Forbid();
        }

        try
        {
            await using var content = Input.File!.OpenReadStream();
            var info = await attachments.UploadAsync(User.ToActor(), townshipId, Input.OwnerType, Input.OwnerId!.Value, Input.Purpose, Input.File.FileName, content, ct);
            await db.SaveChangesAsync(ct);
            TempData["Flash"] = $"已上传附件“{info.FileName}”。";
        }
        catch (BusinessRuleException e) when (e is not StepForbiddenException)
        {
            ModelState.AddModelError("Input.File", e.Message);
            return Page();
        }

        return LocalRedirect(Url.IsLocalUrl(Input.ReturnUrl) ? Input.ReturnUrl! : "/workspace");
    }
}
