using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Enforcement.Cases;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Receipts;
using Fazhi.Platform.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Enforcement.Publicity;

/// <summary>Complaints about enforcement (投诉): received from the portal or at the window, linked to a case, answered in time.</summary>
internal sealed class ComplaintDesk(FazhiDbContext db, IDeadlines deadlines, IOptions<EnforcementOptions> options, TimeProvider clock)
{
    private DateOnly Today => Fazhi.Platform.Time.ChinaTime.Today(clock);

    public async Task<EnforcementComplaint> ReceiveAsync(Guid townshipId, ComplaintRequest request, DateOnly? receivedOn, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var received = receivedOn ?? Today;
        var sequence = await ReceiptNumbers.NextAsync<EnforcementComplaint>(db, townshipId, received.Year, ct);
        var complaint = new EnforcementComplaint
        {
            TownshipId = townshipId,
            ReceiptYear = received.Year,
            ReceiptSequence = sequence,
            ReceiptNumber = ReceiptNumbers.Format(EnforcementComplaint.ReceiptPrefix, received.Year, sequence),
            ComplainantName = request.Name.Trim(),
            ComplainantPhone = request.Phone?.Trim(),
            Content = request.Content.Trim(),
            ReceivedOn = received,
        };
        // A visitor may only add the complaint itself; the reply deadline it starts is the township's record, so that
        // part is written on the system's authority (the portal form is the only anonymous caller).
        return await db.AsTenantAsync(db.Tenant.Kind == TenantKind.Anonymous ? TenantContext.System : db.Tenant, async () =>
        {
            db.Add(complaint);
            await deadlines.OpenAsync(EnforcementDeadlines.ComplaintReply(options.Value), townshipId,
                new DeadlineSubject("enforcement", nameof(EnforcementComplaint), complaint.Id, $"执法投诉：{Shorten(complaint.Content)}", "/workspace/enforcement/complaints"),
                complaint.ReceivedOn, ct);
            await db.SaveChangesAsync(ct);
            return complaint;
        });
    }

    public async Task ReplyAsync(Actor by, EnforcementComplaint complaint, Guid? caseId, string reply, DateOnly? on, CancellationToken ct)
    {
        WhoMayRule.Of<ComplaintAnsweredByClerkOrLeader>().Check(by);
        if (complaint.RepliedOn is not null)
        {
            throw new BusinessRuleException("enforcement.complaint.already-replied", "该投诉已答复，答复内容不可修改（全过程留痕）。");
        }

        if (caseId is not null && !await db.Set<EnforcementCase>().AnyAsync(c => c.Id == caseId, ct))
        {
            throw new BusinessRuleException("enforcement.complaint.unknown-case", "所关联的案件不存在。");
        }

        var date = on ?? Today;
        if (date < complaint.ReceivedOn || date > Today)
        {
            throw new BusinessRuleException("enforcement.complaint.reply-date", "答复日期应在收到投诉之日与今天之间。");
        }

        complaint.CaseId = caseId;
        complaint.Reply = reply.Trim();
        complaint.RepliedBy = by.UserName;
        complaint.RepliedOn = date;
        await deadlines.MeetAsync(EnforcementDeadlines.ComplaintReply(options.Value).Code, complaint.Id, date, ct);
        await db.SaveChangesAsync(ct);
    }

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";
}

/// <summary>
/// 行政处罚法 第七十五条: the organ reviews complaints and reports about its enforcement and answers them; the township's
/// legal clerk (法制机构) or a leader answers, not the officers complained about (ADR 0010).
/// </summary>
internal sealed class ComplaintAnsweredByClerkOrLeader() : WhoMayRule(
    "enforcement.complaint.reply.who",
    "执法投诉由法制员或领导审查答复（《行政处罚法》第七十五条：行政机关应当认真审查投诉、举报，并及时反馈处理结果），执法人员不能答复针对执法的投诉。",
    Roles.LegalClerk, Roles.Leader);

public sealed record ComplaintRequest(
    [property: Required(ErrorMessage = "请填写您的姓名"), MaxLength(50, ErrorMessage = "姓名不超过 50 字")] string Name,
    [property: RegularExpression(@"^[0-9\-+ ]{7,20}$", ErrorMessage = "请填写有效的联系电话")] string? Phone,
    [property: Required(ErrorMessage = "请填写投诉内容"), MinLength(10, ErrorMessage = "投诉内容至少 10 个字"), MaxLength(4000, ErrorMessage = "投诉内容不超过 4000 字")] string Content);

/// <summary>What a complainant gets back: the receipt number to follow the complaint with, and the day it was received.</summary>
internal sealed record ComplaintReceipt(string ReceiptNumber, DateOnly ReceivedOn);

public sealed record ReplyRequest(
    Guid? CaseId,
    [property: Required(ErrorMessage = "请填写答复内容"), MaxLength(4000, ErrorMessage = "答复不超过 4000 字")] string Reply,
    DateOnly? On);

internal static class ComplaintEndpoints
{
    internal static void MapComplaintEndpoints(this RouteGroupBuilder group)
    {
        // The same rows, filters and order as the page (ComplaintLedger); state is pending or replied.
        group.MapGet("/complaints", async (string? state, int? year, string? q, ComplaintLedger ledger, CancellationToken ct) =>
            await ledger.AllAsync(new ComplaintFilter(state, year, q), ct))
            .WithSummary("执法投诉台账");
        group.MapPost("/complaints/{id:guid}/reply", async Task<Results<NoContent, NotFound>> (Guid id, ReplyRequest r, ComplaintDesk desk, FazhiDbContext db, HttpContext http, CancellationToken ct) =>
        {
            var complaint = await db.Set<EnforcementComplaint>().SingleOrDefaultAsync(c => c.Id == id, ct);
            if (complaint is null)
            {
                return TypedResults.NotFound();
            }

            await desk.ReplyAsync(http.User.ToActor(), complaint, r.CaseId, r.Reply, r.On, ct);
            return TypedResults.NoContent();
        }).WhoMay<ComplaintAnsweredByClerkOrLeader>().ProducesProblem(StatusCodes.Status409Conflict).WithSummary("答复投诉");
    }

    /// <summary>The public complaint channel of 执法公示 (国办发〔2018〕118号: 监督渠道), by township division code.</summary>
    internal static void MapPublicComplaintEndpoint(this RouteGroupBuilder group) =>
        group.MapPost("/{code}/complaints", async Task<Results<Accepted<ComplaintReceipt>, NotFound>> (string code, ComplaintRequest r, ComplaintDesk desk, FazhiDbContext db, CancellationToken ct) =>
        {
            var township = await db.Set<Township>().SingleOrDefaultAsync(t => t.DivisionCode == code, ct);
            if (township is null)
            {
                return TypedResults.NotFound();
            }

            var complaint = await desk.ReceiveAsync(township.Id, r, null, ct);
            return TypedResults.Accepted($"/t/{code}/enforcement/complaint/status", new ComplaintReceipt(complaint.ReceiptNumber, complaint.ReceivedOn));
        }).AllowAnonymous().WithSummary("提交执法投诉（公开）：返回受理编号，凭受理编号和联系电话在门户查询办理进度");
}
