using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Modules.Disputes.Shared;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.ErrorHandling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Disputes.Hotline;

/// <summary>A ticket as the hotline platform sends it, by import or by push.</summary>
internal sealed record TicketInput(
    string TicketNumber,
    HotlineCategory Category,
    bool Urgent,
    DateOnly DispatchedOn,
    string CallerName,
    string? CallerPhone,
    string Subject,
    string Content,
    string? Village,
    string? Address);

/// <summary>
/// Receives 12345 tickets for a township, whichever way they arrive: the same ticket number is the same ticket (a
/// repeated push or a re-imported sheet changes nothing); a new one is registered on the intake — where the same caller's
/// same matter is linked — and its handling period, by category from settings, starts.
/// </summary>
internal sealed class HotlineDesk(FazhiDbContext db, IntakeDesk intake, IDeadlines deadlines, IOptions<DisputesOptions> options)
{
    public async Task<(HotlineTicket Ticket, bool Created)> ReceiveAsync(Guid townshipId, TicketInput input, TicketArrival arrival, string by, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var number = input.TicketNumber.Trim();
        var existing = await db.Set<HotlineTicket>().SingleOrDefaultAsync(t => t.TownshipId == townshipId && t.TicketNumber == number, ct)
            ?? db.ChangeTracker.Entries<HotlineTicket>().Select(e => e.Entity).FirstOrDefault(t => t.TownshipId == townshipId && t.TicketNumber == number);
        if (existing is not null)
        {
            return (existing, false);
        }

        BusinessRule.Check(new Rules.DateNotInFuture(input.DispatchedOn, intake.Today, "派单时间", "dispatchedAt"));
        var village = await intake.VillageByNameAsync(townshipId, input.Village, ct);
        var (matter, _) = await intake.RegisterAsync(townshipId, new MatterInput(MatterChannel.Hotline12345, CategoryOf(input.Category), MatterTopic.PublicServices,
            input.Subject, input.Content, new RequesterDetails(input.CallerName, input.CallerPhone, null, input.Address), input.DispatchedOn, village?.Id, number), by, openReplyPeriod: false, ct);
        var rule = DisputeDeadlines.HotlineHandling(options.Value, input.Category, input.Urgent);
        var due = (await deadlines.ComputeDueAsync(rule, input.DispatchedOn, ct)).Date;
        var ticket = HotlineTicket.Receive(townshipId, matter, number, input.Category, input.Urgent, arrival, due);
        db.Add(ticket);
        await intake.TakeUpAsync(matter, MatterProcedure.Hotline, ticket.Id, ct);
        await deadlines.OpenAsync(rule, townshipId, SubjectOf(ticket), input.DispatchedOn, ct);
        return (ticket, true);
    }

    public Task<HotlineTicket?> FindAsync(Guid id, CancellationToken ct) => db.Set<HotlineTicket>().SingleOrDefaultAsync(t => t.Id == id, ct);

    public async Task<HotlineTicket> GetAsync(Guid id, CancellationToken ct) => (await FindAsync(id, ct)).OrNotFound();

    public static DeadlineSubject SubjectOf(HotlineTicket t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new DeadlineSubject(DisputesModule.Key, nameof(HotlineTicket), t.Id, t.Title, $"/workspace/disputes/hotline/{t.Id}");
    }

    public static MatterCategory CategoryOf(HotlineCategory category) => category switch
    {
        HotlineCategory.Consultation => MatterCategory.Consultation,
        HotlineCategory.HelpRequest => MatterCategory.HelpRequest,
        HotlineCategory.Complaint => MatterCategory.Complaint,
        HotlineCategory.Suggestion => MatterCategory.Suggestion,
        _ => throw new ArgumentOutOfRangeException(nameof(category)),
    };
}

/// <summary>The hotline desk's reads for pages and the API (the record, as the steps' generated pages expect).</summary>
internal sealed class TicketQueries(HotlineDesk desk)
{
    public Task<HotlineTicket?> FindAsync(Guid id, CancellationToken ct) => desk.FindAsync(id, ct);
}

internal sealed record TicketResponse(Guid Id, string TicketNumber, Guid MatterId, string Category, string Subject, string Status, DateOnly ReceivedOn, DateOnly DueOn,
    string? Office, string? Assignee, DateOnly? RepliedOn, bool RepliedOnTime, string? Satisfaction, DateOnly? ReturnedOn, string? ReturnReason)
{
    public static TicketResponse From(HotlineTicket t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new(t.Id, t.TicketNumber, t.MatterId, DisputeLabels.HotlineCategory(t.Category), t.Subject, DisputeLabels.TicketStatus(t.Status), t.ReceivedOn, t.DueOn,
            t.OfficeName, t.AssigneeName, t.RepliedOn, t.RepliedOnTime, t.Satisfaction is { } s ? DisputeLabels.Satisfaction(s) : null, t.ReturnedOn, t.ReturnReason);
    }
}
