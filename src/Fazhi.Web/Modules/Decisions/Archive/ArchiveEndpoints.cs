using Fazhi.Modules.Decisions.Model;
using Fazhi.Modules.Decisions.Procedure;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Decisions.Archive;

/// <summary>Closing and exporting a decision archive (第33条).</summary>
internal sealed class ArchiveService(FazhiDbContext db, DecisionArchiveBuilder builder, TimeProvider clock)
{
    public async Task CloseAsync(MajorDecision decision, CancellationToken ct)
    {
        decision.EnsureOpen();
        var seal = DecisionArchiveBuilder.Seal(await builder.EntriesAsync(decision, ct));
        decision.CloseArchive(db.Tenant.UserName, Platform.Time.ChinaTime.Today(clock), seal);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>True when the archive as it stands now still matches the seal stored at closing.</summary>
    public async Task<bool?> SealHoldsAsync(MajorDecision decision, CancellationToken ct) =>
        decision.ArchiveSeal is null ? null : DecisionArchiveBuilder.Seal(await builder.EntriesAsync(decision, ct)) == decision.ArchiveSeal;

    public async Task<byte[]> ZipAsync(MajorDecision decision, CancellationToken ct)
    {
        var government = await db.Set<Township>().Where(t => t.Id == decision.TownshipId).Select(t => t.GovernmentName).SingleAsync(ct);
        return await builder.ZipAsync(decision, government, ct);
    }
}

internal static class ArchiveEndpoints
{
    internal static void MapArchiveEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/archive/closing", async Task<Results<Ok<ArchiveStatus>, NotFound>> (Guid id, DecisionWorkflow w, ArchiveService archive, CancellationToken ct) =>
        {
            var d = await w.FindAsync(id, ct);
            if (d is null)
            {
                return TypedResults.NotFound();
            }

            await archive.CloseAsync(d, ct);
            return TypedResults.Ok(new ArchiveStatus(d.ArchiveClosedOn, d.ArchiveSeal, true));
        }).ProducesProblem(StatusCodes.Status409Conflict).WithSummary("决策档案归档封存（第33条）");
        group.MapGet("/{id:guid}/archive", async Task<Results<Ok<ArchiveStatus>, NotFound>> (Guid id, DecisionWorkflow w, ArchiveService archive, CancellationToken ct) =>
            await w.FindAsync(id, ct) is { } d ? TypedResults.Ok(new ArchiveStatus(d.ArchiveClosedOn, d.ArchiveSeal, await archive.SealHoldsAsync(d, ct))) : TypedResults.NotFound())
            .WithSummary("决策档案状态与封存校验");
        group.MapGet("/{id:guid}/archive.zip", async Task<Results<FileContentHttpResult, NotFound>> (Guid id, DecisionWorkflow w, ArchiveService archive, CancellationToken ct) =>
            await w.FindAsync(id, ct) is { } d
                ? TypedResults.File(await archive.ZipAsync(d, ct), "application/zip", $"决策档案-{d.Number}.zip")
                : TypedResults.NotFound()).WithSummary("导出决策档案（ZIP，含目录 DOCX）");
    }
}

internal sealed record ArchiveStatus(DateOnly? ClosedOn, string? Seal, bool? SealHolds);
