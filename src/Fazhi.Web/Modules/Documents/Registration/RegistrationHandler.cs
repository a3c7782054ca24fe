using Fazhi.Modules.Documents.Model;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Documents.Registration;

internal sealed record SignRequest(SignerRole Role);

/// <summary>统一登记、统一编号 and signing by the leader in charge and the principal leader (37号 三统一).</summary>
internal sealed class RegistrationHandler(FazhiDbContext db, IDeadlines deadlines, IOptions<DocumentsOptions> options, TimeProvider clock)
{
    public async Task<NormativeDocument?> RegisterAsync(Guid id, Actor who, CancellationToken ct)
    {
        WhoMayRule.Of<RegistrationByClerkOrLeader>().Check(who);
        var actor = who.ForDocuments();
        var document = await db.LoadDocumentAsync(id, ct);
        if (document is null)
        {
            return null;
        }

        var today = clock.Today();
        var shortName = await db.Set<Township>().Where(t => t.Id == document.TownshipId).Select(t => t.ShortName).SingleAsync(ct);
        await NumberSeries.HoldAsync(db, "NormativeDocumentNumber", document.TownshipId, today.Year, ct);
        var issued = await db.Set<NormativeDocument>()
            .Where(d => d.TownshipId == document.TownshipId && d.NumberYear == today.Year && d.NumberSequence != null)
            .Select(d => d.NumberSequence!.Value).ToListAsync(ct);
        var sequence = DocumentNumbering.Next(issued);
        document.Register(today.Year, sequence, DocumentNumbering.Format(options.Value.NumberPattern, shortName, today.Year, sequence), actor, clock.GetUtcNow(), today);
        // The unique index (township, year, sequence) turns a concurrent registration into a conflict, not a duplicate number.
        await db.SaveChangesAsync(ct);
        return document;
    }

    public async Task<NormativeDocument?> SignAsync(Guid id, SignerRole role, Actor who, CancellationToken ct)
    {
        WhoMayRule.Of<SignedByLeaders>().Check(who);
        var actor = who.ForDocuments();
        var document = await db.LoadDocumentAsync(id, ct);
        if (document is null)
        {
            return null;
        }

        // The post is read from the account, not the sign-in cookie: the administrator's change applies at once.
        var post = await db.Users.Where(u => u.UserName == who.UserName).Select(u => u.LeaderPost).SingleOrDefaultAsync(ct);
        var today = clock.Today();
        if (document.Sign(role, post, options.Value.RequireDistinctSigners, actor, clock.GetUtcNow(), today))
        {
            // Publication within N working days of signing (local rule; setting).
            await deadlines.CancelAsync(DocumentDeadlines.PublicationCode, document.Id, "重新签发", ct);
            await deadlines.OpenAsync(DocumentDeadlines.Publication(options.Value), document.TownshipId, DocumentDeadlines.Subject(document), today, ct);
        }

        await db.SaveChangesAsync(ct);
        return document;
    }
}

/// <summary>三统一 (37号): the government office registers and numbers. Checked by the handler; the page handler and the endpoint name it (ADR 0010).</summary>
internal sealed class RegistrationByClerkOrLeader() : WhoMayRule(
    "documents.registration.who", "统一登记、统一编号由制定机关的法制员或领导办理（国办发〔2018〕37号“统一登记、统一编号、统一印发”）。", Roles.LegalClerk, Roles.Leader);

/// <summary>签发 is the leaders' act (37号 三统一: 统一印发 after signing by the responsible leaders). The code is the one the refusal has answered with since signing was introduced. Checked by the handler; the page handler and the endpoint name it (ADR 0010).</summary>
internal sealed class SignedByLeaders() : WhoMayRule(
    "documents.signing.not-leader", "规范性文件须由分管领导和主要领导签发，请使用领导账户操作（国办发〔2018〕37号“统一印发”）。", Roles.Leader);
