using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Ledgers.Model;
using Fazhi.Modules.Reports.Contracts;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Ledgers.DefineLedger;

/// <summary>定义台账: its code and name, the report heading and part, the fields and the indicators computed from them.</summary>
public sealed record DefineLedgerRequest(
    [Required(ErrorMessage = "请填写台账代码。"), RegularExpression("^[a-z][a-z0-9-]{0,39}$", ErrorMessage = "台账代码由小写字母、数字和连字符组成，以字母开头（如 lianzheng-talks）。")] string Key,
    [Required(ErrorMessage = "请填写台账名称。"), MaxLength(60, ErrorMessage = "台账名称不超过 60 字。")] string Name,
    [Required(ErrorMessage = "请填写报告中的小标题。"), MaxLength(60, ErrorMessage = "小标题不超过 60 字。")] string Heading,
    [MaxLength(20, ErrorMessage = "句首语不超过 20 字。")] string? Lead,
    [EnumDataType(typeof(ReportPart), ErrorMessage = "请选择报告部分。")] ReportPart Part,
    IReadOnlyList<LedgerFieldInput>? Fields,
    IReadOnlyList<LedgerIndicatorInput>? Indicators)
{
    public static DefineLedgerRequest Blank()
    {
        var (fields, indicators) = LedgerContentInput.FromSchema(null, 6, 3);
        return new("", "", "", "全年", ReportPart.Achievements, fields, indicators);
    }
}

internal sealed class DefineLedgerHandler(FazhiDbContext db, TimeProvider clock)
{
    public async Task<LedgerDefinition> HandleAsync(Actor actor, DefineLedgerRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<LedgersDefinedByClerkOrLeader>().Check(actor);
        var townshipId = actor.TownshipId!.Value;
        var key = request.Key.Trim();
        var used = await db.Set<LedgerDefinition>().AnyAsync(d => d.TownshipId == townshipId && d.Key == key, ct);
        var content = LedgerContentInput.ToContent(request.Heading, request.Lead, request.Part, request.Fields, request.Indicators);
        var definition = LedgerDefinition.Define(townshipId, key, request.Name, content, actor.Name, clock.GetUtcNow(), used);
        db.Add(definition);
        await db.SaveChangesAsync(ct);
        return definition;
    }
}
