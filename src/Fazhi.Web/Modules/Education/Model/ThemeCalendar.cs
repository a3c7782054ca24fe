namespace Fazhi.Modules.Education.Model;

/// <summary>
/// A national theme day, week or month that 普法 activities are organised around. The window is the same every year
/// (month and day of its first and last day); <see cref="Basis"/> names where it comes from.
/// </summary>
internal sealed record PublicityTheme(string Code, string Name, ThemeCategory Category, int FromMonth, int FromDay, int ToMonth, int ToDay, string Basis)
{
    public bool Covers(DateOnly date)
    {
        var from = new DateOnly(date.Year, FromMonth, FromDay);
        var to = new DateOnly(date.Year, ToMonth, ToDay);
        return date >= from && date <= to;
    }

    /// <summary>How long the window is: a day is more specific than its month, so it is suggested first.</summary>
    public int Days => new DateOnly(2001, ToMonth, ToDay).DayNumber - new DateOnly(2001, FromMonth, FromDay).DayNumber + 1;

    public string Window => FromMonth == ToMonth && FromDay == ToDay
        ? $"{FromMonth}月{FromDay}日"
        : FromDay == 1 && ToDay == DateTime.DaysInMonth(2001, ToMonth) && FromMonth == ToMonth ? $"{FromMonth}月"
        : $"{FromMonth}月{FromDay}日至{ToMonth}月{ToDay}日";
}

/// <summary>
/// The calendar of national theme days and months, kept as data (REGULATIONS.md §13): a new theme is a line here,
/// never a branch in code. 日常普法 covers the rest of the year (法律进村、以案释法), so every activity has a theme.
/// </summary>
internal static class ThemeCalendar
{
    public static IReadOnlyList<PublicityTheme> All { get; } =
    [
        new("constitution-day", "国家宪法日", ThemeCategory.Constitution, 12, 4, 12, 4, "全国人大常委会关于设立国家宪法日的决定（2014年）"),
        new("constitution-week", "宪法宣传周", ThemeCategory.Constitution, 12, 1, 12, 7, "中宣部、司法部、全国普法办（每年12月1日至7日）"),
        new("civil-code-month", "民法典宣传月", ThemeCategory.CivilCode, 5, 1, 5, 31, "中宣部、司法部、全国普法办（2021年起每年5月）"),
        new("national-security-day", "全民国家安全教育日", ThemeCategory.NationalSecurity, 4, 15, 4, 15, "《国家安全法》第十四条"),
        new("anti-drug-day", "国际禁毒日", ThemeCategory.AntiDrug, 6, 26, 6, 26, "联合国大会决议（1987年），《禁毒法》第十一条"),
        new("anti-drug-month", "全民禁毒宣传月", ThemeCategory.AntiDrug, 6, 1, 6, 30, "国家禁毒委员会（每年6月）"),
        new("anti-drug-everyday", "禁毒宣传“六进”", ThemeCategory.AntiDrug, 1, 1, 12, 31, "《禁毒法》第十一条至第十七条（禁毒宣传进社区、学校、单位、家庭、场所、农村）"),
        new("consumer-day", "国际消费者权益日", ThemeCategory.Consumer, 3, 15, 3, 15, "《消费者权益保护法》"),
        new("safety-month", "安全生产月", ThemeCategory.Safety, 6, 1, 6, 30, "国务院安全生产委员会（每年6月）"),
        new("fire-day", "全国消防日", ThemeCategory.Safety, 11, 9, 11, 9, "《消防法》"),
        new("road-safety-day", "全国交通安全日", ThemeCategory.Safety, 12, 2, 12, 2, "国务院（2012年起每年12月2日）"),
        new("anti-fraud", "反电信网络诈骗宣传", ThemeCategory.AntiFraud, 1, 1, 12, 31, "《反电信网络诈骗法》第八条"),
        new("everyday", "日常普法（法律进乡村、以案释法）", ThemeCategory.Everyday, 1, 1, 12, 31, "“谁执法谁普法”普法责任制（中办、国办 2017年）"),
    ];

    public static PublicityTheme? Find(string? code) =>
        code is null ? null : All.FirstOrDefault(t => string.Equals(t.Code, code, StringComparison.Ordinal));

    /// <summary>The theme a cadre most likely means on <paramref name="date"/>: the shortest window that covers it.</summary>
    public static PublicityTheme SuggestFor(DateOnly date) =>
        All.Where(t => t.Covers(date)).OrderBy(t => t.Days).ThenBy(t => t.Code, StringComparer.Ordinal).First();

    public static IEnumerable<string> CodesOf(ThemeCategory category) => All.Where(t => t.Category == category).Select(t => t.Code);
}
