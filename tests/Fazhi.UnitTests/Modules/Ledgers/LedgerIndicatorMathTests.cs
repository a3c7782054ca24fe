using Fazhi.Modules.Ledgers.Contracts;
using Fazhi.Modules.Ledgers.Model;

namespace Fazhi.UnitTests.Modules.Ledgers;

/// <summary>The configured indicators computed from a year's totals, and the parsing of what a clerk types into a field.</summary>
public sealed class LedgerIndicatorMathTests
{
    private static readonly LedgerSchema Schema = new(
        [
            new LedgerField("village", "村", LedgerFieldKind.Village, true, []),
            new LedgerField("surveyed", "测评户数", LedgerFieldKind.Count, true, []),
            new LedgerField("satisfied", "满意户数", LedgerFieldKind.Count, true, []),
            new LedgerField("amount", "投入金额", LedgerFieldKind.AmountYuan, true, []),
            new LedgerField("kind", "形式", LedgerFieldKind.Choice, false, ["视察", "调研"]),
        ],
        []);

    private static readonly LedgerYearTotals Totals = new(
        7,
        new Dictionary<string, decimal> { ["surveyed"] = 350, ["satisfied"] = 343, ["amount"] = 104200 },
        new Dictionary<string, int> { ["village"] = 7 });

    private static Fazhi.Modules.Reports.Contracts.Indicator Compute(LedgerIndicatorSpec spec, LedgerYearTotals? totals = null) =>
        LedgerIndicatorMath.Compute("sanzi", Schema, spec, totals ?? Totals, "/workspace/ledgers/x");

    [Fact]
    public void EntryCount_IsTheEntriesOfTheYear_UnderAGlobalKey()
    {
        var i = Compute(new LedgerIndicatorSpec("talks", "谈话", "次", LedgerIndicatorKind.EntryCount, null, null, "集体廉政谈话{0}"));

        i.Key.ShouldBe("ledger.sanzi.talks");
        i.Clause.ShouldBe("集体廉政谈话7次");
    }

    [Fact]
    public void DistinctCount_CountsDifferentValues()
    {
        Compute(new LedgerIndicatorSpec("villages", "村", "个村", LedgerIndicatorKind.DistinctCount, "village", null, "在{0}全面推广")).Clause.ShouldBe("在7个村全面推广");
    }

    [Fact]
    public void Rate_IsTheShareOfTwoSums_AndHasNoValueWhenNothingWasCounted()
    {
        var spec = new LedgerIndicatorSpec("satisfaction", "满意率", "%", LedgerIndicatorKind.Rate, "satisfied", "surveyed", "满意率达{0}以上");

        var rate = Compute(spec);
        rate.Clause.ShouldBe("满意率达98%以上");
        (rate.Part, rate.Whole).ShouldBe((343, 350));
        Compute(spec, LedgerYearTotals.Empty).Value.ShouldBeNull();
    }

    [Fact]
    public void Sum_OfYuanStatedInTenThousands_IsConverted_AndAnApproximateAmountReadsAsTheSeedsDo()
    {
        Compute(new LedgerIndicatorSpec("funds", "投入", "万元", LedgerIndicatorKind.Sum, "amount", null, "投入资金{0}")).Clause.ShouldBe("投入资金10.42万元");
        Compute(new LedgerIndicatorSpec("funds", "投入", "万元", LedgerIndicatorKind.Sum, "amount", null, "投入资金{0}", Approximate: true)).Clause.ShouldBe("投入资金10余万元");
        Compute(new LedgerIndicatorSpec("funds", "投入", "元", LedgerIndicatorKind.Sum, "amount", null, "投入资金{0}")).Clause.ShouldBe("投入资金104200元");
    }

    [Theory]
    [InlineData("surveyed", "12", "12", null)]
    [InlineData("surveyed", "1.5", null, "测评户数应为不小于 0 的整数。")]
    [InlineData("surveyed", "-3", null, "测评户数应为不小于 0 的整数。")]
    [InlineData("amount", "1234.56", "1234.56", null)]
    [InlineData("amount", "12.345", null, "投入金额应为不小于 0 的金额（元，最多 2 位小数）。")]
    [InlineData("kind", "调研", "调研", null)]
    [InlineData("kind", "座谈", null, "形式应为：视察、调研。")]
    [InlineData("kind", "", null, null)]
    [InlineData("village", " ", null, "请填写村。")]
    public void Parse_AcceptsWhatFitsTheField_AndNamesWhatDoesNot(string field, string typed, string? text, string? error)
    {
        var parsed = LedgerIndicatorMath.Parse(Schema.FieldOf(field)!, typed);

        (parsed.Text, parsed.Error).ShouldBe((text, error));
    }

    [Fact]
    public void Schema_RoundTripsThroughItsStoredJson()
    {
        var schema = Schema with { Indicators = [new LedgerIndicatorSpec("a", "甲", "次", LedgerIndicatorKind.Rate, "satisfied", "surveyed", "{0}", true)] };

        LedgerSchema.FromJson(schema.ToJson()).Indicators.Single().ShouldBe(schema.Indicators.Single());
        LedgerSchema.FromJson(schema.ToJson()).Fields.Select(f => (f.Key, f.Kind, string.Join("、", f.Options))).ShouldBe(schema.Fields.Select(f => (f.Key, f.Kind, string.Join("、", f.Options))));
    }
}
