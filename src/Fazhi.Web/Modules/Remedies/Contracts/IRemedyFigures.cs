namespace Fazhi.Modules.Remedies.Contracts;

/// <summary>
/// Counts of one kind of case in the columns of table 四 of the 政府信息公开工作年度报告 (国办公开办函〔2021〕30号):
/// 结果维持, 结果纠正, 其他结果, 尚未审结, 总计.
/// </summary>
public sealed record RemedyOutcomeCounts(int Upheld, int Corrected, int Other, int Pending)
{
    public static RemedyOutcomeCounts None { get; } = new(0, 0, 0, 0);

    public int Total => Upheld + Corrected + Other + Pending;
}

/// <summary>行政复议 and 行政诉讼 cases about disclosure work (因政府信息公开工作) received in a year, by their result at year end.</summary>
public sealed record DisclosureRemedyFigures(RemedyOutcomeCounts Reconsiderations, RemedyOutcomeCounts Lawsuits);

/// <summary>What the Remedies module tells other modules (the disclosure annual report reads table 四 here).</summary>
public interface IRemedyFigures
{
    Task<DisclosureRemedyFigures> AboutDisclosureAsync(Guid townshipId, int year, CancellationToken cancellationToken);
}
