using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Tenancy;

namespace Fazhi.Modules.Advisors.Model;

/// <summary>Who the advisor is (中办、国办《关于推行法律顾问制度和公职律师公司律师制度的意见》, 2016).</summary>
public enum AdvisorKind
{
    /// <summary>社会律师 of a law firm.</summary>
    Lawyer = 1,

    /// <summary>公职律师.</summary>
    PublicLawyer = 2,

    /// <summary>法学专家.</summary>
    LegalScholar = 3,
}

/// <summary>What an advisor did for the township.</summary>
public enum ServiceKind
{
    /// <summary>法律咨询 (incl. 值班 at the township or a village: people served are counted).</summary>
    Consultation = 1,

    /// <summary>出具法律意见: on a document, decision, enforcement case, contract or other matter.</summary>
    Opinion = 2,
}

internal static class AdvisorLabels
{
    public static string Kind(AdvisorKind k) => k switch
    {
        AdvisorKind.Lawyer => "律师",
        AdvisorKind.PublicLawyer => "公职律师",
        AdvisorKind.LegalScholar => "法学专家",
        _ => k.ToString(),
    };

    public static string Service(ServiceKind k) => k switch
    {
        ServiceKind.Consultation => "法律咨询、值班",
        ServiceKind.Opinion => "出具法律意见",
        _ => k.ToString(),
    };
}

/// <summary>
/// 法律顾问聘用合同: the advisor, the law firm, the term, the fee, the scope and the villages covered (一村一法律顾问).
/// Effective-dated (ADR 0017): the figures count the contracts that stood in the report's year.
/// </summary>
internal sealed class AdvisorContract : ITenantOwned
{
    private AdvisorContract()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TownshipId { get; private set; }

    public string AdvisorName { get; private set; } = "";

    public AdvisorKind Kind { get; private set; }

    public string? LawFirm { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    /// <summary>聘用费用, yuan for the term.</summary>
    public decimal Fee { get; private set; }

    public string Scope { get; private set; } = "";

    /// <summary>Advises the township government itself (镇级法律顾问), besides any villages.</summary>
    public bool CoversTownship { get; private set; }

    public List<AdvisorVillage> Villages { get; private set; } = [];

    public static AdvisorContract Sign(Guid townshipId, string advisorName, AdvisorKind kind, string? lawFirm, DateOnly startsOn, DateOnly endsOn, decimal fee, string scope,
        bool coversTownship, IReadOnlyCollection<Guid> villageIds)
    {
        BusinessRule.Check(new TermEndsAfterItStarts(startsOn, endsOn));
        BusinessRule.Check(new ContractCoversSomeone(coversTownship, villageIds.Count));
        var contract = new AdvisorContract
        {
            TownshipId = townshipId,
            AdvisorName = advisorName.Trim(),
            Kind = kind,
            LawFirm = string.IsNullOrWhiteSpace(lawFirm) ? null : lawFirm.Trim(),
            StartsOn = startsOn,
            EndsOn = endsOn,
            Fee = fee,
            Scope = scope.Trim(),
            CoversTownship = coversTownship,
        };
        contract.Villages.AddRange(villageIds.Distinct().Select(v => new AdvisorVillage { ContractId = contract.Id, TownshipId = townshipId, VillageId = v }));
        return contract;
    }

    public bool StandsOn(DateOnly day) => StartsOn <= day && day <= EndsOn;
}

/// <summary>A village (村、社区) an advisor contract covers (一村一法律顾问).</summary>
internal sealed class AdvisorVillage : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid ContractId { get; set; }

    public Guid TownshipId { get; set; }

    public Guid VillageId { get; set; }
}

/// <summary>A consultation given or an opinion written by an advisor under a contract, linked to the matter it concerned.</summary>
internal sealed class AdvisorService : ITenantOwned
{
    private AdvisorService()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TownshipId { get; private set; }

    public Guid ContractId { get; private set; }

    public ServiceKind Kind { get; private set; }

    public DateOnly On { get; private set; }

    public string Subject { get; private set; } = "";

    /// <summary>人次 served at a consultation or duty shift; 0 for an opinion.</summary>
    public int PeopleServed { get; private set; }

    /// <summary>The record the opinion was given on, e.g. a document, decision, case or contract (its workspace link).</summary>
    public string? RelatedRecord { get; private set; }

    public static AdvisorService Record(AdvisorContract contract, ServiceKind kind, DateOnly on, string subject, int peopleServed, string? relatedRecord)
    {
        BusinessRule.Check(new ServiceWithinTheContractsTerm(contract.StartsOn, contract.EndsOn, on));
        return new AdvisorService
        {
            TownshipId = contract.TownshipId,
            ContractId = contract.Id,
            Kind = kind,
            On = on,
            Subject = subject.Trim(),
            PeopleServed = kind == ServiceKind.Consultation ? Math.Max(0, peopleServed) : 0,
            RelatedRecord = string.IsNullOrWhiteSpace(relatedRecord) ? null : relatedRecord.Trim(),
        };
    }
}

internal sealed record TermEndsAfterItStarts(DateOnly StartsOn, DateOnly EndsOn) : IBusinessRule
{
    public bool IsBroken => EndsOn < StartsOn;

    public string Code => "advisors.contract.term";

    public string? Field => "EndsOn";

    public string Message => "聘用期限的结束日期不能早于开始日期。";
}

internal sealed record ContractCoversSomeone(bool CoversTownship, int Villages) : IBusinessRule
{
    public bool IsBroken => !CoversTownship && Villages == 0;

    public string Code => "advisors.contract.no-scope";

    public string? Field => "CoversTownship";

    public string Message => "请选择法律顾问服务的对象：镇（乡）政府或所联系的村（社区）（一村一法律顾问）。";
}

internal sealed record ServiceWithinTheContractsTerm(DateOnly StartsOn, DateOnly EndsOn, DateOnly On) : IBusinessRule
{
    public bool IsBroken => On < StartsOn || On > EndsOn;

    public string Code => "advisors.service.outside-term";

    public string? Field => "On";

    public string Message => $"服务日期应在聘用期限（{StartsOn:yyyy-MM-dd} 至 {EndsOn:yyyy-MM-dd}）内。";
}
