using System.Text.RegularExpressions;

namespace Fazhi.ArchitectureTests;

/// <summary>
/// Beijing time and Chinese numerals are written once (Platform/Time, Platform/Text): a second copy drifts, as the
/// report's numbering did (it printed 21 for 二十一) and as a page's +8 offset would when the clock rules change.
/// </summary>
public sealed partial class SharedHelperTests
{
    private static readonly string Source = Path.Combine(RepositoryRoot(), "src", "Fazhi.Web");

    [Fact]
    public void BeijingTime_IsComputedOnlyInPlatformTime()
    {
        var offenders = SourceFiles()
            .Where(f => !f.Relative.StartsWith("Platform/Time/", StringComparison.Ordinal))
            .SelectMany(f => f.Lines.Select((line, i) => (f.Relative, Line: i + 1, Text: line)))
            .Where(l => EightHourOffset().IsMatch(l.Text))
            .Select(l => $"{l.Relative}:{l.Line}")
            .ToList();

        offenders.ShouldBeEmpty("use ChinaTime (Platform/Time) for Beijing time");
    }

    [Fact]
    public void ChineseNumerals_AreWrittenOnlyInPlatformText()
    {
        var offenders = SourceFiles()
            .Where(f => !f.Relative.StartsWith("Platform/Text/", StringComparison.Ordinal))
            .Where(f => f.Lines.Any(l => l.Contains("一二三四五六七八九", StringComparison.Ordinal)))
            .Select(f => f.Relative)
            .ToList();

        offenders.ShouldBeEmpty("use ChineseNumerals / ArticleText (Platform/Text)");
    }

    private static IEnumerable<(string Relative, string[] Lines)> SourceFiles() =>
        Directory.EnumerateFiles(Source, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Path.GetRelativePath(Source, f).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllLines(f)));

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Fazhi.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Fazhi.slnx not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"FromHours\(\s*8\s*\)|AddHours\(\s*8\s*\)")]
    private static partial Regex EightHourOffset();
}
