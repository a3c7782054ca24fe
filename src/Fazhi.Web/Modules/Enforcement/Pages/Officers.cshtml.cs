using Fazhi.Modules.Enforcement.Officers;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Enforcement.Pages;

internal sealed class OfficersModel(FazhiDbContext db, OfficerRegistry registry, TimeProvider clock, IOptions<EnforcementOptions> options) : PageModel
{
    [BindProperty]
    public OfficerRequest Input { get; set; } = new();

    [BindProperty]
    public DepartureRequest Departure { get; set; } = new();

    [BindProperty]
    public Guid? DepartureOfficerId { get; set; }

    public int Year { get; private set; }

    public List<OfficerRow> Rows { get; private set; } = [];

    internal sealed record OfficerRow(Officer Officer, bool MayEnforce, List<string> Warnings, decimal TrainingHours, bool? ExamPassed);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    [WhoMay<OfficerRegisterKeptByClerkOrLeader>]
    public async Task<IActionResult> OnPostDepartureAsync(CancellationToken ct)
    {
        // Only the departure form is validated here; the registration form on the same page was not submitted.
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith("Input.", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }

        var officer = DepartureOfficerId is { } id ? await db.Set<Officer>().SingleOrDefaultAsync(o => o.Id == id, ct) : null;
        if (officer is null)
        {
            ModelState.AddModelError("Departure.LeftOn", "请选择本乡镇的执法人员。");
        }
        else if (ModelState.IsValid)
        {
            try
            {
                await registry.RecordDepartureAsync(User.ToActor(), officer, Departure.LeftOn!.Value, Departure.Reason!, ct);
                TempData["Flash"] = $"已登记 {officer.Name} 于 {Departure.LeftOn:yyyy-MM-dd} 离岗。";
                return Redirect("/workspace/enforcement/officers");
            }
            catch (BusinessRuleException e)
            {
                ModelState.AddModelError("Departure.LeftOn", e.Message);
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    [WhoMay<OfficerRegisterKeptByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith("Departure.", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }

        if (ModelState.IsValid)
        {
            try
            {
                var officer = await registry.AddAsync(User.ToActor(), db.Tenant.TownshipId!.Value, Input, ct);
                TempData["Flash"] = $"已登记执法人员 {officer.Name}。";
                return Redirect("/workspace/enforcement/officers");
            }
            catch (BusinessRuleException e)
            {
                ModelState.AddModelError(e.Code.Contains("validity", StringComparison.Ordinal) ? "Input.CertificateValidTo" : "Input.CertificateNumber", e.Message);
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var today = Platform.Time.ChinaTime.Today(clock);
        Year = today.Year;
        var officers = await db.Set<Officer>().Include(o => o.Trainings).Where(o => o.LeftOn == null || o.LeftOn > today).OrderBy(o => o.CertificateNumber).ToListAsync(ct);
        Rows = officers.Select(o => new OfficerRow(o,
            o.WhyNotCertified(today, options.Value) is null,
            OfficerRegistry.WarningsFor(o, today, options.Value).Select(w => w.Message).ToList(),
            o.Trainings.Where(t => t.Year == Year).Sum(t => t.Hours),
            o.Trainings.Where(t => t.Year == Year && t.ExamPassed is not null).Select(t => t.ExamPassed).LastOrDefault())).ToList();
    }
}
