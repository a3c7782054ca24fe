using Fazhi.Modules.Disclosure.Contracts;
using Fazhi.Modules.Enforcement.Cases.Rules;
using Fazhi.Modules.Enforcement.Publicity;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Privacy;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Enforcement.Cases.Publication;

/// <summary>事后公示 (国办发〔2018〕118号（六）; 行政处罚法 第四十八条): the day the decision went on the portal.</summary>
internal sealed record PublishPenaltyRequest(DateOnly? On)
{
    public static PublishPenaltyRequest Blank() => new((DateOnly?)null);
}

/// <summary>A decision is published once; a correction goes through revocation and withdrawal (第四十八条第二款).</summary>
internal sealed record PenaltyPublishedOnce(bool AlreadyPublished) : IBusinessRule
{
    public bool IsBroken => AlreadyPublished;

    public string Code => "enforcement.publicity.already-published";

    public string Message => "该处罚决定已公示（国办发〔2018〕118号（六）），如决定被变更或撤销，应撤回公示（《行政处罚法》第四十八条第二款）";
}

/// <summary>Publishes the masked decision: natural persons masked, legal persons with their credit code (个人信息保护法 第二十八条).</summary>
internal sealed class PublishPenaltyHandler(FazhiDbContext db, IDeadlines deadlines, IDisclosureCatalogue catalogue, IOptions<EnforcementOptions> options, TimeProvider clock)
{
    public async Task<EnforcementCase?> HandleAsync(Actor actor, Guid id, PublishPenaltyRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<PenaltyPublishedByClerkOrLeader>().Check(actor);
        if (await db.FindCaseAsync(id, ct) is not { } @case)
        {
            return null;
        }

        BusinessRule.Check(new CaseStageAllows(@case, "公示处罚决定", CaseStage.Decided, CaseStage.Served, CaseStage.Executed, CaseStage.Closed));
        var on = CaseSteps.ActDate(request.On, @case.DecidedOn, "公示", Platform.Time.ChinaTime.Today(clock));
        BusinessRule.Check(new PenaltyPublishedOnce(await db.Set<PenaltyDisclosure>().AnyAsync(d => d.CaseId == @case.Id, ct)));
        var township = await db.Set<Township>().SingleAsync(t => t.Id == @case.TownshipId, ct);
        var personNames = @case.PartyKind == PartyKind.NaturalPerson ? new[] { @case.PartyName } : [@case.LegalRepresentative ?? ""];
        var disclosure = new PenaltyDisclosure
        {
            TownshipId = @case.TownshipId,
            CaseId = @case.Id,
            DecisionNumber = @case.DecisionNumber!,
            PartyDisplay = @case.PartyKind == PartyKind.NaturalPerson ? PersonalInfoMasker.MaskName(@case.PartyName) : @case.PartyName,
            PartyCreditCode = @case.PartyKind == PartyKind.LegalPerson ? @case.PartyCreditCode : null,
            PowerItemName = @case.PowerItemName,
            Violation = PersonalInfoMasker.Mask(@case.Title, personNames),
            PenaltyKinds = @case.PenaltyKinds ?? "",
            FineAmount = @case.FineAmount,
            MaskedText = PersonalInfoMasker.Mask(@case.DecisionText ?? "", personNames),
            ActingBody = township.GovernmentName,
            DecidedOn = @case.DecidedOn!.Value,
            PublishedOn = on,
            IsPublic = true,
        };
        db.Add(disclosure);
        // 政府信息公开条例 第20条第六项: the publicised decision is listed in the catalogue with what the portal shows (masked).
        await catalogue.FileAsync(new CatalogueFiling("enforcement", disclosure.Id, @case.TownshipId, CatalogueCategory.PenaltiesAndCoercion, $"行政处罚决定书（{disclosure.DecisionNumber}）",
            $"{disclosure.PartyDisplay}：{disclosure.Violation}；{disclosure.PenaltyKinds}。", disclosure.DecidedOn, on, $"/t/{township.DivisionCode}/enforcement/decisions/{disclosure.Id}"), ct);
        await deadlines.MeetAsync(EnforcementDeadlines.Publication(options.Value).Code, @case.Id, on, ct);
        await db.SaveChangesAsync(ct);
        return @case;
    }
}
