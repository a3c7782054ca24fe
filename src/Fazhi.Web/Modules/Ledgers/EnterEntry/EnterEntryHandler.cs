using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Ledgers.Contracts;
using Fazhi.Modules.Ledgers.Model;
using Fazhi.Platform.Attachments;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Ledgers.EnterEntry;

/// <summary>登记台账记录: the date it counts in and a value per field of the ledger's current version, keyed by field code.</summary>
public sealed record EnterEntryRequest(
    [Required(ErrorMessage = "请填写日期。")] DateOnly? OccurredOn,
    IDictionary<string, string?>? Values);

/// <summary>A file chosen for an attachment field of the entry form.</summary>
internal sealed record LedgerUpload(string FileName, Func<Stream> Open);

internal sealed class EnterEntryHandler(FazhiDbContext db, TimeProvider clock, IAttachments attachments)
{
    /// <summary>Saves the entry; <c>files</c> holds the attachment fields' files by field code (only the entry form carries them).</summary>
    /// <returns>Null when the township has no such ledger.</returns>
    public async Task<LedgerEntry?> HandleAsync(Actor actor, Guid ledgerId, EnterEntryRequest request, CancellationToken ct, IReadOnlyDictionary<string, LedgerUpload>? files = null)
    {
        WhoMayRule.Of<LedgerEntriesKeptByStaff>().Check(actor);
        var ledger = await LedgerQueries.DefinitionAsync(db, ledgerId, ct);
        if (ledger is null)
        {
            return null;
        }

        var values = new Dictionary<string, (string? Text, decimal? Number)>();
        var uploads = new List<(LedgerField Field, LedgerUpload File)>();
        foreach (var field in ledger.Current.Schema.Fields)
        {
            if (field.Kind == LedgerFieldKind.Attachment && files?.GetValueOrDefault(field.Key) is { } file)
            {
                BusinessRule.Check(new LedgerAttachmentIsADocumentOrImage(field.Key, field.Label, file.FileName));
                uploads.Add((field, file));
                continue;
            }

            var (text, number, problem) = LedgerIndicatorMath.Parse(field, request.Values is { } typed && typed.TryGetValue(field.Key, out var value) ? value : null);
            BusinessRule.Check(new EntryValueFitsField(field.Key, problem));
            values[field.Key] = (text, number);
        }

        var entry = LedgerEntry.Enter(ledger, request.OccurredOn!.Value, values, actor.Name, clock.GetUtcNow(), Platform.Time.ChinaTime.Today(clock));
        db.Add(entry);
        foreach (var (field, file) in uploads)
        {
            // Kept under the entry in the same SaveChanges: an entry is never stored without its files, nor a file without its entry.
            await using var content = file.Open();
            var info = await attachments.AddAsync(entry.TownshipId, nameof(LedgerEntry), entry.Id, field.Label, file.FileName, content, ct);
            entry.Attach(field.Key, info.FileName, info.Id);
        }

        await db.SaveChangesAsync(ct);
        return entry;
    }
}
