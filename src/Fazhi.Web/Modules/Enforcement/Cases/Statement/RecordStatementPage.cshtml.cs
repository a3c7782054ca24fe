using Fazhi.Modules.Enforcement.Cases.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Enforcement.Cases.Statement;

internal sealed class RecordStatementPage(RecordStatementHandler handler, FazhiDbContext db, TimeProvider clock) : CaseStepPage<RecordStatementRequest>(db, clock)
{
    public static string PathFor(Guid id) => $"/workspace/enforcement/cases/{id}/statement";

    protected override RecordStatementRequest BlankFor(EnforcementCase @case, DateOnly today) => RecordStatementRequest.Blank();

    [WhoMay<StatementRecordedByCaseHandlers>]
    public async Task<IActionResult> OnPostAsync(RecordStatementRequest request, CancellationToken ct) =>
        await handler.HandleAsync(User.ToActor(), Id, request, ct) is not null ? Done("已记录陈述、申辩；下一步：复核当事人的意见（第四十五条），期满后作出决定。") : NotFound();
}
