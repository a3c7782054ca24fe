using System.ComponentModel.DataAnnotations;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Procedures;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Enforcement.Cases.Statement;

/// <summary>陈述、申辩 (行政处罚法 第四十五条): what the party said, or that they waived it.</summary>
public sealed record RecordStatementRequest(
    [Required(ErrorMessage = "请填写陈述申辩情况。"), MaxLength(4000, ErrorMessage = "陈述申辩情况不超过 4000 字。")] string Summary,
    bool Waived)
{
    public static RecordStatementRequest Blank() => new("", false);
}

internal sealed class RecordStatementHandler(FazhiDbContext db, IDeadlines deadlines, IOptions<EnforcementOptions> options, TimeProvider clock)
{
    public async Task<EnforcementCase?> HandleAsync(Actor actor, Guid id, RecordStatementRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<StatementRecordedByCaseHandlers>().Check(actor);
        if (await db.FindCaseAsync(id, ct) is not { } @case)
        {
            return null;
        }

        @case.RecordStatement(request.Summary.Trim(), request.Waived);
        await deadlines.MeetAsync(EnforcementDeadlines.Statement(options.Value).Code, @case.Id, Platform.Time.ChinaTime.Today(clock), ct);
        await db.SaveChangesAsync(ct);
        return @case;
    }
}
