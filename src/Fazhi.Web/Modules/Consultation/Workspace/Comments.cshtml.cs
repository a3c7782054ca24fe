using Fazhi.Modules.Consultation.Contracts;
using Fazhi.Modules.Consultation.Model;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Consultation.Workspace;

internal sealed class CommentsModel(FazhiDbContext db, IConsultations consultations, TimeProvider clock) : PageModel
{
    public ConsultationInfo Info { get; private set; } = null!;

    public IReadOnlyList<ConsultationCommentInfo> Comments { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostDecideAsync(Guid id, Guid commentId, bool adopted, string? reason, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            Error = "请填写采纳或不予采纳的理由。";
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }

        return await RunAsync(id, async () => await consultations.DecideAsync(commentId, adopted ? CommentDecision.Adopted : CommentDecision.NotAdopted, reason, ct), ct);
    }

    public Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, async () => await consultations.PublishSummaryAsync(id, clock.Today(), ct) is not null, ct);

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

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var info = await consultations.FindAsync(id, clock.Today(), ct);
        if (info is null)
        {
            return false;
        }

        Info = info;
        Comments = await consultations.CommentsAsync(id, ct);
        return true;
    }
}
