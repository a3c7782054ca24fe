using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Consultation.Contracts;
using Fazhi.Modules.Consultation.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Tenancy;
using Fazhi.Platform.Text;
using Fazhi.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Consultation;

/// <summary>Public consultation (公开征求意见), used by normative documents now and major decisions later.</summary>
public static class ConsultationModule
{
    public static IServiceCollection AddConsultation(this IServiceCollection services)
    {
        services.AddScoped<IConsultations, Consultations>();
        services.AddSingleton(new Fazhi.Modules.Portal.Contracts.PortalService("对征求意见稿提意见",
            "对正在公开征求意见的规范性文件、重大行政决策草案提出意见，征求意见结束后公布采纳情况。",
            "consultations", "consultations/status", 40, Fazhi.Modules.Portal.Contracts.PortalColumn.Interaction));
        services.AddConsultationDisplayLabels();
        services.AddScoped<Fazhi.Modules.Portal.Contracts.IPortalColumnSource, Portal.ConsultationColumnSource>();
        return services;
    }

    public static IEndpointRouteBuilder MapConsultationEndpoints(this IEndpointRouteBuilder app)
    {
        var open = app.MapApiGroup("/api/consultations", "公开征求意见");
        open.MapGet("/{id:guid}", GetPublicAsync).WithSummary("征求意见稿及已公布的采纳情况（不含意见人信息）");
        open.MapPost("/{id:guid}/comments", CommentAsync).ProducesProblem(StatusCodes.Status409Conflict).WithSummary("公众提交意见");

        var staff = app.MapApiGroup("/api/workspace/consultations", "公开征求意见");
        staff.MapGet("/{id:guid}/comments", CommentsAsync).WithSummary("收到的意见（含联系方式）");
        staff.MapPost("/{id:guid}/opinions", RecordOpinionAsync).WhoMay<ConsultationAnsweredByClerkOrLeader>().ProducesProblem(StatusCodes.Status409Conflict).WithSummary("登记信访、12345热线、公众号、座谈会等其他渠道收到的意见");
        staff.MapPost("/comments/{commentId:guid}/decision", DecideAsync).WhoMay<ConsultationAnsweredByClerkOrLeader>().ProducesProblem(StatusCodes.Status409Conflict).WithSummary("记录采纳或不予采纳及理由");
        staff.MapPost("/{id:guid}/summary", PublishSummaryAsync).WhoMay<ConsultationAnsweredByClerkOrLeader>().ProducesProblem(StatusCodes.Status409Conflict).WithSummary("公布意见采纳情况");
        return app;
    }

    private static async Task<Results<Ok<PublicConsultationResponse>, NotFound>> GetPublicAsync(Guid id, FazhiDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var c = await db.Published<PublicConsultation>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        return c is null ? TypedResults.NotFound() : TypedResults.Ok(PublicConsultationResponse.From(c, clock.Today()));
    }

    private static async Task<Results<Created<CommentReceiptResponse>, NotFound>> CommentAsync(Guid id, CommentRequest request, IConsultations consultations, FazhiDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var receipt = await consultations.AddCommentAsync(id, request.Article, request.Content, request.Name, request.Contact, clock.Today(), ct);
        if (receipt is null)
        {
            return TypedResults.NotFound();
        }

        await db.SaveChangesAsync(ct);
        // No location: a visitor cannot read a comment back — only its handling, on the status page with the contact.
        return TypedResults.Created((string?)null, new CommentReceiptResponse(receipt.ReceiptNumber));
    }

    private static async Task<Results<Ok<IReadOnlyList<ConsultationCommentInfo>>, NotFound>> CommentsAsync(Guid id, IConsultations consultations, TimeProvider clock, CancellationToken ct) =>
        await consultations.FindAsync(id, clock.Today(), ct) is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(await consultations.CommentsAsync(id, ct));

    private static async Task<Results<Created, NotFound>> RecordOpinionAsync(Guid id, OpinionRequest request, IConsultations consultations, FazhiDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var commentId = await consultations.RecordOpinionAsync(id,
            new OtherChannelOpinion(request.Channel!.Value, request.ReceivedOn!.Value, request.Article, request.Summary, request.SubmitterName, request.Contact), clock.Today(), http.User.ToActor(), ct);
        if (commentId is null)
        {
            return TypedResults.NotFound();
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/workspace/consultations/{id}/comments");
    }

    private static async Task<Results<NoContent, NotFound>> DecideAsync(Guid commentId, DecisionRequest request, IConsultations consultations, FazhiDbContext db, HttpContext http, CancellationToken ct)
    {
        if (!await consultations.DecideAsync(commentId, request.Adopted ? CommentDecision.Adopted : CommentDecision.NotAdopted, request.Reason, http.User.ToActor(), ct))
        {
            return TypedResults.NotFound();
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<ConsultationInfo>, NotFound>> PublishSummaryAsync(Guid id, IConsultations consultations, FazhiDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var info = await consultations.PublishSummaryAsync(id, clock.Today(), http.User.ToActor(), ct);
        if (info is null)
        {
            return TypedResults.NotFound();
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(info);
    }
}

/// <summary>The receipt number a commenter follows the opinion with (status page: number and contact).</summary>
internal sealed record CommentReceiptResponse(string ReceiptNumber);

public sealed record CommentRequest(
    [Range(1, 999, ErrorMessage = "条文序号须在1至999之间")] int? Article,
    [Required(ErrorMessage = "请填写意见内容"), MaxLength(4000, ErrorMessage = "意见内容不超过4000字")] string Content,
    [MaxLength(100, ErrorMessage = "姓名不超过100字")] string? Name,
    [MaxLength(200, ErrorMessage = "联系方式不超过200字")] string? Contact);

public sealed record OpinionRequest(
    [Required(ErrorMessage = "请选择意见来源渠道")] OpinionChannel? Channel,
    [Required(ErrorMessage = "请填写收到意见的日期")] DateOnly? ReceivedOn,
    [Range(1, 999, ErrorMessage = "条文序号须在1至999之间")] int? Article,
    [Required(ErrorMessage = "请填写意见摘要"), MaxLength(4000, ErrorMessage = "意见摘要不超过4000字")] string Summary,
    [MaxLength(100, ErrorMessage = "姓名不超过100字")] string? SubmitterName,
    [MaxLength(200, ErrorMessage = "联系方式不超过200字")] string? Contact);

public sealed record DecisionRequest(
    bool Adopted,
    [Required(ErrorMessage = "请填写采纳或不予采纳的理由"), MaxLength(2000, ErrorMessage = "理由不超过2000字")] string Reason);

internal sealed record PublicSummaryLine(int Order, string Channel, string Submitter, string Target, string Content, string Answer, string Reason);

internal sealed record ChannelCount(string Channel, int Received, int Adopted);

internal sealed record PublicConsultationResponse(Guid Id, string Title, string Text, string Explanation, DateOnly OpensOn, DateOnly ClosesOn, bool IsOpen, string Period, DateOnly? SummaryPublishedOn, IReadOnlyList<PublicSummaryLine> Summary,
    IReadOnlyList<ChannelCount> ByChannel)
{
    public static PublicConsultationResponse From(PublicConsultation c, DateOnly today) =>
        new(c.Id, c.Title, c.Text, c.Explanation, c.OpensOn, c.ClosesOn, c.IsOpenOn(today), c.PeriodDescription, c.SummaryPublishedOn,
            c.Summary.OrderBy(l => l.Order).Select(l => new PublicSummaryLine(l.Order, OpinionChannels.Label(l.Channel), l.Submitter,
                l.Article is { } a ? ArticleText.Label(a) : "全文", l.Content, l.Adopted ? "采纳" : "不予采纳", l.Reason)).ToList(),
            c.Summary.GroupBy(l => l.Channel).OrderBy(g => g.Key)
                .Select(g => new ChannelCount(OpinionChannels.Label(g.Key), g.Count(), g.Count(l => l.Adopted))).ToList());
}
