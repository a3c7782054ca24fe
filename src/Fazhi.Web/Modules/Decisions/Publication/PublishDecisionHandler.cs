using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Modules.Disclosure.Contracts;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Decisions.Publication;

/// <summary>决策公布 (第32条): the document number, the text and the explanation of adopted opinions; the day (today when empty).</summary>
public sealed record PublishDecisionRequest(
    [Required(ErrorMessage = "请填写文号。"), MaxLength(100, ErrorMessage = "文号不超过 100 字。")] string DocumentNumber,
    [Required(ErrorMessage = "请填写决策文本。"), MaxLength(20000, ErrorMessage = "文本不超过 20000 字。")] string Text,
    [Required(ErrorMessage = "请填写意见采纳情况说明和政策解读。"), MaxLength(4000, ErrorMessage = "解读不超过 4000 字。")] string Interpretation,
    DateOnly? On);

/// <summary>第32条: the decision-making body publishes the decision; the legal clerk or a leader issues it on the portal.</summary>
internal sealed class DecisionPublishedByClerkOrLeader() : WhoMayRule(
    "decisions.publication.who", "重大行政决策由决策机关公布，由法制员或领导在门户发布（《重大行政决策程序暂行条例》第三十二条）。",
    Roles.LegalClerk, Roles.Leader);

internal sealed class PublishDecisionHandler(FazhiDbContext db, IDisclosureCatalogue catalogue, TimeProvider clock)
{
    /// <summary>The text to publish starts as the draft the meeting adopted.</summary>
    public static PublishDecisionRequest BlankFor(MajorDecision decision, DateOnly today) => new("", decision.DraftText, "", null);

    public async Task<MajorDecision?> HandleAsync(Actor actor, Guid id, PublishDecisionRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<DecisionPublishedByClerkOrLeader>().Check(actor);
        if (await db.FindDecisionAsync(id, ct) is not { } decision)
        {
            return null;
        }

        // 第32条: the decision becomes public; its internal opinions and meeting records stay internal (DecisionArchiveBuilder).
        decision.Publish(request.DocumentNumber, request.Text, request.Interpretation, request.On ?? Platform.Time.ChinaTime.Today(clock));
        // The published decision is information 重大行政决策程序暂行条例 第32条 requires to be public: 政府信息公开条例 第20条第十五项.
        var code = await db.Set<Township>().Where(t => t.Id == decision.TownshipId).Select(t => t.DivisionCode).SingleAsync(ct);
        await catalogue.FileAsync(new CatalogueFiling("decisions", decision.Id, decision.TownshipId, CatalogueCategory.OtherByLaw, decision.Title,
            $"重大行政决策，{decision.DocumentNumber}。", decision.DecidedOn ?? decision.PublishedOn!.Value, decision.PublishedOn!.Value, $"/t/{code}/decisions/{decision.Id}"), ct);
        await db.SaveChangesAsync(ct);
        return decision;
    }
}
