using Fazhi.Modules.County.Figures;

namespace Fazhi.UnitTests.Modules.County;

/// <summary>The figures are computed ahead again just after the date they are kept under turns, in Beijing.</summary>
public sealed class FiguresWarmUpTests
{
    [Theory]
    [InlineData("2026-12-01T15:59:00Z", 2)]      // 23:59 in Beijing: two minutes to 00:01
    [InlineData("2026-12-01T16:00:30Z", 0.5)]    // 00:00:30 in Beijing: half a minute to 00:01
    [InlineData("2026-12-01T16:01:00Z", 1440)]   // 00:01 in Beijing: the next day's
    [InlineData("2026-12-01T04:00:00Z", 721)]    // noon in Beijing, not midnight UTC
    public void UntilAfterMidnight_IsTheTimeToAMinutePastTheNextMidnightInBeijing(string now, double minutes) =>
        FiguresWarmUp.UntilAfterMidnight(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(TimeSpan.FromMinutes(minutes));
}
