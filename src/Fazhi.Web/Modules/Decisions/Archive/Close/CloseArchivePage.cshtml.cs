using Fazhi.Modules.Decisions.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Decisions.Archive.Close;

internal sealed class CloseArchivePage(CloseArchiveHandler handler, FazhiDbContext db) : DecisionStepPage(db)
{
    public static string PathFor(Guid id) => $"/workspace/decisions/{id}/archive/closing";

    [WhoMay<ArchiveClosedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        await handler.HandleAsync(User.ToActor(), Id, ct) is { } decision
            ? Done($"决策档案已归档封存，封存校验值 {decision.ArchiveSeal}。此后档案中的任何材料都不能更改（第三十三条）。")
            : NotFound();
}
