using System.Globalization;
using Fazhi.Platform.Time;

namespace Fazhi.UnitTests.Platform.Time;

/// <summary>
/// Checks the project's calendar against the flat list in shared/calendar (derived from the State Council notices),
/// when that folder exists next to the repository; reported as skipped otherwise.
/// </summary>
public sealed class SharedCalendarCrossCheckTests
{
    private const string FileName = "cn_workday_exceptions_2020_2026.csv";

    private static string? FindSharedCalendar()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "calendar", FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    [Fact]
    public void EveryDateOfTheSharedList_IsAnsweredAsTheNoticeSays()
    {
        var path = FindSharedCalendar();
        if (path is null)
        {
            Assert.Skip($"shared/calendar/{FileName} not found above {AppContext.BaseDirectory}");
        }

        var calendar = new WorkingDayCalendar(OfficialCalendarData.Schedules);
        var lines = File.ReadAllLines(path).Skip(1).Where(l => l.Length > 0).ToList();
        lines.Count.ShouldBeGreaterThan(200);
        var wrong = new List<string>();
        foreach (var line in lines)
        {
            var fields = line.Split(',');
            var date = DateOnly.ParseExact(fields[0], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var expectedWorking = fields[2] switch
            {
                "holiday_off" => false,
                "makeup_workday" => true,
                _ => throw new InvalidDataException($"Unknown kind in {line}"),
            };
            var answer = calendar.IsWorkingDay(date);
            if (answer.Value != expectedWorking || answer.Unconfirmed)
            {
                wrong.Add(line);
            }
        }

        wrong.ShouldBeEmpty();
    }
}
