using Fazhi.Modules.Documents.Model;
using Fazhi.Modules.Documents.Rules;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Documents.Registration;

internal sealed record SignRequest(SignerRole Role);

/// <summary>统一登记、统一编号 and signing by the leader in charge and the principal leader (37号 三统一).</summary>
internal sealed class RegistrationHandler(FazhiDbContext db, IDeadlines deadlines, IOptions<DocumentsOptions> options, TimeProvider clock)
{
    public async Task<NormativeDocument?> RegisterAsync(Guid id, DocumentActor actor, CancellationToken ct)
    {
        var document = await db.LoadDocumentAsync(id, ct);
        if (document is null)
        {
            return null;
        }

        var today = clock.Today();
        var shortName = await db.Set<Township>().Where(t => t.Id == document.TownshipId).Select(t => t.ShortName).SingleAsync(ct);
        var issued = await db.Set<NormativeDocument>()
            .Where(d => d.TownshipId == document.TownshipId && d.NumberYear == today.Year && d.NumberSequence != null)
            .Select(d => d.NumberSequence!.Value).ToListAsync(ct);
        var sequence = DocumentNumbering.Next(issued);
        document.Register(today.Year, sequence, DocumentNumbering.Format(options.Value.NumberPattern, shortName, today.Year, sequence), actor, clock.GetUtcNow(), today);
        // The unique index (township, year, sequence) turns a concurrent registration into a conflict, not a duplicate number.
        await db.SaveChangesAsync(ct);
        return document;
    }

    public async Task<NormativeDocument?> SignAsync(Guid id, SignerRole role, bool actorIsLeader, DocumentActor actor, CancellationToken ct)
    {
        var document = await db.LoadDocumentAsync(id, ct);
        if (document is null)
        {
            return null;
        }

        BusinessRule.Check(new SigningByLeaderOnly(actorIsLeader));
        var today = clock.Today();
        if (document.Sign(role, options.Value.RequireDistinctSigners, actor, clock.GetUtcNow(), today))
        {
            // Publication within N working days of signing (local rule; setting).
            await deadlines.CancelAsync(DocumentDeadlines.PublicationCode, document.Id, "重新签发", ct);
            await deadlines.OpenAsync(DocumentDeadlines.Publication(options.Value), document.TownshipId, DocumentDeadlines.Subject(document), today, ct);
        }

        await db.SaveChangesAsync(ct);
        return document;
    }
}
