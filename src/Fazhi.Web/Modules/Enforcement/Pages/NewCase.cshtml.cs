using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Enforcement.Cases;
using Fazhi.Modules.Enforcement.Officers;
using Fazhi.Modules.Enforcement.Powers;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Enforcement.Pages;

internal sealed class NewCaseModel(FazhiDbContext db, CaseWorkflow workflow, IOptions<EnforcementOptions> options) : PageModel
{
    [BindProperty]
    public NewCaseInput Input { get; set; } = new();

    public List<PowerItem> Powers { get; private set; } = [];

    public List<(Guid Id, string Name, string CertificateNumber, string? Problem)> Officers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input.OnTheSpot && string.IsNullOrWhiteSpace(Input.SpotText))
        {
            ModelState.AddModelError("Input.SpotText", "简易程序须填写当场处罚决定书内容。");
        }

        if (Input.PartyKind == PartyKind.LegalPerson && string.IsNullOrWhiteSpace(Input.PartyCreditCode))
        {
            ModelState.AddModelError("Input.PartyCreditCode", "法人或其他组织须填写统一社会信用代码。");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        var command = new FileCaseCommand(Input.OnTheSpot ? CaseProcedure.Simplified : CaseProcedure.General, Input.Source, Input.SourceReference,
            Input.PowerItemId!.Value, Input.Title, Input.PartyKind, Input.PartyName, Input.PartyIdNumber, Input.PartyCreditCode, Input.LegalRepresentative,
            Input.PartyPhone, Input.PartyAddress, Input.Facts, Input.OfficerIds, Input.IsMajor, Input.IsComplex, Input.FiledOn);
        try
        {
            var townshipId = db.Tenant.TownshipId!.Value;
            var @case = Input.OnTheSpot
                ? await workflow.DecideOnTheSpotAsync(command, SplitKinds(Input.SpotKinds), Input.SpotFine, Input.SpotText!, townshipId, ct)
                : await workflow.FileAsync(command, townshipId, ct);
            TempData["Flash"] = $"已立案：{@case.CaseNumber}";
            return Redirect($"/workspace/enforcement/cases/{@case.Id}");
        }
        catch (BusinessRuleException e)
        {
            ModelState.AddModelError(e.Code switch
            {
                "enforcement.officers.fewer-than-two" or "enforcement.officers.not-certified" or "enforcement.officers.unknown" => "Input.OfficerIds",
                "enforcement.simplified.outside-limits" => "Input.SpotFine",
                "enforcement.penalty.outside-item" => "Input.SpotFine",
                "enforcement.power.unknown" or "enforcement.power.not-in-force" => "Input.PowerItemId",
                _ => "Input.FiledOn",
            }, e.Message);
            await LoadAsync(ct);
            return Page();
        }
    }

    internal static List<string> SplitKinds(string? kinds) =>
        (kinds ?? "").Split(['、', ',', '，', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private async Task LoadAsync(CancellationToken ct)
    {
        var today = workflow.Today;
        Powers = await db.Set<PowerItem>().Where(p => p.WithdrawnOn == null || p.WithdrawnOn > today).OrderBy(p => p.DelegatedFrom).ThenBy(p => p.Code).ToListAsync(ct);
        var officers = await db.Set<Officer>().Where(o => o.LeftOn == null || o.LeftOn > today).OrderBy(o => o.Name).ToListAsync(ct);
        Officers = officers.Select(o => (o.Id, o.Name, o.CertificateNumber, o.WhyNotCertified(workflow.Today, options.Value))).ToList();
    }
}

internal sealed class NewCaseInput
{
    public bool OnTheSpot { get; set; }

    public CaseSource Source { get; set; } = CaseSource.Inspection;

    [MaxLength(100, ErrorMessage = "来源编号不超过 100 字。")]
    public string? SourceReference { get; set; }

    [Required(ErrorMessage = "请选择所引用的职权事项。")]
    public Guid? PowerItemId { get; set; }

    [Required(ErrorMessage = "请填写案由。")]
    [MaxLength(200, ErrorMessage = "案由不超过 200 字。")]
    public string Title { get; set; } = "";

    public PartyKind PartyKind { get; set; } = PartyKind.NaturalPerson;

    [Required(ErrorMessage = "请填写当事人。")]
    [MaxLength(200, ErrorMessage = "当事人不超过 200 字。")]
    public string PartyName { get; set; } = "";

    [RegularExpression(@"^\d{17}[\dXx]$", ErrorMessage = "身份证号码应为 18 位。")]
    public string? PartyIdNumber { get; set; }

    [RegularExpression(@"^[0-9A-HJ-NPQRTUWXY]{18}$", ErrorMessage = "统一社会信用代码应为 18 位数字或大写字母。")]
    public string? PartyCreditCode { get; set; }

    [MaxLength(50, ErrorMessage = "法定代表人不超过 50 字。")]
    public string? LegalRepresentative { get; set; }

    [RegularExpression(@"^[0-9\-+ ]{7,20}$", ErrorMessage = "请填写有效的联系电话。")]
    public string? PartyPhone { get; set; }

    [MaxLength(200, ErrorMessage = "住址不超过 200 字。")]
    public string? PartyAddress { get; set; }

    [Required(ErrorMessage = "请填写违法事实。")]
    [MaxLength(4000, ErrorMessage = "违法事实不超过 4000 字。")]
    public string Facts { get; set; } = "";

    public List<Guid> OfficerIds { get; set; } = [];

    public bool IsMajor { get; set; }

    public bool IsComplex { get; set; }

    public DateOnly? FiledOn { get; set; }

    [MaxLength(50, ErrorMessage = "处罚种类不超过 50 字。")]
    public string? SpotKinds { get; set; }

    [Range(0, 3000, ErrorMessage = "当场罚款金额应在 0 到 3000 元之间。")]
    public decimal? SpotFine { get; set; }

    [MaxLength(8000, ErrorMessage = "决定书内容不超过 8000 字。")]
    public string? SpotText { get; set; }
}
