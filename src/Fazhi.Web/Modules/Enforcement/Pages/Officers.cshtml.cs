using Fazhi.Modules.Enforcement.Cases;
using Fazhi.Modules.Enforcement.Officers;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Enforcement.Pages;

internal sealed class OfficersModel(FazhiDbContext db, OfficerRegistry registry, CaseWorkflow workflow, IOptions<EnforcementOptions> options) : PageModel
{
    [BindProperty]
    public OfficerRequest Input { get; set; } = new();

    public int Year { get; private set; }

    public List<OfficerRow> Rows { get; private set; } = [];

    internal sealed record OfficerRow(Officer Officer, bool MayEnforce, List<string> Warnings, decimal TrainingHours, bool? ExamPassed);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var officer = await registry.AddAsync(db.Tenant.TownshipId!.Value, Input, ct);
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
        var today = workflow.Today;
        Year = today.Year;
        var officers = await db.Set<Officer>().Include(o => o.Trainings).Where(o => o.IsActive).OrderBy(o => o.CertificateNumber).ToListAsync(ct);
        Rows = officers.Select(o => new OfficerRow(o,
            o.WhyNotCertified(today, options.Value) is null,
            OfficerRegistry.WarningsFor(o, today, options.Value).Select(w => w.Message).ToList(),
            o.Trainings.Where(t => t.Year == Year).Sum(t => t.Hours),
            o.Trainings.Where(t => t.Year == Year && t.ExamPassed is not null).Select(t => t.ExamPassed).LastOrDefault())).ToList();
    }
}
