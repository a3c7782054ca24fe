using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Attachments;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Decisions.Archive.AttachFile;

/// <summary>What a file of the decision's archive is (会议录音, 风险评估报告, 专家论证意见书…); the file comes with it.</summary>
public sealed record AttachArchiveFileRequest(
    [Required(ErrorMessage = "请填写材料用途，如会议录音、风险评估报告。"), MaxLength(100, ErrorMessage = "材料用途不超过 100 字。")] string Purpose);

/// <summary>
/// 第33条: the units that take part in the decision file its records and materials. The legal clerk and the leaders
/// file the documents of the procedure; the legal advisor files the legal opinion they signed (第28条). Officers take
/// no part in major decisions.
/// </summary>
internal sealed class ArchiveFilesAddedByClerkLeaderOrAdvisor() : WhoMayRule(
    "decisions.archive.files.who", "决策过程记录和材料由法制员、领导或法律顾问归入决策档案（《重大行政决策程序暂行条例》第三十三条）。",
    Roles.LegalClerk, Roles.Leader, Roles.LegalAdvisor);

internal sealed class AttachArchiveFileHandler(FazhiDbContext db, IAttachments attachments)
{
    public static AttachArchiveFileRequest BlankFor(MajorDecision decision, DateOnly today) => new("");

    /// <summary>Adds a document, opinion, record or the meeting audio to the decision's archive, unless it is closed (第33条).</summary>
    public async Task<MajorDecision?> HandleAsync(Actor actor, Guid id, AttachArchiveFileRequest request, string fileName, Stream content, CancellationToken ct)
    {
        WhoMayRule.Of<ArchiveFilesAddedByClerkLeaderOrAdvisor>().Check(actor);
        if (await db.FindDecisionAsync(id, ct) is not { } decision)
        {
            return null;
        }

        decision.EnsureOpen();
        await attachments.AddAsync(decision.TownshipId, nameof(MajorDecision), decision.Id, request.Purpose.Trim(), fileName, content, ct);
        await db.SaveChangesAsync(ct);
        return decision;
    }
}
