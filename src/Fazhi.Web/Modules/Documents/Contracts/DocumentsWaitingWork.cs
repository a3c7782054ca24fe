using Fazhi.Modules.Documents.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.WaitingWork;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Documents.Contracts;

/// <summary>
/// 待我办理 of normative documents (ADR 0027), in one query: the leaders' signatures by post (分管领导 first, then
/// 主要领导), the legality reviews assigned to an advisor, and the clerk's next step of each document in procedure.
/// </summary>
internal sealed class DocumentsWaitingWork(FazhiDbContext db) : IWaitingWorkSource
{
    private const string Area = "规范性文件";

    public async Task<IReadOnlyList<WaitingItem>> ForAsync(WaitingFor who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(who);
        var statuses = new HashSet<DocumentStatus>();
        if (who.Is(Roles.Leader) && who.LeaderPost != LeaderPost.None)
        {
            statuses.Add(DocumentStatus.Registered);
        }

        if (who.Is(Roles.LegalAdvisor) || who.Is(Roles.LegalClerk))
        {
            statuses.Add(DocumentStatus.UnderLegalityReview);
        }

        if (who.Is(Roles.LegalClerk))
        {
            statuses.UnionWith([DocumentStatus.Drafting, DocumentStatus.PublicComment, DocumentStatus.Reviewed, DocumentStatus.Deliberated, DocumentStatus.Issued, DocumentStatus.Published]);
        }

        if (statuses.Count == 0)
        {
            return [];
        }

        var rows = await db.Set<NormativeDocument>().AsNoTracking()
            .Where(d => d.TownshipId == who.TownshipId && statuses.Contains(d.Status) && d.Validity == Validity.InForce)
            .Select(d => new
            {
                d.Id,
                d.Title,
                d.DocumentNumber,
                d.Status,
                d.PublicCommentChosen,
                d.PublicCommentCompleted,
                InChargeSigned = d.InChargeSignedAt != null,
                PrincipalSigned = d.PrincipalSignedAt != null,
                Reviewer = db.Set<Model.LegalityReview>().Where(r => r.DocumentId == d.Id && r.CompletedAt == null)
                    .OrderByDescending(r => r.AssignedAt).Select(r => new { r.ReviewerUserName, r.ReviewerKind }).FirstOrDefault(),
                Due = db.Set<Deadline>()
                    .Where(x => x.SubjectId == d.Id && x.Owner == DeadlineOwner.Government
                                && (x.State == DeadlineState.Pending || x.State == DeadlineState.DueSoon || x.State == DeadlineState.Overdue))
                    .OrderBy(x => x.DueDate).Select(x => (DateOnly?)x.DueDate).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        var items = new List<WaitingItem>();
        foreach (var d in rows)
        {
            var subject = d.DocumentNumber is null ? d.Title : $"{d.DocumentNumber} {d.Title}";
            var url = $"/workspace/documents/{d.Id}";
            void Add(string action, string? note = null) => items.Add(new WaitingItem(Area, action, subject, url, d.Due, note));
            switch (d.Status)
            {
                case DocumentStatus.Registered when who.Is(Roles.Leader):
                    if (who.LeaderPost == LeaderPost.InCharge && !d.InChargeSigned)
                    {
                        Add("分管领导签发", "已统一登记编号，先由分管领导签发");
                    }
                    else if (who.LeaderPost == LeaderPost.Principal && d.InChargeSigned && !d.PrincipalSigned)
                    {
                        Add("主要领导签发", "分管领导已签发");
                    }

                    break;
                case DocumentStatus.UnderLegalityReview when d.Reviewer is { } r:
                    if (who.Is(Roles.LegalAdvisor) && string.Equals(r.ReviewerUserName, who.UserName, StringComparison.OrdinalIgnoreCase))
                    {
                        Add("出具合法性审核意见", "指定由您审核（国办发〔2018〕115号）");
                    }
                    else if (who.Is(Roles.LegalClerk) && r.ReviewerKind == ReviewerKind.CountyBody)
                    {
                        Add("录入县级合法性审核意见");
                    }

                    break;
                case DocumentStatus.Drafting when who.Is(Roles.LegalClerk):
                    Add(d.PublicCommentChosen && !d.PublicCommentCompleted ? "公开征求意见" : "送合法性审核");
                    break;
                case DocumentStatus.PublicComment when who.Is(Roles.LegalClerk):
                    Add("征求意见期满后公布采纳情况");
                    break;
                case DocumentStatus.Reviewed when who.Is(Roles.LegalClerk):
                    Add("提交集体审议");
                    break;
                case DocumentStatus.Deliberated when who.Is(Roles.LegalClerk):
                    Add("统一登记编号");
                    break;
                case DocumentStatus.Issued when who.Is(Roles.LegalClerk):
                    Add("公布");
                    break;
                case DocumentStatus.Published when who.Is(Roles.LegalClerk):
                    Add("报送备案");
                    break;
            }
        }

        return items;
    }
}
