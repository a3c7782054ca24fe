using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Ledgers.DefineLedger;
using Fazhi.Modules.Ledgers.Model;
using Fazhi.Modules.Reports.Contracts;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Ledgers.ReviseLedger;

/// <summary>修订台账: a new version of the fields and indicators; entries made under earlier versions keep theirs.</summary>
public sealed record ReviseLedgerRequest(
    [Required(ErrorMessage = "请填写台账名称。"), MaxLength(60, ErrorMessage = "台账名称不超过 60 字。")] string Name,
    [Required(ErrorMessage = "请填写报告中的小标题。"), MaxLength(60, ErrorMessage = "小标题不超过 60 字。")] string Heading,
    [MaxLength(20, ErrorMessage = "句首语不超过 20 字。")] string? Lead,
    [EnumDataType(typeof(ReportPart), ErrorMessage = "请选择报告部分。")] ReportPart Part,
    IReadOnlyList<LedgerFieldInput>? Fields,
    IReadOnlyList<LedgerIndicatorInput>? Indicators)
{
    internal static ReviseLedgerRequest Of(LedgerDefinition ledger)
    {
        var current = ledger.Current;
        var (fields, indicators) = LedgerContentInput.FromSchema(current.Schema);
        return new(ledger.Name, current.Heading, current.Lead, current.Part, fields, indicators);
    }
}

internal sealed class ReviseLedgerHandler(FazhiDbContext db, TimeProvider clock)
{
    /// <returns>Null when the township has no such ledger.</returns>
    public async Task<LedgerDefinition?> HandleAsync(Actor actor, Guid ledgerId, ReviseLedgerRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<LedgersDefinedByClerkOrLeader>().Check(actor);
        var ledger = await db.Set<LedgerDefinition>().Include(d => d.Versions).SingleOrDefaultAsync(d => d.Id == ledgerId, ct);
        if (ledger is null)
        {
            return null;
        }

        ledger.Revise(request.Name, LedgerContentInput.ToContent(request.Heading, request.Lead, request.Part, request.Fields, request.Indicators), actor.Name, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return ledger;
    }
}
