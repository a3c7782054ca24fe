using Fazhi.Modules.Documents.Model;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Documents.Record;

/// <summary>
/// The message after a step on the document's page: what was done, where the document now stands and what comes
/// next, with the nearest period the township must meet (not a bare 已保存).
/// </summary>
internal static class DocumentStepOutcome
{
    public static async Task<string> DescribeAsync(FazhiDbContext db, IDeadlines deadlines, Guid id, string step, CancellationToken ct)
    {
        var d = await db.Set<NormativeDocument>().AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { x.Status, x.DocumentNumber, x.InChargeSigner, x.PrincipalSigner, x.PublicCommentChosen, x.PublicCommentCompleted })
            .SingleAsync(ct);
        var done = step switch
        {
            "comment" => d.PublicCommentCompleted ? "公开征求意见已结束" : "已开始公开征求意见",
            "review" => "已送合法性审核",
            "deliberate" => d.Status == DocumentStatus.Deliberated ? "已记录集体审议，审议通过" : "已记录集体审议",
            "register" => $"已统一登记编号，文号 {d.DocumentNumber}",
            "sign" => d.Status == DocumentStatus.Issued ? $"分管领导、主要领导均已签发，{d.DocumentNumber} 已签发" : "分管领导已签发",
            "publish" => $"{d.DocumentNumber} 已公布",
            "file" => "已报送备案",
            "reopen" => "已重新起草",
            "suspend" => "已停止执行",
            "revoke" => "已撤销",
            "repeal" => "已废止",
            "evaluate" => "已记录实施后评估",
            _ => "已办理",
        };
        var next = (d.Status, step) switch
        {
            (DocumentStatus.Drafting, _) => d.PublicCommentChosen && !d.PublicCommentCompleted ? "公开征求意见" : "送合法性审核",
            (DocumentStatus.PublicComment, _) => "征求意见期满后汇总意见并公布采纳情况",
            (DocumentStatus.UnderLegalityReview, _) => "法律顾问出具合法性审核意见",
            (DocumentStatus.Reviewed, _) => "提交集体审议",
            (DocumentStatus.Deliberated, _) => "统一登记编号",
            (DocumentStatus.Registered, _) => d.InChargeSigner is null ? "分管领导签发" : "主要领导签发",
            (DocumentStatus.Issued, _) => "公布",
            (DocumentStatus.Published, _) => "报送县级备案审查",
            (DocumentStatus.Filed, _) => "等待县级备案审查结论",
            _ => null,
        };
        var open = (await deadlines.ForSubjectAsync(id, ct))
            .Where(x => x.MetOn is null && x.IsGovernmentDuty && x.State is DeadlineState.Pending or DeadlineState.DueSoon or DeadlineState.Overdue)
            .OrderBy(x => x.DueDate).FirstOrDefault();
        var period = open is null ? "" : $"（{open.Title}期限：{open.DueDate:yyyy-MM-dd}前）";
        return next is null ? $"{done}。" : $"{done}；下一步：{next}{period}。";
    }
}
