using Fazhi.Modules.Advisors.Engagements.Assess;
using Fazhi.Modules.Advisors.Engagements.RecordService;
using Fazhi.Modules.Advisors.Engagements.SignContract;
using Fazhi.Modules.Advisors.Model;
using Fazhi.Modules.Advisors.Reviews.GiveOpinion;
using Fazhi.Modules.Advisors.Reviews.Record;
using Fazhi.Modules.Advisors.Reviews.RecordSigning;
using Fazhi.Modules.Advisors.Reviews.SubmitReview;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Advisors;

internal sealed record AdvisorContractResponse(Guid Id, string AdvisorName, AdvisorKind Kind, string? LawFirm, DateOnly StartsOn, DateOnly EndsOn, decimal Fee, string Scope,
    bool CoversTownship, IReadOnlyList<Guid> VillageIds)
{
    public static AdvisorContractResponse From(AdvisorContract c) =>
        new(c.Id, c.AdvisorName, c.Kind, c.LawFirm, c.StartsOn, c.EndsOn, c.Fee, c.Scope, c.CoversTownship, c.Villages.Select(v => v.VillageId).ToList());
}

internal sealed record ContractReviewResponse(Guid Id, string Title, string Counterparty, decimal? Amount, DateOnly SubmittedOn, string? Reviewer, ReviewOpinion? Opinion,
    DateOnly? ReviewedOn, bool? Adopted, DateOnly? SignedOn, bool SignedBeforeReview)
{
    public static ContractReviewResponse From(ContractReview r) =>
        new(r.Id, r.Title, r.Counterparty, r.Amount, r.SubmittedOn, r.Reviewer, r.Opinion, r.ReviewedOn, r.Adopted, r.SignedOn, r.SignedBeforeReview);
}

/// <summary>The API of the module's steps; each names the same rule as its page (ADR 0010).</summary>
internal static class AdvisorEndpoints
{
    internal static void MapAdvisorSteps(this RouteGroupBuilder group)
    {
        group.MapGet("/contracts/{id:guid}", async (Guid id, FazhiDbContext db, CancellationToken ct) =>
            await db.Set<AdvisorContract>().SingleOrDefaultAsync(c => c.Id == id, ct) is { } c ? Results.Ok(AdvisorContractResponse.From(c)) : Results.NotFound()).WithSummary("法律顾问聘用合同");
        group.MapPost("/contracts", async (SignContractRequest request, SignContractHandler handler, HttpContext http, CancellationToken ct) =>
                Results.Ok(AdvisorContractResponse.From(await handler.HandleAsync(http.User.ToActor(), request, ct))))
            .WhoMay<AdvisorsEngagedByClerkOrLeader>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).WithSummary("聘用法律顾问");
        group.MapPost("/contracts/{id:guid}/services", async (Guid id, RecordServiceRequest request, RecordServiceHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } s ? Results.Ok(new { s.Id, s.Kind, s.On, s.Subject, s.PeopleServed, s.RelatedRecord }) : Results.NotFound())
            .WhoMay<ServicesRecordedByAdvisorOrClerk>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).WithSummary("登记法律咨询或法律意见");
        group.MapPost("/contracts/{id:guid}/assessments", async (Guid id, AssessAdvisorRequest request, AssessAdvisorHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } a ? Results.Ok(new { a.Id, a.ContractId, a.Year, a.Half, a.Grade, a.Remarks, a.AssessedOn, a.Assessor }) : Results.NotFound())
            .WhoMay<AdvisorsAssessedByLeader>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).WithSummary("法律顾问半年考核");
        group.MapGet("/reviews/{id:guid}", async (Guid id, FazhiDbContext db, CancellationToken ct) =>
            await db.Set<ContractReview>().SingleOrDefaultAsync(r => r.Id == id, ct) is { } r ? Results.Ok(ContractReviewResponse.From(r)) : Results.NotFound()).WithSummary("合同合法性审查");
        group.MapGet("/reviews/export.xlsx", async ([AsParameters] ReviewFilter filter, ReviewLedger ledger, CancellationToken ct) =>
            Results.File(await ledger.ExportAsync(filter, ct), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "合同合法性审查台账.xlsx")).WithSummary("合同合法性审查台账（Excel）");
        group.MapPost("/reviews", async (SubmitReviewRequest request, SubmitReviewHandler handler, HttpContext http, CancellationToken ct) =>
                Results.Ok(ContractReviewResponse.From(await handler.HandleAsync(http.User.ToActor(), request, ct))))
            .WhoMay<ReviewsSubmittedByClerkOrLeader>().ProducesValidationProblem().WithSummary("送审合同");
        group.MapPost("/reviews/{id:guid}/opinion", async (Guid id, GiveOpinionRequest request, GiveOpinionHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } r ? Results.Ok(ContractReviewResponse.From(r)) : Results.NotFound())
            .WhoMay<OpinionGivenByAdvisorOrClerk>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).WithSummary("出具合法性审查意见");
        group.MapPost("/reviews/{id:guid}/signing", async (Guid id, RecordSigningRequest request, RecordSigningHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } r ? Results.Ok(ContractReviewResponse.From(r)) : Results.NotFound())
            .WhoMay<SigningRecordedByClerkOrLeader>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).WithSummary("登记合同签订");
    }
}
