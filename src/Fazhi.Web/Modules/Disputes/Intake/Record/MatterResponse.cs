using Fazhi.Modules.Disputes.Model;

namespace Fazhi.Modules.Disputes.Intake.Record;

internal sealed record MatterReplyResponse(DateOnly RepliedOn, string Text, string By, bool IsFinal);

/// <summary>A matter as the workspace API returns it (staff only: the requester is not masked here).</summary>
internal sealed record MatterResponse(Guid Id, string ReceiptNumber, string Channel, string Category, string Topic, string Subject, string Content, DateOnly ReceivedOn,
    string RequesterName, string? RequesterPhone, string? Village, string Procedure, Guid? ProcedureRecordId, string Status, Guid? LinkedToId, string? LinkReason,
    string? Office, string? Assignee, DateOnly? RepliedOn, string? Satisfaction, DateOnly? ClosedOn, IReadOnlyList<MatterReplyResponse> Replies)
{
    public static MatterResponse From(Matter m, Matter? first = null)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new(m.Id, m.ReceiptNumber, DisputeLabels.Channel(m.Channel), DisputeLabels.Category(m.Category), DisputeLabels.Topic(m.Topic), m.Subject, m.Content, m.ReceivedOn,
            m.RequesterName, m.RequesterPhone, m.VillageName, DisputeLabels.Procedure(m.Procedure), m.ProcedureRecordId, DisputeLabels.Status(m.Status), first?.Id ?? m.LinkedToId, m.LinkReason,
            m.OfficeName, m.AssigneeName, m.RepliedOn, m.Satisfaction is { } s ? DisputeLabels.Satisfaction(s) : null, m.ClosedOn,
            [.. m.Replies.OrderBy(r => r.RepliedOn).Select(r => new MatterReplyResponse(r.RepliedOn, r.Text, r.By, r.IsFinal))]);
    }
}
