using Fazhi.Platform.ErrorHandling;

namespace Fazhi.Platform.Attachments;

// Files kept as part of a case or decision file must stay readable and be what they claim to be: the archive of a
// decision must be complete (《重大行政决策程序暂行条例》第33条) and the enforcement record traceable
// (国办发〔2018〕118号 全过程记录). So only durable, common formats are accepted, and each is checked by content.

/// <summary>Only the seven archive formats are accepted.</summary>
internal sealed record AttachmentTypeMustBeAllowed(string FileName, AttachmentKind? KindByName) : IBusinessRule
{
    public bool IsBroken => KindByName is null;

    public string Code => "attachments.type-not-allowed";

    public string Message =>
        $"不能上传“{FileName}”：附件仅限 PDF、DOCX、XLSX、JPG、PNG、MP3、MP4 格式（归档材料须完整可读，《重大行政决策程序暂行条例》第三十三条）。";
}

/// <summary>The content must be what the name says: a renamed program or a PNG called .jpg is refused.</summary>
internal sealed record AttachmentContentMustMatchName(string FileName, AttachmentKind KindByName, string? ContentDescription, bool Matches) : IBusinessRule
{
    public bool IsBroken => !Matches;

    public string Code => "attachments.content-mismatch";

    public string Message =>
        $"文件“{FileName}”的内容与扩展名不符：扩展名表示 {AttachmentKinds.Label(KindByName)}，实际内容{(ContentDescription is null ? "无法识别" : "是" + ContentDescription)}。请上传真实的 {AttachmentKinds.Label(KindByName)} 文件。";
}

internal sealed record AttachmentSizeMustBeWithinLimit(string FileName, long Size, long MaxBytes) : IBusinessRule
{
    public bool IsBroken => Size > MaxBytes || Size == 0;

    public string Code => Size == 0 ? "attachments.empty" : "attachments.too-large";

    public string Message => Size == 0
        ? $"文件“{FileName}”是空文件，不能作为附件。"
        : $"文件“{FileName}”超过附件大小上限 {MaxBytes / (1024 * 1024)} MB。";
}

/// <summary>The stored bytes no longer hash to what was recorded at upload: the file was altered on disk.</summary>
internal sealed record AttachmentMustBeUnaltered(string FileName, bool Altered) : IBusinessRule
{
    public bool IsBroken => Altered;

    public string Code => "attachments.tampered";

    public string Message =>
        $"附件“{FileName}”的内容校验失败（SHA-256 与上传时不一致），文件可能已被篡改，已拒绝下载并记录。请联系系统管理员。";
}

/// <summary>
/// A DOCX or XLSX is a ZIP package; what it unpacks to is what the next reader (the import, a preview, a clerk's Word)
/// must hold in memory, so its inflated size and number of parts are limited, counted while inflating because the sizes
/// a package declares can lie.
/// </summary>
internal sealed record PackageMustStayWithinLimits(string FileName, int Entries, long InflatedBytes, AttachmentOptions Limits) : IBusinessRule
{
    public bool IsBroken => Entries > Limits.MaxPackageEntries || InflatedBytes > Limits.MaxInflatedBytes;

    public string Code => Entries > Limits.MaxPackageEntries ? "attachments.package-too-many-parts" : "attachments.package-inflates-too-much";

    public string Message => Entries > Limits.MaxPackageEntries
        ? $"文件“{FileName}”内含 {Entries} 个部件，超过上限 {Limits.MaxPackageEntries} 个，不是正常的 Word/Excel 文件，已拒绝。"
        : $"文件“{FileName}”解压后超过 {Limits.MaxInflatedBytes / (1024 * 1024)} MB（压缩内容异常膨胀，疑似“压缩炸弹”），已拒绝。请上传正常的 Word/Excel 文件。";
}

/// <summary>
/// A file is filed under a record of the uploader's own township (ADR 0004): an id of another township's record, or
/// of none, is refused with the same answer, so the answer does not tell whether the record exists.
/// </summary>
internal sealed record AttachmentOwnerMustBeRecordOfTownship(string OwnerType, bool OwnRecord) : IBusinessRule
{
    public bool IsBroken => !OwnRecord;

    public string Code => "attachments.owner-not-found";

    public string Message => $"附件所属的记录（{OwnerType}）不存在或不属于本乡镇，不能上传附件。";
}

/// <summary>
/// The attachments panel files a document under a record of the township: its staff who keep records (clerk, officer,
/// leader, the legal advisor for their own opinions) may; a 村（社区）干部 records activities with their photos through
/// the phone's own step only, the county and the administrator do not file township records (ADR 0010). Whether the
/// record still accepts files is the owning module's guard.
/// </summary>
internal sealed class FilesFiledByTownshipStaff() : Procedures.WhoMayRule(
    "attachments.upload.who",
    "只有乡镇法制员、执法人员、领导和法律顾问可以为本乡镇的记录上传附件；村（社区）干部请通过手机登记活动并上传照片。",
    Auth.Roles.LegalClerk, Auth.Roles.EnforcementOfficer, Auth.Roles.Leader, Auth.Roles.LegalAdvisor);
