using Fazhi.Modules.Decisions.Model;
using Fazhi.Modules.Decisions.Rules;
using Fazhi.Platform.Attachments;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Decisions.Archive;

/// <summary>
/// Nothing enters a closed decision archive (国务院令第713号第三十三条), whichever upload path is used: the
/// decision's own step checks it, and this guard makes the generic attachments endpoint refuse it too.
/// </summary>
internal sealed class ClosedArchiveGuard(FazhiDbContext db) : IAttachmentOwnerGuard
{
    public async Task EnsureMayAttachAsync(string ownerType, Guid ownerId, CancellationToken cancellationToken)
    {
        if (!string.Equals(ownerType, nameof(MajorDecision), StringComparison.Ordinal))
        {
            return;
        }

        var closed = await db.Set<MajorDecision>().AnyAsync(d => d.Id == ownerId && d.ArchiveClosedOn != null, cancellationToken);
        BusinessRule.Check(new ArchiveIsOpen(closed));
    }
}
