using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Documents.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Documents.Evaluation;

public sealed record EvaluationRequest(
    [Required(ErrorMessage = "请填写评估日期。")] DateOnly? EvaluatedOn,
    [Required(ErrorMessage = "请填写评估主体。"), MaxLength(100, ErrorMessage = "评估主体不超过 100 字。")] string Evaluator,
    [Required(ErrorMessage = "请填写评估发现。"), MaxLength(20000, ErrorMessage = "评估发现过长。")] string Findings,
    [Required(ErrorMessage = "请填写评估结论。"), MaxLength(2000, ErrorMessage = "评估结论不超过 2000 字。")] string Conclusion);

/// <summary>实施效果评估 recorded against a published document (太霞乡 2022: 对规范性文件进行实施效果评估).</summary>
internal sealed class EvaluationHandler(FazhiDbContext db, TimeProvider clock)
{
    public async Task<DocumentEvaluation?> RecordAsync(Guid id, EvaluationRequest request, Actor who, CancellationToken ct)
    {
        WhoMayRule.Of<EvaluationRecordedByClerkOrLeader>().Check(who);
        var actor = who.ForDocuments();
        var document = await db.Set<NormativeDocument>().SingleOrDefaultAsync(d => d.Id == id, ct);
        if (document is null)
        {
            return null;
        }

        var evaluation = new DocumentEvaluation
        {
            DocumentId = id,
            TownshipId = document.TownshipId,
            EvaluatedOn = request.EvaluatedOn!.Value,
            Evaluator = request.Evaluator.Trim(),
            Findings = request.Findings.Trim(),
            Conclusion = request.Conclusion.Trim(),
            RecordedBy = actor.DisplayName,
        };
        db.Add(evaluation);
        document.Log(actor, clock.GetUtcNow(), "实施效果评估", evaluation.Conclusion);
        await db.SaveChangesAsync(ct);
        return evaluation;
    }
}

/// <summary>The making government evaluates its documents (37号). Checked by the handler; the page handler and the endpoint name it (ADR 0010).</summary>
internal sealed class EvaluationRecordedByClerkOrLeader() : WhoMayRule(
    "documents.evaluation.who", "实施效果评估由制定机关的法制员或领导登记（国办发〔2018〕37号“评估”）。", Roles.LegalClerk, Roles.Leader);
