using Fazhi.Platform.ErrorHandling;

namespace Fazhi.Modules.Enforcement.Cases.Rules;

/// <summary>
/// The dates the law allows for evidence. 行政处罚法 第五十四条: the organ investigates and, where necessary, inspects
/// (检查) — and files the case once the 立案标准 is met, so an inspection usually comes first; 第五十五条: officers show
/// their certificates in an inspection and 检查应当制作笔录. The 现场检查笔录, photos and samples of that inspection are
/// evidence of the case although taken before 立案. So evidence may be dated before 立案 only when it comes from the
/// inspection (记录环节 “检查”) that led to the case, never before that inspection or the clue's day (the case could not
/// have been looked into before anyone knew of it), and never in the future. Any other evidence is gathered in the
/// investigation after 立案.
/// </summary>
internal sealed record EvidenceDatedWithinTheCase(DateOnly CollectedOn, DateOnly FiledOn, DateOnly DiscoveredOn, string ProcessStep) : IBusinessRule
{
    /// <summary>The process step that names the inspection before 立案 on the evidence form.</summary>
    public const string InspectionStep = "检查";

    // Outside the inspection the answer is about 立案 (and how to record inspection evidence); within it, about its day.
    private bool BeforeFilingOutsideInspection => CollectedOn < FiledOn && ProcessStep != InspectionStep;

    private bool BeforeDiscovery => !BeforeFilingOutsideInspection && CollectedOn < DiscoveredOn;

    public bool IsBroken => BeforeDiscovery || BeforeFilingOutsideInspection;

    public string Code => BeforeDiscovery ? "enforcement.evidence.before-discovery" : "enforcement.evidence.before-filing";

    public string Message => BeforeDiscovery
        ? $"取证日期（{CollectedOn:yyyy-MM-dd}）不能早于引出本案的检查或发现线索之日（{DiscoveredOn:yyyy-MM-dd}，立案时登记）（《行政处罚法》第五十四条、第五十五条）"
        : $"取证日期（{CollectedOn:yyyy-MM-dd}）早于立案（{FiledOn:yyyy-MM-dd}）：立案前取得的证据只能是引出本案的检查中当场制作的笔录、照片等（《行政处罚法》第五十四条、第五十五条），请将记录环节选为“立案前检查”；立案后的调查取证不得早于立案日期";

    public string? Field => "CollectedOn";
}

/// <summary>
/// The inspection or clue comes before 立案 (行政处罚法 第五十四条: 立案 follows once the 立案标准 is met), and its day is
/// a day that has happened.
/// </summary>
internal sealed record DiscoveryNotAfterFiling(DateOnly? DiscoveredOn, DateOnly FiledOn, string Prefix = "") : IBusinessRule
{
    public bool IsBroken => DiscoveredOn > FiledOn;

    public string Code => "enforcement.case.discovery-after-filing";

    public string Message => $"检查或发现线索日期（{DiscoveredOn:yyyy-MM-dd}）不能晚于立案日期（{FiledOn:yyyy-MM-dd}）：先检查、发现违法线索，符合立案标准的再立案（《行政处罚法》第五十四条）";

    public string? Field => Prefix + "DiscoveredOn";
}
