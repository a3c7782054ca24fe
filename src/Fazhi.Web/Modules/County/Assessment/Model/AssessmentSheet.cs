using Fazhi.Modules.County.Contracts;
using Fazhi.Platform.ErrorHandling;

namespace Fazhi.Modules.County.Assessment.Model;

/// <summary>
/// 法治建设考核表 of a county for a year (issue 18 §5): the lines the county scores its townships on, each over an
/// indicator of the catalogue. A county-level record (not a township's): one per county and year; redefining it
/// replaces its lines, and the audit trail keeps what it said before.
/// </summary>
internal sealed class AssessmentSheet
{
    private readonly List<AssessmentLine> _lines = [];

    private AssessmentSheet()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid CountyId { get; private set; }

    public int Year { get; private set; }

    /// <summary>考核表名称, e.g. 2022年度乡镇法治政府建设考核.</summary>
    public string Title { get; private set; } = "";

    public string DefinedBy { get; private set; } = "";

    public DateTimeOffset DefinedAt { get; private set; }

    public IReadOnlyList<AssessmentLine> Lines => _lines;

    public decimal MaxTotal => _lines.Sum(l => l.MaxPoints);

    public static AssessmentSheet Define(Guid countyId, int year, string title, IReadOnlyList<AssessmentLineSpec> lines, IReadOnlySet<string> knownKeys, string by, DateTimeOffset now)
    {
        var sheet = new AssessmentSheet { CountyId = countyId, Year = year };
        sheet.Redefine(title, lines, knownKeys, by, now);
        return sheet;
    }

    /// <summary>The sheet's lines as the county now states them; each is checked against the catalogue and its rule.</summary>
    public void Redefine(string title, IReadOnlyList<AssessmentLineSpec> lines, IReadOnlySet<string> knownKeys, string by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(knownKeys);
        BusinessRule.Check(new SheetHasLines(lines.Count));
        foreach (var line in lines)
        {
            BusinessRule.Check(new LineIndicatorIsInTheCatalogue(line.Row, line.IndicatorKey, knownKeys.Contains(line.IndicatorKey)));
            BusinessRule.Check(new LineItemFits(line.Row, line.Item));
            BusinessRule.Check(new LinePointsArePositive(line.Row, line.MaxPoints));
            BusinessRule.Check(new LineTargetFitsItsRule(line.Row, line.Rule, line.Target));
            BusinessRule.Check(new LineDeductionFitsItsRule(line.Row, line.Rule, line.Deduction));
        }

        BusinessRule.Check(new SheetTotalAtMostAHundred(lines.Sum(l => l.MaxPoints)));
        Title = title.Trim();
        DefinedBy = by;
        DefinedAt = now;
        _lines.Clear();
        _lines.AddRange(lines.Select((l, i) => new AssessmentLine(Id, i + 1, l)));
    }
}

/// <summary>One line of the sheet as the county states it; <see cref="Row"/> is its row on the form, for the error beside it.</summary>
internal sealed record AssessmentLineSpec(int Row, string IndicatorKey, string Item, decimal MaxPoints, ScoringRuleKind Rule, decimal Target, decimal Deduction);

/// <summary>考核内容: an indicator, its points and how they are scored.</summary>
internal sealed class AssessmentLine
{
    private AssessmentLine()
    {
    }

    public AssessmentLine(Guid sheetId, int order, AssessmentLineSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        SheetId = sheetId;
        Order = order;
        IndicatorKey = spec.IndicatorKey;
        Item = spec.Item;
        MaxPoints = spec.MaxPoints;
        Rule = spec.Rule;
        Target = spec.Target;
        Deduction = spec.Rule == ScoringRuleKind.DeductPerUnit ? spec.Deduction : 0;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid SheetId { get; private set; }

    public int Order { get; private set; }

    public string IndicatorKey { get; private set; } = "";

    /// <summary>考核内容 as the sheet names it (e.g. 行政执法人员持证上岗); the indicator's label when left blank.</summary>
    public string Item { get; private set; } = "";

    public decimal MaxPoints { get; private set; }

    public ScoringRuleKind Rule { get; private set; }

    /// <summary>目标值 (higher is better) or 限值 (lower is better), in the indicator's unit.</summary>
    public decimal Target { get; private set; }

    /// <summary>Points deducted per unit above the limit (超出扣分 only).</summary>
    public decimal Deduction { get; private set; }
}
