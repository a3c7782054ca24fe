using System.Globalization;

namespace Fazhi.Platform.Attachments;

/// <summary>The model of the <c>_Attachments</c> partial: one record's files and where the upload returns to.</summary>
public sealed record AttachmentsPanel(
    string OwnerType,
    Guid OwnerId,
    IReadOnlyList<AttachmentInfo> Items,
    string ReturnUrl,
    string? DefaultPurpose = null,
    bool CanUpload = true,
    long MaxMegabytes = AttachmentOptions.DefaultMaxBytes / (1024 * 1024),
    string Title = "附件",
    string? Hint = null)
{
    public static string FormatSize(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        _ => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
    };
}
