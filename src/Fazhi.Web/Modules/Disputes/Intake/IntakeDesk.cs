using Fazhi.Modules.Disputes.Model;
using Fazhi.Modules.Disputes.Shared;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Disputes.Intake;

/// <summary>What was brought, by whom, how and when: the common part of every procedure's registration.</summary>
internal sealed record MatterInput(
    MatterChannel Channel,
    MatterCategory Category,
    MatterTopic Topic,
    string Subject,
    string Content,
    RequesterDetails Requester,
    DateOnly ReceivedOn,
    Guid? VillageId,
    string? ExternalReference);

/// <summary>
/// The intake (issue 16 §1), shared by the general requests, 人民调解, 信访 and 12345 as Consultation is shared by
/// documents and decisions: it registers a matter once, links the same requester's same matter to its first record,
/// and lets a procedure take a matter up. Methods add tracked changes and never save; the step's handler saves once.
/// </summary>
internal sealed class IntakeDesk(FazhiDbContext db, IDeadlines deadlines, IOptions<DisputesOptions> options, TimeProvider clock)
{
    /// <summary>How far back a repeat is looked for: the same matter brought again within a year is the same matter.</summary>
    public const int RepeatWindowDays = 365;

    public DateOnly Today => ChinaTime.Today(clock);

    /// <summary>
    /// Registers a matter; a repeat of the same requester's same matter (same person, same subject) is linked to the first
    /// record and returned with it. A general matter opens its answer period (a procedure's registration opens its own).
    /// </summary>
    public async Task<(Matter Matter, Matter? First)> RegisterAsync(Guid townshipId, MatterInput input, string registeredBy, bool openReplyPeriod, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var village = await VillageAsync(townshipId, input.VillageId, ct);
        var matter = Matter.Register(townshipId, await NextSequenceAsync(townshipId, input.ReceivedOn.Year, ct), input.Channel, input.Category, input.Topic,
            input.Subject, input.Content, input.Requester, input.ReceivedOn, village?.Id, village?.Name, input.ExternalReference, registeredBy, clock.GetUtcNow(), Today);
        var first = await FindFirstAsync(townshipId, matter.RequesterKey, matter.SubjectKey, input.ReceivedOn, null, ct);
        if (first is not null)
        {
            matter.LinkTo(first, $"同一诉求人就同一事项再次反映（首次登记：{first.ReceiptNumber}，{first.ReceivedOn:yyyy-MM-dd}）");
        }

        db.Add(matter);
        if (openReplyPeriod && first is null)
        {
            await deadlines.OpenAsync(DisputeDeadlines.MatterReply(options.Value), townshipId, SubjectOf(matter), matter.ReceivedOn, ct);
        }

        return (matter, first);
    }

    /// <summary>Links a matter to its first record by hand (the clerk recognised the same matter in other words).</summary>
    public async Task LinkAsync(Matter repeat, Guid firstId, string reason, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(repeat);
        var first = await db.Set<Matter>().SingleOrDefaultAsync(m => m.Id == firstId, ct)
            ?? throw new BusinessRuleException("disputes.matter.link-target-missing", "要关联的首次登记事项不存在。", "firstMatterId");
        repeat.LinkTo(first, reason);
        await deadlines.CancelAsync(DisputeDeadlines.MatterReplyCode, repeat.Id, $"重复反映，已关联到 {first.ReceiptNumber}", ct);
    }

    /// <summary>A procedure takes the matter up; the general answer period gives way to the procedure's own.</summary>
    public async Task TakeUpAsync(Matter matter, MatterProcedure procedure, Guid recordId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(matter);
        matter.TakeUp(procedure, recordId);
        await deadlines.CancelAsync(DisputeDeadlines.MatterReplyCode, matter.Id, $"已转入{DisputeLabels.Procedure(procedure)}程序，适用该程序的期限", ct);
    }

    /// <summary>
    /// The matter, also one registered in this unit of work and not yet saved (an imported ledger saves once, at the end).
    /// An id that names no matter the caller can see (a typo, another township's) is answered 404 like any unseen record
    /// (ADR 0004), never a 500.
    /// </summary>
    public async Task<Matter> GetAsync(Guid id, CancellationToken ct) =>
        (db.Set<Matter>().Local.FirstOrDefault(m => m.Id == id)
        ?? await db.Set<Matter>().SingleOrDefaultAsync(m => m.Id == id, ct)).OrNotFound();

    /// <summary>The earliest unlinked matter of the same requester and subject within the repeat window.</summary>
    public Task<Matter?> FindFirstAsync(Guid townshipId, string requesterKey, string subjectKey, DateOnly receivedOn, Guid? except, CancellationToken ct)
    {
        var from = receivedOn.AddDays(-RepeatWindowDays);
        return db.Set<Matter>().IgnoreAutoIncludes()
            .Where(m => m.TownshipId == townshipId && m.RequesterKey == requesterKey && m.SubjectKey == subjectKey && m.LinkedToId == null
                && m.ReceivedOn >= from && m.ReceivedOn <= receivedOn && m.Id != except)
            .OrderBy(m => m.ReceivedOn).ThenBy(m => m.Sequence)
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>Other matters of the same requester, for the record page (possible repeats in other words).</summary>
    public Task<List<Matter>> SameRequesterAsync(Matter matter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(matter);
        return db.Set<Matter>().IgnoreAutoIncludes().AsNoTracking()
            .Where(m => m.TownshipId == matter.TownshipId && m.RequesterKey == matter.RequesterKey && m.Id != matter.Id)
            .OrderByDescending(m => m.ReceivedOn).Take(20).ToListAsync(ct);
    }

    public Task<int> NextSequenceAsync(Guid townshipId, int year, CancellationToken ct) =>
        NumberSeries.NextAsync<Matter>(db, townshipId, year, ct);

    public async Task<Village?> VillageAsync(Guid townshipId, Guid? villageId, CancellationToken ct)
    {
        if (villageId is null)
        {
            return null;
        }

        return await db.Set<Village>().AsNoTracking().SingleOrDefaultAsync(v => v.Id == villageId && v.TownshipId == townshipId, ct)
            ?? throw new BusinessRuleException("disputes.village-unknown", "所选村（社区）不属于本镇。", "villageId");
    }

    /// <summary>A village of the township by name (imports and pushes name it), or null.</summary>
    public Task<Village?> VillageByNameAsync(Guid townshipId, string? name, CancellationToken ct)
    {
        var trimmed = name?.Trim();
        return string.IsNullOrEmpty(trimmed)
            ? Task.FromResult<Village?>(null)
            : db.Set<Village>().AsNoTracking().FirstOrDefaultAsync(v => v.TownshipId == townshipId && v.Name == trimmed, ct);
    }

    public static DeadlineSubject SubjectOf(Matter matter)
    {
        ArgumentNullException.ThrowIfNull(matter);
        return new DeadlineSubject(DisputesModule.Key, nameof(Matter), matter.Id, $"{matter.ReceiptNumber} {matter.Subject}", $"/workspace/disputes/matters/{matter.Id}");
    }

    /// <summary>Who answers for the step on the record: the signed-in person's name.</summary>
    public static string By(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return string.IsNullOrWhiteSpace(actor.Name) ? actor.UserName : actor.Name;
    }
}
