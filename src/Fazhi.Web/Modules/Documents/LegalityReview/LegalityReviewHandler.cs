using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Documents.Model;
using Fazhi.Platform.Attachments;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Notifications;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Documents.LegalityReview;

public sealed record AssignReviewRequest(
    ReviewerKind ReviewerKind,
    [MaxLength(100, ErrorMessage = "账号不超过 100 字。")] string? AdvisorUserName,
    [MaxLength(200, ErrorMessage = "审核机构名称不超过 200 字。")] string? CountyBodyName,
    [Range(1, 60, ErrorMessage = "审核期限须为 1 至 60 个工作日。")] int? WorkingDays);

public sealed record OpinionRequest(
    ReviewOpinion Opinion,
    [Required(ErrorMessage = "请填写审核意见及理由。"), MaxLength(20000, ErrorMessage = "审核意见不超过 20000 字。")] string Reasons);

/// <summary>合法性审核 (115号 (四)–(六)): assignment opens the review deadline, the opinion meets it and binds to the version reviewed.</summary>
internal sealed class LegalityReviewHandler(
    FazhiDbContext db, IDeadlines deadlines, IAttachments attachments, UserManager<FazhiUser> users, IOptions<DocumentsOptions> options, TimeProvider clock, INotifications notifications)
{
    public const string OpinionPurpose = "合法性审核意见书";

    /// <returns>Null when the document does not exist; a field error when the reviewer named is not the township's legal advisor.</returns>
    public async Task<(Model.LegalityReview? Review, string? FieldError)> AssignAsync(Guid id, AssignReviewRequest request, Actor who, CancellationToken ct)
    {
        WhoMayRule.Of<LegalityReviewRequestedByClerkOrLeader>().Check(who);
        var actor = who.ForDocuments();
        var document = await db.LoadDocumentAsync(id, ct);
        if (document is null)
        {
            return (null, null);
        }

        string userName = "", name;
        if (request.ReviewerKind == ReviewerKind.LegalAdvisor)
        {
            var advisor = string.IsNullOrWhiteSpace(request.AdvisorUserName) ? null : await users.FindByNameAsync(request.AdvisorUserName.Trim());
            if (advisor is null || advisor.TownshipId != document.TownshipId || !await users.IsInRoleAsync(advisor, Roles.LegalAdvisor))
            {
                return (null, "请选择本乡镇的法律顾问。");
            }

            userName = advisor.UserName!;
            name = advisor.DisplayName;
        }
        else
        {
            if (string.IsNullOrWhiteSpace(request.CountyBodyName))
            {
                return (null, "请填写县政府指定的审核机构名称。");
            }

            name = request.CountyBodyName.Trim();
        }

        var days = request.WorkingDays ?? options.Value.LegalityReviewWorkingDays;
        var review = document.AssignReview(request.ReviewerKind, userName, name, days, options.Value, actor, clock.GetUtcNow());
        var period = await deadlines.OpenAsync(DocumentDeadlines.LegalityReview(days, request.ReviewerKind), document.TownshipId, DocumentDeadlines.Subject(document), clock.Today(), ct);
        if (request.ReviewerKind == ReviewerKind.LegalAdvisor)
        {
            // The review is now the advisor's work (115号 (五)): they learn of it without browsing the documents.
            await notifications.NotifyAsync(NotificationRecipient.User(document.TownshipId, userName), new Notice(NotificationKind.Assignment,
                $"请对《{document.Title}》进行合法性审核", $"{who.Name}已送合法性审核，请在 {period.DueDate:yyyy-MM-dd} 前出具审核意见（国办发〔2018〕115号（五））。",
                $"/workspace/documents/{document.Id}"), ct);
        }

        await db.SaveChangesAsync(ct);
        return (review, null);
    }

    public async Task<Model.LegalityReview?> GiveOpinionAsync(Guid id, OpinionRequest request, Actor who, string? fileName, Stream? file, CancellationToken ct)
    {
        WhoMayRule.Of<LegalityOpinionGivenByReviewer>().Check(who);
        var actor = who.ForDocuments();
        var document = await db.LoadDocumentAsync(id, ct);
        if (document is null)
        {
            return null;
        }

        var open = document.OpenReview;
        // An advisor gives their own opinion; a county body's written opinion is entered by the clerk (not by an advisor).
        var actorIsAdvisor = who.IsIn(Roles.LegalAdvisor);
        var assigned = open is not null && (open.ReviewerKind == ReviewerKind.LegalAdvisor
            ? actorIsAdvisor && string.Equals(open.ReviewerUserName, actor.UserName, StringComparison.OrdinalIgnoreCase)
            : !actorIsAdvisor);
        var review = document.GiveOpinion(request.Opinion, request.Reasons, assigned, actor, clock.GetUtcNow());
        if (file is not null && fileName is not null)
        {
            await attachments.AddAsync(document.TownshipId, nameof(Model.LegalityReview), review.Id, OpinionPurpose, fileName, file, ct);
        }

        await deadlines.MeetAsync(DocumentDeadlines.ReviewCode, document.Id, clock.Today(), ct);
        if (request.Opinion != ReviewOpinion.Lawful)
        {
            // A draft the review does not pass as it stands goes back to the drafting office: the clerks must amend it
            // (修改后合法) or not submit it (不合法) before deliberation (115号 (六)).
            await notifications.NotifyAsync(NotificationRecipient.RoleIn(document.TownshipId, Roles.LegalClerk), new Notice(NotificationKind.Refusal,
                $"合法性审核意见为“{DocumentLabels.Of(request.Opinion)}”：《{document.Title}》", $"{who.Name}：{request.Reasons.Trim()}",
                $"/workspace/documents/{document.Id}"), ct);
        }

        await db.SaveChangesAsync(ct);
        return review;
    }

    public async Task<IReadOnlyList<(string UserName, string DisplayName)>> AdvisorsAsync(Guid townshipId)
    {
        var advisors = await users.GetUsersInRoleAsync(Roles.LegalAdvisor);
        return advisors.Where(a => a.TownshipId == townshipId).Select(a => (a.UserName!, a.DisplayName)).ToList();
    }
}

/// <summary>The making government sends the draft for review (115号 (五)); the reviewer does not assign their own review. Checked by the handler; the page handler and the endpoint name it (ADR 0010).</summary>
internal sealed class LegalityReviewRequestedByClerkOrLeader() : WhoMayRule(
    "documents.legality-review.request.who", "送合法性审核由制定机关办理（国办发〔2018〕115号（五）），须由法制员或领导操作。", Roles.LegalClerk, Roles.Leader);

/// <summary>The opinion is the assigned legal advisor's own, or the county body's written opinion entered by the clerk (115号 (四)); which of the two the actor may give is the handler's OnlyAssignedReviewerGivesOpinion. Checked by the handler; the page handler and the endpoint name it (ADR 0010).</summary>
internal sealed class LegalityOpinionGivenByReviewer() : WhoMayRule(
    "documents.legality-review.opinion.who", "合法性审核意见由被指定的法律顾问出具，县政府指定审核机构的书面意见由法制员录入（国办发〔2018〕115号（四））。", Roles.LegalAdvisor, Roles.LegalClerk);
