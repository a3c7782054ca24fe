using Fazhi.Modules.Consultation.Contracts;
using Fazhi.Modules.Consultation.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Consultation.Workspace;

internal sealed class CommentsModel(FazhiDbContext db, IConsultations consultations, TimeProvider clock) : PageModel, IStepPage
{
    public ConsultationInfo Info { get; private set; } = null!;

    public IReadOnlyList<ConsultationCommentInfo> Comments { get; private set; } = [];

    public string? Error { get; private set; }

    public DateOnly Today => clock.Today();

    public IReadOnlyList<Article> Articles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    [WhoMay<ConsultationAnsweredByClerkOrLeader>]
    public async Task<IActionResult> OnPostDecideAsync(Guid id, Guid commentId, bool adopted, string? reason, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            Error = "请填写采纳或不予采纳的理由。";
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }

        return await RunAsync(id, async () => await consultations.DecideAsync(commentId, adopted ? CommentDecision.Adopted : CommentDecision.NotAdopted, reason, User.ToActor(), ct), ct);
    }

    /// <summary>An opinion received through 信访, 12345, the official account, a 座谈会…, recorded beside the portal's comments.</summary>
    [WhoMay<ConsultationAnsweredByClerkOrLeader>]
    public async Task<IActionResult> OnPostOpinionAsync(Guid id, OpinionChannel? channel, DateOnly? receivedOn, int? article, string? summary, string? submitterName, string? contact, CancellationToken ct)
    {
        if (channel is null)
        {
            ModelState.AddModelError("channel", "请选择意见来源渠道。");
        }

        if (receivedOn is null)
        {
            ModelState.AddModelError("receivedOn", "请填写收到意见的日期。");
        }

        if (string.IsNullOrWhiteSpace(summary))
        {
            ModelState.AddModelError("summary", "请填写意见摘要。");
        }
        else if (summary.Length > 4000)
        {
            ModelState.AddModelError("summary", "意见摘要不超过 4000 字。");
        }

        if (submitterName?.Length > 100)
        {
            ModelState.AddModelError("submitterName", "姓名不超过 100 字。");
        }

        if (contact?.Length > 200)
        {
            ModelState.AddModelError("contact", "联系方式不超过 200 字。");
        }

        if (!ModelState.IsValid)
        {
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }

        return await RunAsync(id, async () => await consultations.RecordOpinionAsync(id,
            new OtherChannelOpinion(channel!.Value, receivedOn!.Value, article, summary!, submitterName, contact), clock.Today(), User.ToActor(), ct) is not null, ct);
    }

    [WhoMay<ConsultationAnsweredByClerkOrLeader>]
    public Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, async () => await consultations.PublishSummaryAsync(id, clock.Today(), User.ToActor(), ct) is not null, ct);

    private async Task<IActionResult> RunAsync(Guid id, Func<Task<bool>> step, CancellationToken ct)
    {
        try
        {
            if (!await step())
            {
                return NotFound();
            }

            await db.SaveChangesAsync(ct);
            return Redirect($"/workspace/consultations/{id}");
        }
        catch (BusinessRuleException e)
        {
            Error = e.Message;
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
    }

    public Task<bool> LoadAsync(CancellationToken ct) =>
        Guid.TryParse(RouteData.Values["id"]?.ToString(), out var id) ? LoadAsync(id, ct) : Task.FromResult(false);

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var info = await consultations.FindAsync(id, clock.Today(), ct);
        if (info is null)
        {
            return false;
        }

        Info = info;
        Comments = await consultations.CommentsAsync(id, ct);
        Articles = ArticleText.Split(await db.Set<PublicConsultation>().Where(c => c.Id == id).Select(c => c.Text).SingleAsync(ct));
        return true;
    }
}
