using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Platform.Time;

/// <summary>The entered State Council schedule of one notice year. Reference data shared by every county.</summary>
public sealed class CalendarYear
{
    public int Year { get; set; }

    /// <summary>gov.cn address(es) of the notice, separated by spaces (2020 had a second notice for the epidemic).</summary>
    public string NoticeUrl { get; set; } = "";

    public DateTimeOffset EnteredAt { get; set; }

    public string EnteredBy { get; set; } = "";

    public List<CalendarDay> Days { get; } = [];
}

/// <summary>A holiday or 调休 make-up workday listed in a notice.</summary>
public sealed class CalendarDay
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>The notice year this day was published in (may differ from <see cref="Date"/>'s year, e.g. 2022-12-31).</summary>
    public int Year { get; set; }

    public DateOnly Date { get; set; }

    public bool IsOffDay { get; set; }

    public string HolidayName { get; set; } = "";
}

internal sealed class CalendarYearConfiguration : IEntityTypeConfiguration<CalendarYear>
{
    public void Configure(EntityTypeBuilder<CalendarYear> builder)
    {
        builder.ToTable("cal_years");
        builder.HasKey(y => y.Year);
        builder.Property(y => y.Year).ValueGeneratedNever();
        builder.Property(y => y.NoticeUrl).HasMaxLength(1000);
        builder.Property(y => y.EnteredBy).HasMaxLength(100);
        builder.HasMany(y => y.Days).WithOne().HasForeignKey(d => d.Year).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> builder)
    {
        builder.ToTable("cal_days");
        builder.HasKey(d => d.Id);
        // A date is listed by one notice only (merge-by-date rule of shared/calendar README).
        builder.HasIndex(d => d.Date).IsUnique();
        builder.Property(d => d.HolidayName).HasMaxLength(20);
    }
}

internal static class CalendarStorageExtensions
{
    public static YearSchedule ToSchedule(this CalendarYear year) =>
        new(year.Year, year.NoticeUrl, [.. year.Days.OrderBy(d => d.Date).Select(d => new ListedDay(d.Date, d.IsOffDay, d.HolidayName))]);
}
