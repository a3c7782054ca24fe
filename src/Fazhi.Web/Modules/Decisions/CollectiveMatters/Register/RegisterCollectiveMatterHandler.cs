using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Decisions.CollectiveMatters.Register;

/// <summary>A 三重一大 matter to be decided collectively: its kind, topic, who proposes it, why, the amount (for funds and projects).</summary>
public sealed record RegisterCollectiveMatterRequest(
    [EnumDataType(typeof(CollectiveMatterCategory), ErrorMessage = "请选择事项类别。")] CollectiveMatterCategory Category,
    [Required(ErrorMessage = "请填写议题。"), MaxLength(200, ErrorMessage = "议题不超过 200 字。")] string Topic,
    [Required(ErrorMessage = "请填写提议人。"), MaxLength(100, ErrorMessage = "提议人不超过 100 字。")] string Proposer,
    [Required(ErrorMessage = "请填写事项说明。"), MaxLength(4000, ErrorMessage = "说明不超过 4000 字。")] string Background,
    [Range(0, 100000000000, ErrorMessage = "金额无效。")] decimal? Amount,
    DateOnly? RegisteredOn)
{
    public static RegisterCollectiveMatterRequest Blank { get; } = new(CollectiveMatterCategory.LargeFunds, "", "", "", null, null);
}

/// <summary>
/// 三重一大 matters go to the leadership collectively; the legal clerk, who keeps the register for the government, or a
/// leader enters a matter. Officers and the legal advisor do not put matters on the leadership's agenda.
/// </summary>
internal sealed class CollectiveMattersRegisteredByClerkOrLeader() : WhoMayRule(
    "decisions.matters.register.who", "“三重一大”事项由法制员或领导登记，提交领导班子集体讨论决定（“三重一大”集体决策制度）。",
    Roles.LegalClerk, Roles.Leader);

internal sealed class RegisterCollectiveMatterHandler(FazhiDbContext db, TimeProvider clock)
{
    public async Task<CollectiveMatter> HandleAsync(Actor actor, RegisterCollectiveMatterRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<CollectiveMattersRegisteredByClerkOrLeader>().Check(actor);
        var townshipId = actor.TownshipId ?? throw new InvalidOperationException("Only township staff keep the 三重一大 register.");
        var matter = CollectiveMatter.Register(townshipId, request.Category, request.Topic, request.Proposer, request.Background, request.Amount,
            request.RegisteredOn ?? Platform.Time.ChinaTime.Today(clock));
        db.Add(matter);
        await db.SaveChangesAsync(ct);
        return matter;
    }
}
