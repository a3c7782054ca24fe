using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.WaitingWork;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Disputes.Contracts;

/// <summary>
/// 待我办理 of 矛盾纠纷 and 信访 (ADR 0027), in one query over the three ways in: a 信访 petition to accept and notify
/// (《信访工作条例》第二十三条) or to end with a 处理意见书 (第三十四条), whose handling period only a leader may extend;
/// a 12345 ticket to dispatch, then answered by the person it was dispatched to; a general matter to route, then answered
/// by its assignee. Mediation cases name mediators of the committee register, not accounts, so they wait on no one here.
/// </summary>
internal sealed class DisputesWaitingWork(FazhiDbContext db) : IWaitingWorkSource
{
    private const string Area = "矛盾纠纷和信访";

    private const int PetitionKind = 1;
    private const int TicketKind = 2;
    private const int MatterKind = 3;

    public async Task<IReadOnlyList<WaitingItem>> ForAsync(WaitingFor who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(who);
        var clerk = who.Is(Roles.LegalClerk);
        var leader = who.Is(Roles.Leader);
        var me = who.UserName;

        // Each branch keeps only the rows whose next step is this person's; a staff member without either role still
        // answers what was dispatched or routed to them by name.
        var petitions = db.Set<Petition>().AsNoTracking()
            .Where(p => p.TownshipId == who.TownshipId
                        && ((clerk && (p.Status == PetitionStatus.Registered || p.Status == PetitionStatus.Accepted))
                            || (leader && p.Status == PetitionStatus.Accepted && p.ExtensionDays == 0)))
            .Select(p => new Row
            {
                Kind = PetitionKind,
                Id = p.Id,
                Title = p.Number + " " + p.Subject,
                Stage = (int)p.Status,
                Assignee = null,
                OwnDue = p.HandlingDueOn,
                Due = db.Set<Deadline>()
                    .Where(x => x.SubjectId == p.Id && x.Owner == DeadlineOwner.Government
                                && (x.State == DeadlineState.Pending || x.State == DeadlineState.DueSoon || x.State == DeadlineState.Overdue))
                    .OrderBy(x => x.DueDate).Select(x => (DateOnly?)x.DueDate).FirstOrDefault(),
                Ending = db.Set<Deadline>().Any(x => x.SubjectId == p.Id && x.Owner == DeadlineOwner.Government
                                                     && (x.State == DeadlineState.DueSoon || x.State == DeadlineState.Overdue)),
            });
        var tickets = db.Set<HotlineTicket>().AsNoTracking()
            .Where(t => t.TownshipId == who.TownshipId
                        && ((clerk && t.Status == HotlineTicketStatus.Received)
                            || (t.Status == HotlineTicketStatus.Dispatched && (t.AssigneeUserName == me || (clerk && t.AssigneeUserName == null)))
                            || (clerk && t.Status == HotlineTicketStatus.Replied)))
            .Select(t => new Row
            {
                Kind = TicketKind,
                Id = t.Id,
                Title = t.TicketNumber + " " + t.Subject,
                Stage = (int)t.Status,
                Assignee = t.AssigneeUserName,
                OwnDue = t.DueOn,
                Due = null,
                Ending = false,
            });
        var matters = db.Set<Matter>().AsNoTracking()
            .Where(m => m.TownshipId == who.TownshipId && m.Procedure == MatterProcedure.General
                        && ((clerk && m.Status == MatterStatus.Received)
                            || (m.Status == MatterStatus.InProgress && m.AssigneeUserName == me)))
            .Select(m => new Row
            {
                Kind = MatterKind,
                Id = m.Id,
                Title = m.ReceiptNumber + " " + m.Subject,
                Stage = (int)m.Status,
                Assignee = m.AssigneeUserName,
                OwnDue = null,
                Due = db.Set<Deadline>()
                    .Where(x => x.SubjectId == m.Id && x.Owner == DeadlineOwner.Government
                                && (x.State == DeadlineState.Pending || x.State == DeadlineState.DueSoon || x.State == DeadlineState.Overdue))
                    .OrderBy(x => x.DueDate).Select(x => (DateOnly?)x.DueDate).FirstOrDefault(),
                Ending = false,
            });

        var rows = await petitions.Concat(tickets).Concat(matters).ToListAsync(cancellationToken);
        var items = new List<WaitingItem>();
        foreach (var r in rows)
        {
            switch (r.Kind)
            {
                case PetitionKind:
                    var url = $"/workspace/disputes/petitions/{r.Id}";
                    if (clerk && r.Stage == (int)PetitionStatus.Registered)
                    {
                        items.Add(new WaitingItem(Area, "决定是否受理并书面告知信访人", r.Title, url, r.Due, "收到信访事项之日起15日内书面告知（《信访工作条例》第二十三条）"));
                    }
                    else if (clerk && r.Stage == (int)PetitionStatus.Accepted)
                    {
                        items.Add(new WaitingItem(Area, "出具信访处理意见书", r.Title, url, r.Due ?? r.OwnDue, "自受理之日起60日内办结（《信访工作条例》第三十四条）"));
                    }

                    if (leader && r.Stage == (int)PetitionStatus.Accepted && r.Ending)
                    {
                        items.Add(new WaitingItem(Area, "审批是否延长信访办理期限", r.Title, $"{url}/extension", r.Due ?? r.OwnDue, "情况复杂的，经本机关负责人批准可以延长，不超过30日（《信访工作条例》第三十四条）"));
                    }

                    break;
                case TicketKind:
                    var ticket = $"/workspace/disputes/hotline/{r.Id}";
                    items.Add(r.Stage switch
                    {
                        (int)HotlineTicketStatus.Received => new WaitingItem(Area, "派单（12345工单）", r.Title, ticket, r.OwnDue, "在承办时限内分派到办公室和承办人"),
                        (int)HotlineTicketStatus.Dispatched => new WaitingItem(Area, "答复12345工单", r.Title, ticket, r.OwnDue, r.Assignee is null ? "已派单但未指定承办人" : "已派给您承办"),
                        _ => new WaitingItem(Area, "回访评价（12345工单）", r.Title, ticket, null, "答复后回访诉求人并登记满意度"),
                    });
                    break;
                default:
                    var matter = $"/workspace/disputes/matters/{r.Id}";
                    items.Add(r.Stage == (int)MatterStatus.Received
                        ? new WaitingItem(Area, "分办群众诉求", r.Title, matter, r.Due, "分办到承办办公室和承办人，或转入调解、信访程序")
                        : new WaitingItem(Area, "答复群众诉求", r.Title, matter, r.Due, "已分办给您承办"));
                    break;
            }
        }

        return items;
    }

    /// <summary>One row shape for the three kinds of record, so the three branches are one SQL UNION ALL.</summary>
    private sealed class Row
    {
        public int Kind { get; init; }

        public Guid Id { get; init; }

        public string Title { get; init; } = "";

        public int Stage { get; init; }

        public string? Assignee { get; init; }

        public DateOnly? OwnDue { get; init; }

        public DateOnly? Due { get; init; }

        public bool Ending { get; init; }
    }
}
