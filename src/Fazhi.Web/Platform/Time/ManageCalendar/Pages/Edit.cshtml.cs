using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Time.ManageCalendar.Pages;

internal sealed class EditModel(FazhiDbContext db, CalendarAdministration administration) : PageModel, IStepPage
{
    /// <summary>Empty rows offered below the entered days; a notice lists at most about 40 days.</summary>
    private const int BlankRows = 12;

    [BindProperty]
    public CalendarYearInput Input { get; set; } = new();

    public int Year { get; private set; }

    public bool Entered { get; private set; }

    public async Task<IActionResult> OnGetAsync(int year, CancellationToken ct)
    {
        if (year is < CalendarAdministration.FirstYear or > CalendarAdministration.LastYear)
        {
            return NotFound();
        }

        Year = year;
        var existing = await db.Set<CalendarYear>().AsNoTracking().Include(y => y.Days).SingleOrDefaultAsync(y => y.Year == year, ct);
        Entered = existing is not null;
        if (existing is not null)
        {
            Input.NoticeUrl = existing.NoticeUrl;
            Input.Days = [.. existing.Days.OrderBy(d => d.Date).Select(d => new CalendarDayInput { Date = d.Date, IsOffDay = d.IsOffDay, HolidayName = d.HolidayName })];
        }

        AddBlankRows();
        return Page();
    }

    [WhoMay<CalendarEnteredByAdministrator>]
    public async Task<IActionResult> OnPostAsync(int year, CancellationToken ct)
    {
        if (year is < CalendarAdministration.FirstYear or > CalendarAdministration.LastYear)
        {
            return NotFound();
        }

        Year = year;
        Entered = await db.Set<CalendarYear>().AnyAsync(y => y.Year == year, ct);
        if (ModelState.IsValid)
        {
            var errors = await administration.SaveAsync(User.ToActor(), year, Input, ct);
            foreach (var error in errors)
            {
                ModelState.AddModelError(error.Field, error.Message);
            }

            if (errors.Count == 0)
            {
                TempData["Flash"] = $"已保存 {year} 年节假日安排。";
                return Redirect("/admin/calendar");
            }
        }

        AddBlankRows();
        return Page();
    }

    /// <summary>An invalid form is shown again (StepPageFilter) for the route's year, with the blank rows it offers.</summary>
    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!int.TryParse(RouteData.Values["year"]?.ToString(), System.Globalization.CultureInfo.InvariantCulture, out var year)
            || year is < CalendarAdministration.FirstYear or > CalendarAdministration.LastYear)
        {
            return false;
        }

        Year = year;
        Entered = await db.Set<CalendarYear>().AnyAsync(y => y.Year == year, ct);
        AddBlankRows();
        return true;
    }

    private void AddBlankRows()
    {
        for (var i = 0; i < BlankRows; i++)
        {
            Input.Days.Add(new CalendarDayInput());
        }
    }
}
