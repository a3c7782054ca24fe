using Fazhi.Modules.Decisions.Model;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Decisions.Archive;

/// <summary>Reading a decision archive (第33条): whether it still matches its seal, and the ZIP with its DOCX index.</summary>
internal sealed class ArchiveReader(FazhiDbContext db, DecisionArchiveBuilder builder)
{
    /// <summary>True when the archive as it stands now still matches the seal stored at closing; null while it is open.</summary>
    public async Task<bool?> SealHoldsAsync(MajorDecision decision, CancellationToken ct) =>
        decision.ArchiveSeal is null ? null : DecisionArchiveBuilder.Seal(await builder.EntriesAsync(decision, ct)) == decision.ArchiveSeal;

    public async Task<byte[]> ZipAsync(MajorDecision decision, CancellationToken ct)
    {
        var government = await db.Set<Township>().Where(t => t.Id == decision.TownshipId).Select(t => t.GovernmentName).SingleAsync(ct);
        return await builder.ZipAsync(decision, government, ct);
    }
}

internal sealed record ArchiveStatus(DateOnly? ClosedOn, string? Seal, bool? SealHolds);

internal static class ArchiveEndpoints
{
    internal static void MapArchiveReading(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/archive", async Task<Results<Ok<ArchiveStatus>, NotFound>> (Guid id, FazhiDbContext db, ArchiveReader archive, CancellationToken ct) =>
            await db.FindDecisionAsync(id, ct) is { } d ? TypedResults.Ok(new ArchiveStatus(d.ArchiveClosedOn, d.ArchiveSeal, await archive.SealHoldsAsync(d, ct))) : TypedResults.NotFound())
            .WithSummary("决策档案状态与封存校验");
        group.MapGet("/{id:guid}/archive.zip", async Task<Results<FileContentHttpResult, NotFound>> (Guid id, FazhiDbContext db, ArchiveReader archive, CancellationToken ct) =>
            await db.FindDecisionAsync(id, ct) is { } d
                ? TypedResults.File(await archive.ZipAsync(d, ct), "application/zip", $"决策档案-{d.Number}.zip")
                : TypedResults.NotFound()).WithSummary("导出决策档案（ZIP，含目录 DOCX）");
    }
}
