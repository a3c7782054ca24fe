using Fazhi.Modules.Documents.Model;
using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Documents.Pages;

internal sealed record EvaluationListRow(Guid DocumentId, string Title, string? DocumentNumber, DateOnly EvaluatedOn, string Evaluator, string Findings, string Conclusion);

/// <summary>实施效果评估 of the township's documents (太霞乡 2022: 对规范性文件进行实施效果评估), newest first; each is recorded on its document's page.</summary>
internal sealed class EvaluationsModel(FazhiDbContext db) : PageModel
{
    public IReadOnlyList<EvaluationListRow> Rows { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Title, string? Number)> InForce { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var documents = await db.Set<NormativeDocument>().AsNoTracking().Where(d => d.PublishedOn != null)
            .Select(d => new { d.Id, d.Title, d.DocumentNumber, d.Validity }).ToListAsync(ct);
        var byId = documents.ToDictionary(d => d.Id);
        var evaluations = await db.Set<DocumentEvaluation>().AsNoTracking().OrderByDescending(e => e.EvaluatedOn).ToListAsync(ct);
        Rows = evaluations.Where(e => byId.ContainsKey(e.DocumentId))
            .Select(e => new EvaluationListRow(e.DocumentId, byId[e.DocumentId].Title, byId[e.DocumentId].DocumentNumber, e.EvaluatedOn, e.Evaluator, e.Findings, e.Conclusion)).ToList();
        InForce = documents.Where(d => d.Validity == Validity.InForce).Select(d => (d.Id, d.Title, d.DocumentNumber)).ToList();
    }
}
