using System.ComponentModel.DataAnnotations;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Enforcement.Officers;

internal static class OfficerEndpoints
{
    internal static void MapOfficerEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/officers", ListAsync).WithSummary("执法人员名册与证件预警");
        group.MapPost("/officers", AddAsync).WhoMay<OfficerRegisterKeptByClerkOrLeader>().ProducesProblem(StatusCodes.Status409Conflict).WithSummary("登记执法人员");
        group.MapPost("/officers/{id:guid}/reviews", ReviewAsync).WhoMay<OfficerRegisterKeptByClerkOrLeader>().ProducesProblem(StatusCodes.Status409Conflict).WithSummary("登记年审结果");
        group.MapPost("/officers/{id:guid}/trainings", TrainingAsync).WhoMay<OfficerRegisterKeptByClerkOrLeader>().ProducesProblem(StatusCodes.Status409Conflict).WithSummary("登记培训与考试");
        group.MapPost("/officers/{id:guid}/departure", DepartureAsync).WhoMay<OfficerRegisterKeptByClerkOrLeader>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("登记离岗（自离岗日起不得执法，此前年度的统计不变）");
        group.MapPost("/officers/{id:guid}/certificate", RenewAsync).WhoMay<OfficerRegisterKeptByClerkOrLeader>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("换发执法证（原证件及其有效期留存）");
    }

    private static async Task<Results<NoContent, NotFound>> DepartureAsync(Guid id, DepartureRequest r, OfficerRegistry registry, FazhiDbContext db, HttpContext http, CancellationToken ct)
    {
        var officer = await db.Set<Officer>().SingleOrDefaultAsync(o => o.Id == id, ct);
        if (officer is null)
        {
            return TypedResults.NotFound();
        }

        await registry.RecordDepartureAsync(http.User.ToActor(), officer, r.LeftOn!.Value, r.Reason!, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, NotFound>> RenewAsync(Guid id, CertificateRenewalRequest r, OfficerRegistry registry, FazhiDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var officer = await db.Set<Officer>().SingleOrDefaultAsync(o => o.Id == id, ct);
        if (officer is null)
        {
            return TypedResults.NotFound();
        }

        await registry.RenewCertificateAsync(http.User.ToActor(), officer, r, Fazhi.Platform.Time.ChinaTime.Today(clock), ct);
        return TypedResults.NoContent();
    }

    private static async Task<List<OfficerResponse>> ListAsync(FazhiDbContext db, IOptions<EnforcementOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var today = Fazhi.Platform.Time.ChinaTime.Today(clock);
        var officers = await db.Set<Officer>().OrderBy(o => o.Name).ToListAsync(ct);
        return officers.Select(o => new OfficerResponse(o.Id, o.Name, o.Position, o.CertificateNumber, o.CertificateValidFrom, o.CertificateValidTo, o.JoinedOn, o.LeftOn,
            o.WhyNotCertified(today, options.Value) is null,
            OfficerRegistry.WarningsFor(o, today, options.Value).Select(w => w.Message).ToList())).ToList();
    }

    private static async Task<Created<OfficerResponse>> AddAsync(OfficerRequest input, OfficerRegistry registry, FazhiDbContext db, HttpContext http, IOptions<EnforcementOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var officer = await registry.AddAsync(http.User.ToActor(), db.Tenant.TownshipId!.Value, input, ct);
        var today = Fazhi.Platform.Time.ChinaTime.Today(clock);
        return TypedResults.Created($"/api/workspace/enforcement/officers/{officer.Id}", new OfficerResponse(officer.Id, officer.Name, officer.Position,
            officer.CertificateNumber, officer.CertificateValidFrom, officer.CertificateValidTo, officer.JoinedOn, officer.LeftOn, officer.WhyNotCertified(today, options.Value) is null,
            OfficerRegistry.WarningsFor(officer, today, options.Value).Select(w => w.Message).ToList()));
    }

    private static async Task<Results<NoContent, NotFound>> ReviewAsync(Guid id, ReviewRequest r, OfficerRegistry registry, FazhiDbContext db, HttpContext http, CancellationToken ct)
    {
        var officer = await db.Set<Officer>().SingleOrDefaultAsync(o => o.Id == id, ct);
        if (officer is null)
        {
            return TypedResults.NotFound();
        }

        await registry.RecordReviewAsync(http.User.ToActor(), officer, r.Year, r.Passed, r.ReviewedOn!.Value, r.Note, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, NotFound>> TrainingAsync(Guid id, TrainingRequest r, OfficerRegistry registry, FazhiDbContext db, HttpContext http, CancellationToken ct)
    {
        var officer = await db.Set<Officer>().SingleOrDefaultAsync(o => o.Id == id, ct);
        if (officer is null)
        {
            return TypedResults.NotFound();
        }

        await registry.RecordTrainingAsync(http.User.ToActor(), officer, new TrainingRecord { Year = r.Year, Title = r.Title, Hours = r.Hours, ExamScore = r.ExamScore, ExamPassed = r.ExamPassed }, ct);
        return TypedResults.NoContent();
    }
}

internal sealed record OfficerResponse(Guid Id, string Name, string Position, string CertificateNumber, DateOnly ValidFrom, DateOnly ValidTo,
    DateOnly JoinedOn, DateOnly? LeftOn, bool MayEnforce, IReadOnlyList<string> Warnings);

public sealed record ReviewRequest(
    [property: Range(2000, 2100, ErrorMessage = "年度无效")] int Year,
    bool Passed,
    [property: Required(ErrorMessage = "请填写年审日期")] DateOnly? ReviewedOn,
    [property: MaxLength(500, ErrorMessage = "备注不超过 500 字")] string? Note);

public sealed record TrainingRequest(
    [property: Range(2000, 2100, ErrorMessage = "年度无效")] int Year,
    [property: Required(ErrorMessage = "请填写培训名称"), MaxLength(200, ErrorMessage = "不超过 200 字")] string Title,
    [property: Range(0.5, 500, ErrorMessage = "学时应在 0.5 到 500 之间")] decimal Hours,
    [property: Range(0, 100, ErrorMessage = "成绩应在 0 到 100 之间")] decimal? ExamScore,
    bool? ExamPassed);
