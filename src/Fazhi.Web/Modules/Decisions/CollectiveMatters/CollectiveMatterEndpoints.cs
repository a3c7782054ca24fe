using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Modules.Decisions.Procedure;
using Fazhi.Platform.Attachments;
using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Decisions.CollectiveMatters;

/// <summary>The 三重一大 register: matters decided collectively, with the same meeting record as major decisions.</summary>
internal sealed class CollectiveMatterRegister(FazhiDbContext db, IAttachments attachments, TimeProvider clock)
{
    public DateOnly Today => Platform.Time.ChinaTime.Today(clock);

    public Task<CollectiveMatter?> FindAsync(Guid id, CancellationToken ct) => db.Set<CollectiveMatter>().SingleOrDefaultAsync(m => m.Id == id, ct);

    public async Task<CollectiveMatter> RegisterAsync(Guid townshipId, CollectiveMatterRequest r, CancellationToken ct)
    {
        var on = r.RegisteredOn ?? Today;
        var matter = new CollectiveMatter
        {
            TownshipId = townshipId,
            Year = on.Year,
            Category = r.Category,
            Topic = r.Topic.Trim(),
            Proposer = r.Proposer.Trim(),
            Background = r.Background.Trim(),
            Amount = r.Amount,
            RegisteredOn = on,
        };
        db.Add(matter);
        await db.SaveChangesAsync(ct);
        return matter;
    }

    public async Task<CollectiveMeeting> DecideAsync(CollectiveMatter matter, MeetingCommand c, CancellationToken ct)
    {
        var meeting = CollectiveMeeting.Create(matter.TownshipId, MeetingSubject.CollectiveMatter, matter.Id, c.MeetingName, c.HeldOn ?? Today, c.Chair, c.Attendees,
            c.Absentees, c.Minutes, c.Outcome, c.OverruleReasons, c.Views);
        matter.Decide(meeting);
        db.Add(meeting);
        await db.SaveChangesAsync(ct);
        return meeting;
    }

    public async Task<AttachmentInfo> AttachAudioAsync(CollectiveMatter matter, string fileName, Stream content, CancellationToken ct)
    {
        var info = await attachments.AddAsync(matter.TownshipId, nameof(CollectiveMatter), matter.Id, "会议录音", fileName, content, ct);
        await db.SaveChangesAsync(ct);
        return info;
    }
}

internal static class CollectiveMatterEndpoints
{
    internal static void MapCollectiveMatterEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/collective-matters", async (int? year, FazhiDbContext db, CancellationToken ct) =>
        {
            var query = db.Set<CollectiveMatter>().AsQueryable();
            if (year is not null)
            {
                query = query.Where(m => m.Year == year);
            }

            return await query.OrderByDescending(m => m.RegisteredOn).Take(1000)
                .Select(m => new CollectiveMatterResponse(m.Id, m.Year, m.Category, m.Topic, m.Proposer, m.Amount, m.RegisteredOn, m.Outcome, m.DecidedOn, m.MeetingId)).ToListAsync(ct);
        }).WithSummary("“三重一大”事项登记簿");
        group.MapPost("/collective-matters", async (CollectiveMatterRequest r, CollectiveMatterRegister register, FazhiDbContext db, CancellationToken ct) =>
        {
            var m = await register.RegisterAsync(db.Tenant.TownshipId!.Value, r, ct);
            return TypedResults.Created($"/api/workspace/decisions/collective-matters/{m.Id}", CollectiveMatterResponse.From(m));
        }).WithSummary("登记“三重一大”事项");
        group.MapPost("/collective-matters/{id:guid}/meeting", async Task<Results<Ok<CollectiveMatterResponse>, NotFound>> (Guid id, MeetingRequest r, CollectiveMatterRegister register, CancellationToken ct) =>
        {
            var matter = await register.FindAsync(id, ct);
            if (matter is null)
            {
                return TypedResults.NotFound();
            }

            await register.DecideAsync(matter, r.ToCommand(), ct);
            return TypedResults.Ok(CollectiveMatterResponse.From(matter));
        }).ProducesProblem(StatusCodes.Status409Conflict).WithSummary("集体讨论决定（末位表态）");
    }
}

public sealed record CollectiveMatterRequest(
    CollectiveMatterCategory Category,
    [property: Required(ErrorMessage = "请填写议题"), MaxLength(200, ErrorMessage = "议题不超过 200 字")] string Topic,
    [property: Required(ErrorMessage = "请填写提议人"), MaxLength(100, ErrorMessage = "提议人不超过 100 字")] string Proposer,
    [property: Required(ErrorMessage = "请填写事项说明"), MaxLength(4000, ErrorMessage = "说明不超过 4000 字")] string Background,
    [property: Range(0, 100000000000, ErrorMessage = "金额无效")] decimal? Amount,
    DateOnly? RegisteredOn);

internal sealed record CollectiveMatterResponse(Guid Id, int Year, CollectiveMatterCategory Category, string Topic, string Proposer, decimal? Amount, DateOnly RegisteredOn,
    MeetingOutcome? Outcome, DateOnly? DecidedOn, Guid? MeetingId)
{
    public static CollectiveMatterResponse From(CollectiveMatter m) => new(m.Id, m.Year, m.Category, m.Topic, m.Proposer, m.Amount, m.RegisteredOn, m.Outcome, m.DecidedOn, m.MeetingId);
}
