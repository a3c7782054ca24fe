using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Fazhi.Modules.Enforcement.Officers;
using Fazhi.Modules.Enforcement.Powers;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Notifications;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Enforcement.Cases.Filing;

/// <summary>立案 (行政处罚法 第五十四条): the case, its party, the cited power item and at least two certified officers (第四十二条).</summary>
public sealed record FileCaseRequest(
    CaseSource Source,
    [MaxLength(100, ErrorMessage = "来源编号不超过 100 字。")] string? SourceReference,
    [Required(ErrorMessage = "请选择所引用的职权事项。")] Guid? PowerItemId,
    [Required(ErrorMessage = "请填写案由。"), MaxLength(200, ErrorMessage = "案由不超过 200 字。")] string Title,
    PartyKind PartyKind,
    [Required(ErrorMessage = "请填写当事人。"), MaxLength(200, ErrorMessage = "当事人不超过 200 字。")] string PartyName,
    [MaxLength(18, ErrorMessage = "身份证号码应为 18 位。")] string? PartyIdNumber,
    [MaxLength(18, ErrorMessage = "统一社会信用代码应为 18 位数字或大写字母。")] string? PartyCreditCode,
    [MaxLength(50, ErrorMessage = "法定代表人不超过 50 字。")] string? LegalRepresentative,
    [MaxLength(30, ErrorMessage = "电话不超过 30 字。")] string? PartyPhone,
    [MaxLength(200, ErrorMessage = "住址不超过 200 字。")] string? PartyAddress,
    [Required(ErrorMessage = "请填写违法事实。"), MaxLength(4000, ErrorMessage = "违法事实不超过 4000 字。")] string Facts,
    [Required(ErrorMessage = "请指派执法人员。")] List<Guid> OfficerIds,
    bool IsMajor,
    bool IsComplex,
    DateOnly? FiledOn,
    DateOnly? DiscoveredOn = null)
{
    public static FileCaseRequest Blank() => new(CaseSource.Inspection, null, null, "", PartyKind.NaturalPerson, "", null, null, null, null, null, "", [], false, false, null);
}

/// <summary>A legal person or other organisation is identified by its unified social credit code, which is published with the decision (国办发〔2018〕118号 (六)).</summary>
internal sealed record LegalPersonNeedsCreditCode(PartyKind Kind, string? CreditCode, string Prefix = "") : IBusinessRule
{
    public bool IsBroken => Kind == PartyKind.LegalPerson && string.IsNullOrWhiteSpace(CreditCode);

    public string Code => "enforcement.case.credit-code-required";

    public string Message => "当事人为法人或其他组织的，须填写统一社会信用代码（处罚决定公示时一并公开，国办发〔2018〕118号（六））";

    public string? Field => Prefix + "PartyCreditCode";
}

/// <summary>
/// The party is identified by a well-formed 居民身份证号码 (18 digits, the last may be X) or 统一社会信用代码 (GB 32100: 18
/// digits or capital letters without I, O, S, V, Z), checked beside the field on the page and named in the API's answer.
/// </summary>
internal sealed partial record PartyIdentifiersWellFormed(string? IdNumber, string? CreditCode, string Prefix = "") : IBusinessRule
{
    private bool IdNumberBroken => !string.IsNullOrWhiteSpace(IdNumber) && !IdNumberPattern().IsMatch(IdNumber.Trim());

    private bool CreditCodeBroken => !string.IsNullOrWhiteSpace(CreditCode) && !CreditCodePattern().IsMatch(CreditCode.Trim());

    public bool IsBroken => IdNumberBroken || CreditCodeBroken;

    public string Code => IdNumberBroken ? "enforcement.case.id-number-malformed" : "enforcement.case.credit-code-malformed";

    public string Message => IdNumberBroken ? "身份证号码应为 18 位（最后一位可为 X）" : "统一社会信用代码应为 18 位数字或大写字母（GB 32100）";

    public string? Field => Prefix + (IdNumberBroken ? "PartyIdNumber" : "PartyCreditCode");

    [GeneratedRegex(@"^\d{17}[\dXx]$")]
    private static partial Regex IdNumberPattern();

    [GeneratedRegex(@"^[0-9A-HJ-NPQRTUWXY]{18}$")]
    private static partial Regex CreditCodePattern();
}

/// <summary>
/// Opens a case (立案) for <see cref="FileCaseHandler"/> and the on-the-spot procedure alike: numbers it in the township's
/// year, checks the cited power item is in force (第二十四条) and the officers (第四十二条), and adds it; the caller saves.
/// </summary>
internal sealed class CaseOpening(FazhiDbContext db, IDeadlines deadlines, IOptions<EnforcementOptions> options)
{
    public async Task<EnforcementCase> OpenAsync(Guid townshipId, FileCaseRequest request, CaseProcedure procedure, DateOnly on, string fieldPrefix, CancellationToken ct)
    {
        BusinessRule.Check(new PartyIdentifiersWellFormed(request.PartyIdNumber, request.PartyCreditCode, fieldPrefix));
        BusinessRule.Check(new LegalPersonNeedsCreditCode(request.PartyKind, request.PartyCreditCode, fieldPrefix));
        BusinessRule.Check(new Rules.DiscoveryNotAfterFiling(request.DiscoveredOn, on, fieldPrefix));
        var item = await db.PowerItemAsync(request.PowerItemId!.Value, ct);
        BusinessRule.Check(new PowerInForceOn(item, on));
        var ids = request.OfficerIds.Distinct().ToList();
        var officers = await db.Set<Officer>().Where(o => ids.Contains(o.Id)).ToListAsync(ct);
        if (ids.Count != officers.Count)
        {
            throw new BusinessRuleException("enforcement.officers.unknown", "所选执法人员不存在或不属于本乡镇", "OfficerIds");
        }

        var township = await db.Set<Township>().SingleAsync(t => t.Id == townshipId, ct);
        var sequence = await NumberSeries.NextAsync<EnforcementCase>(db, townshipId, on.Year, ct);
        var @case = EnforcementCase.File(townshipId, sequence, CaseSteps.Number(options.Value.CaseNumberPattern, township, on.Year, sequence), procedure, item,
            new CaseParty(request.PartyKind, request.PartyName, request.PartyIdNumber, request.PartyCreditCode, request.LegalRepresentative, request.PartyPhone, request.PartyAddress),
            request.Source, request.SourceReference, request.Title, request.Facts, request.IsMajor, request.IsComplex, officers, on, options.Value, request.DiscoveredOn);
        db.Add(@case);
        if (procedure == CaseProcedure.General)
        {
            await deadlines.OpenAsync(EnforcementDeadlines.Decision(options.Value), townshipId, CaseSteps.Subject(@case), on, ct);
        }

        return @case;
    }
}

internal sealed class FileCaseHandler(FazhiDbContext db, CaseOpening opening, TimeProvider clock, INotifications notifications)
{
    public async Task<EnforcementCase> HandleAsync(Actor actor, FileCaseRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<CaseFiledOnResponsiblePersonsApproval>().Check(actor);
        var on = CaseSteps.ActDate(request.FiledOn, null, "立案", Platform.Time.ChinaTime.Today(clock), nameof(request.FiledOn));
        var @case = await opening.OpenAsync(actor.TownshipId!.Value, request, CaseProcedure.General, on, "", ct);
        // Officers have no accounts of their own (the register is of certificates): the enforcement office's accounts
        // are told which of its officers the case is assigned to (第四十二条: at least two).
        await notifications.NotifyAsync(NotificationRecipient.RoleIn(@case.TownshipId, Roles.EnforcementOfficer), new Fazhi.Platform.Notifications.Notice(NotificationKind.Assignment,
            $"新立案件：{@case.CaseNumber} {@case.Title}", $"{actor.Name}已立案，承办执法人员：{string.Join("、", @case.Officers.Select(o => o.OfficerName))}。请调查取证。",
            $"/workspace/enforcement/cases/{@case.Id}"), ct);
        await db.SaveChangesAsync(ct);
        return @case;
    }
}
