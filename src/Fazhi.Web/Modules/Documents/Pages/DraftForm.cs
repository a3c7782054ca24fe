using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Documents.Drafting;
using Fazhi.Modules.Documents.Model;

namespace Fazhi.Modules.Documents.Pages;

/// <summary>The drafting form: text, 起草说明 and the 涉及事项 checklist (37号 一; 优化营商环境条例 第62、64条).</summary>
internal sealed class DraftForm
{
    [Required(ErrorMessage = "请填写文件标题。")]
    [MaxLength(300, ErrorMessage = "标题不超过 300 字。")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "请填写文件正文。")]
    [MaxLength(100000, ErrorMessage = "正文过长。")]
    public string? Body { get; set; }

    [MaxLength(20000, ErrorMessage = "起草说明不超过 20000 字。")]
    public string? Explanation { get; set; }

    /// <summary>Ticked items of the checklist, by flag name.</summary>
    public List<DocumentTouches> Touches { get; set; } = [];

    public bool ChoosePublicComment { get; set; }

    public DocumentTouches TouchFlags => Touches.Aggregate(DocumentTouches.None, (all, t) => all | t);

    public DraftRequest ToRequest()
    {
        var t = TouchFlags;
        return new DraftRequest(Title ?? "", Body ?? "", Explanation,
            t.HasFlag(DocumentTouches.Licensing), t.HasFlag(DocumentTouches.Penalty), t.HasFlag(DocumentTouches.Coercion),
            t.HasFlag(DocumentTouches.Fees), t.HasFlag(DocumentTouches.Obligations), t.HasFlag(DocumentTouches.MarketActors), ChoosePublicComment);
    }

    public static DraftForm From(DocumentVersion version, DocumentTouches touches, bool chooseComment) => new()
    {
        Title = version.Title,
        Body = version.Body,
        Explanation = version.Explanation,
        Touches = DocumentLabels.Touches.Where(x => touches.HasFlag(x.Flag)).Select(x => x.Flag).ToList(),
        ChoosePublicComment = chooseComment,
    };
}
