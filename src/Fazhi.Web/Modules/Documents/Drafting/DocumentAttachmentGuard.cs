using Fazhi.Modules.Documents.Model;
using Fazhi.Modules.Documents.Rules;
using Fazhi.Platform.Attachments;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Documents.Drafting;

/// <summary>
/// A normative document's own attachments (附件、起草说明、政策解读) are part of its text: they are published with it and
/// change under the same rules as the text — not while the public comments on it or the reviewer reviews it
/// (国办发〔2018〕115号), and never once it is registered or signed (国办发〔2018〕37号 统一印发). The guard holds for every
/// upload path, the document page's and the generic attachments endpoint alike.
/// </summary>
internal sealed class DocumentAttachmentGuard(FazhiDbContext db) : IAttachmentOwnerGuard
{
    /// <summary>The owner type under which a document's public attachments are filed.</summary>
    public const string OwnerType = nameof(NormativeDocument);

    public async Task EnsureMayAttachAsync(string ownerType, Guid ownerId, CancellationToken cancellationToken)
    {
        if (!string.Equals(ownerType, OwnerType, StringComparison.Ordinal))
        {
            return;
        }

        // Through the tenant filter: another township's document does not exist for this caller.
        var status = await db.Set<NormativeDocument>().Where(d => d.Id == ownerId).Select(d => (DocumentStatus?)d.Status).SingleOrDefaultAsync(cancellationToken);
        BusinessRule.Check(new AttachmentOwnerMustExist(status is not null));
        foreach (var rule in RulesFor(status!.Value))
        {
            BusinessRule.Check(rule);
        }
    }

    /// <summary>The rules an attachment to a document in this status must pass; the page offers the upload only when none is broken.</summary>
    public static IEnumerable<IBusinessRule> RulesFor(DocumentStatus status) =>
        [new SignedVersionCannotBeEdited(status), new TextFrozenDuringProcedure(status)];
}
