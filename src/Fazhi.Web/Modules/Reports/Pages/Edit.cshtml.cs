using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Reports.Drafting;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Reports.Pages;

/// <summary>Writes a new version of the report: the staff-written parts, and corrections to the drafted ones.</summary>
internal sealed class EditModel(FazhiDbContext db, ReportWorkflow workflow) : PageModel
{
    [BindProperty]
    public VersionForm Form { get; set; } = new();

    public int Year { get; private set; }

    public int LatestNumber { get; private set; }

    public async Task<IActionResult> OnGetAsync(int year, CancellationToken ct)
    {
        var report = await workflow.FindAsync(db.Tenant.TownshipId!.Value, year, ct);
        if (report is null)
        {
            return NotFound();
        }

        Year = year;
        LatestNumber = report.LatestVersionNumber;
        var v = report.Latest;
        Form = new VersionForm
        {
            Title = v.Title,
            Preamble = v.Preamble,
            Achievements = v.Achievements,
            Shortcomings = v.Shortcomings,
            LeaderDuties = v.LeaderDuties,
            NextYearPlan = v.NextYearPlan,
            OtherMatters = v.OtherMatters,
            Issuer = v.Issuer,
            IssuedOn = v.IssuedOn,
        };
        return Page();
    }

    [WhoMay<ReportDraftedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(int year, CancellationToken ct)
    {
        var report = await workflow.FindAsync(db.Tenant.TownshipId!.Value, year, ct);
        if (report is null)
        {
            return NotFound();
        }

        Year = year;
        LatestNumber = report.LatestVersionNumber;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var version = await workflow.SaveVersionAsync(db.Tenant.TownshipId!.Value, year, new ReportDraftInput(
                Form.Title!, Form.Preamble ?? "",
                [Form.Achievements ?? "", Form.Shortcomings ?? "", Form.LeaderDuties ?? "", Form.NextYearPlan ?? "", Form.OtherMatters ?? ""],
                Form.Issuer!, Form.IssuedOn!.Value, Form.Note ?? ""), IndexModel.Actor(User), ct);
            TempData["Flash"] = $"已保存为第 {version.Number} 稿。";
            return Redirect($"/workspace/reports/{year}");
        }
        catch (BusinessRuleException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }
    }

    internal sealed class VersionForm
    {
        [Required(ErrorMessage = "请填写报告标题。")]
        [MaxLength(200, ErrorMessage = "标题不超过200字。")]
        public string? Title { get; set; }

        public string? Preamble { get; set; }

        public string? Achievements { get; set; }

        public string? Shortcomings { get; set; }

        public string? LeaderDuties { get; set; }

        public string? NextYearPlan { get; set; }

        public string? OtherMatters { get; set; }

        [Required(ErrorMessage = "请填写发文机关署名。")]
        [MaxLength(100, ErrorMessage = "署名不超过100字。")]
        public string? Issuer { get; set; }

        [Required(ErrorMessage = "请填写成文日期。")]
        public DateOnly? IssuedOn { get; set; }

        [MaxLength(500, ErrorMessage = "修改说明不超过500字。")]
        public string? Note { get; set; }
    }
}
