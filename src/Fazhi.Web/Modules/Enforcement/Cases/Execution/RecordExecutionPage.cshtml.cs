using Fazhi.Modules.Enforcement.Cases.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Enforcement.Cases.Execution;

internal sealed class RecordExecutionPage(RecordExecutionHandler handler, FazhiDbContext db, TimeProvider clock, IOptions<EnforcementOptions> options) : CaseStepPage<RecordExecutionRequest>(db, clock)
{
    public static string PathFor(Guid id) => $"/workspace/enforcement/cases/{id}/execution";

    protected override RecordExecutionRequest BlankFor(EnforcementCase @case, DateOnly today) => RecordExecutionRequest.BlankFor(@case, today, options.Value.LateFeeRatePerDay);

    [WhoMay<ExecutionRecordedByCaseHandlers>]
    public async Task<IActionResult> OnPostAsync(RecordExecutionRequest request, CancellationToken ct) =>
        await handler.HandleAsync(User.ToActor(), Id, request, ct) is not null ? Done("已登记执行。案卷检查完毕后可以结案。") : NotFound();
}
