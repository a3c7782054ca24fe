using Fazhi.Platform.Tenancy;

namespace Fazhi.Modules.Enforcement.Powers;

/// <summary>
/// An item of the township's penalty power catalogue (行政处罚权事项目录), mostly delegated from county departments
/// (行政处罚法 第24条). Published on the portal as the 事前公示 (国办发〔2018〕118号 (四)). Effective-dated (ADR 0017):
/// the township exercises it from <see cref="EffectiveFrom"/> until the day it is withdrawn, so a year's catalogue is
/// what stood at that year's end.
/// </summary>
internal sealed class PowerItem : IPublishable
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TownshipId { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>行政处罚 / 行政强制 / 行政检查.</summary>
    public string Category { get; set; } = "行政处罚";

    public string LegalBasis { get; set; } = "";

    /// <summary>Penalty kinds allowed by the basis, e.g. 警告、罚款、没收违法所得 (行政处罚法 第9条), separated by 、.</summary>
    public string PenaltyKinds { get; set; } = "";

    public decimal? FineMin { get; set; }

    public decimal? FineMax { get; set; }

    /// <summary>实施主体: the township government as the acting body.</summary>
    public string ActingBody { get; set; } = "";

    /// <summary>The county department that delegated the power.</summary>
    public string DelegatedFrom { get; set; } = "";

    public bool IsPublic { get; set; } = true;

    /// <summary>承接日期: the first day the township may exercise the power (the delegation decision's effective date).</summary>
    public DateOnly EffectiveFrom { get; set; }

    /// <summary>取消日期: the first day the power is no longer the township's (收回、调整); null while in force.</summary>
    public DateOnly? WithdrawnOn { get; set; }

    public bool IsInForceOn(DateOnly date) => EffectiveFrom <= date && (WithdrawnOn is null || date < WithdrawnOn);

    public IReadOnlyList<string> Kinds => PenaltyKinds.Split(['、', ',', '，', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
