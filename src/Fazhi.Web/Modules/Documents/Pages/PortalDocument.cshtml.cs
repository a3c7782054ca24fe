using Fazhi.Modules.Consultation.Contracts;
using Fazhi.Modules.Documents.Drafting;
using Fazhi.Modules.Documents.Library;
using Fazhi.Modules.Documents.Model;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Attachments;
using Fazhi.Platform.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Fazhi.Modules.Documents.Pages;

/// <summary>
/// A published document as the public sees it: the disclosure metadata (政府信息公开条例 第20条: 索引号, 发布机构, 文号,
/// 成文日期, 发布日期, 公开方式, 有效性), the published text, its published attachments and the adoption summary of its public comment. Drafts,
/// opinions and minutes are never read here.
/// </summary>
[OutputCache(PolicyName = PortalOutputCache.Policy)]
internal sealed class PortalDocumentModel(DocumentLibrary library, IConsultations consultations, IAttachments attachments) : PageModel
{
    public Township Township { get; private set; } = null!;

    public NormativeDocument Document { get; private set; } = null!;

    /// <summary>有效, 正在纠正, 已停止执行, 已撤销 or 失效, with since when.</summary>
    public PublicStatus Status { get; private set; } = null!;

    public IReadOnlyList<PublicSummaryEntry>? Summary { get; private set; }

    /// <summary>The attachments published with the document (附件、政策解读), never its review or meeting files.</summary>
    public IReadOnlyList<AttachmentInfo> Files { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, Guid id, CancellationToken ct)
    {
        var township = await library.TownshipAsync(code, ct);
        var document = township is null ? null : await library.FindAsync(township.Id, id, ct);
        if (document is null)
        {
            return NotFound();
        }

        Township = township!;
        Document = document;
        Status = await library.StatusAsync(document, ct);
        Files = await attachments.PublishedForOwnerAsync(DocumentAttachmentGuard.OwnerType, document.Id, ct);
        Summary = document.ConsultationId is { } cid ? await consultations.PublicSummaryAsync(cid, ct) : null;
        return Page();
    }
}
