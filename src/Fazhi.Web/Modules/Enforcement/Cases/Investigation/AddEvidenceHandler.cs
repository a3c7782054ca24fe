using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Enforcement.Cases.Rules;
using Fazhi.Platform.Attachments;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Enforcement.Cases.Investigation;

/// <summary>
/// 调查取证 and 全过程记录 (行政处罚法 第四十六条、第四十七条): what was collected, when, by whom (the signed-in officer when
/// empty) and at which step of the process, with the file it rests on.
/// </summary>
public sealed record AddEvidenceRequest(
    [Required(ErrorMessage = "请选择证据种类。"), MaxLength(30, ErrorMessage = "证据种类不超过 30 字。")] string Kind,
    [Required(ErrorMessage = "请填写证据说明。"), MaxLength(2000, ErrorMessage = "说明不超过 2000 字。")] string Description,
    [MaxLength(100, ErrorMessage = "取证人不超过 100 字。")] string? CollectedBy,
    DateOnly? CollectedOn,
    [MaxLength(20, ErrorMessage = "环节不超过 20 字。")] string? ProcessStep,
    Guid? AttachmentId)
{
    public static AddEvidenceRequest Blank() => new("现场笔录", "", null, null, "调查取证", null);
}

internal sealed class AddEvidenceHandler(FazhiDbContext db, TimeProvider clock)
{
    public async Task<EnforcementCase?> HandleAsync(Actor actor, Guid id, AddEvidenceRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<EvidenceGatheredByOfficers>().Check(actor);
        if (await db.FindCaseAsync(id, ct) is not { } @case)
        {
            return null;
        }

        if (request.AttachmentId is { } fileId)
        {
            // Through the tenant filter, and of the case's own township: never a file of another township's record.
            BusinessRule.Check(new EvidenceFileMustBeOfTheTownship(
                await db.Set<Attachment>().AnyAsync(a => a.Id == fileId && a.TownshipId == @case.TownshipId, ct)));
        }

        // Only "not in the future" here: how early evidence may be dated is the case's own rule (EvidenceDatedWithinTheCase),
        // which lets the inspection that led to the case come before 立案 (行政处罚法 第五十四条、第五十五条).
        var on = CaseSteps.ActDate(request.CollectedOn, null, "调查取证", Platform.Time.ChinaTime.Today(clock), nameof(request.CollectedOn));
        @case.AddEvidence(request.Kind, request.Description, string.IsNullOrWhiteSpace(request.CollectedBy) ? actor.Name : request.CollectedBy, on,
            string.IsNullOrWhiteSpace(request.ProcessStep) ? "调查取证" : request.ProcessStep, request.AttachmentId);
        await db.SaveChangesAsync(ct);
        return @case;
    }
}
