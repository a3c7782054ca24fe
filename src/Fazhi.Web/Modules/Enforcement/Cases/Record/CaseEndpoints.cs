using Fazhi.Modules.Enforcement.Cases.Closing;
using Fazhi.Modules.Enforcement.Cases.Decision;
using Fazhi.Modules.Enforcement.Cases.Discussion;
using Fazhi.Modules.Enforcement.Cases.Execution;
using Fazhi.Modules.Enforcement.Cases.Filing;
using Fazhi.Modules.Enforcement.Cases.HearingNotice;
using Fazhi.Modules.Enforcement.Cases.HearingRecord;
using Fazhi.Modules.Enforcement.Cases.HearingRequest;
using Fazhi.Modules.Enforcement.Cases.Investigation;
using Fazhi.Modules.Enforcement.Cases.LegalReview.Opinion;
using Fazhi.Modules.Enforcement.Cases.LegalReview.Submission;
using Fazhi.Modules.Enforcement.Cases.Notice;
using Fazhi.Modules.Enforcement.Cases.OnTheSpot;
using Fazhi.Modules.Enforcement.Cases.PeriodExtension;
using Fazhi.Modules.Enforcement.Cases.Publication;
using Fazhi.Modules.Enforcement.Cases.Revocation;
using Fazhi.Modules.Enforcement.Cases.Service;
using Fazhi.Modules.Enforcement.Cases.Statement;
using Fazhi.Modules.Enforcement.Cases.Withdrawal;
using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Enforcement.Cases.Record;

/// <summary>
/// The case's API: the ledger and the record to read, and one POST per statutory step, each mapped from the step's own
/// folder (ADR 0010) with the rule of who may take it.
/// </summary>
internal static class CaseEndpoints
{
    internal static void MapCaseEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/cases", ListAsync).WithSummary("案件台账");
        group.MapGet("/cases/{id:guid}", GetAsync).WithSummary("案件详情");
        group.MapGet("/cases/export.xlsx", ExportAsync).WithSummary("导出案件台账");
        group.MapFileCase();
        group.MapDecideOnTheSpot();
        group.MapAddEvidence();
        group.MapNotifyParty();
        group.MapRecordStatement();
        group.MapRequestHearing();
        group.MapScheduleHearing();
        group.MapRecordHearing();
        group.MapSubmitForLegalReview();
        group.MapGiveLegalReviewOpinion();
        group.MapRecordDiscussion();
        group.MapDecidePenalty();
        group.MapExtendDecisionPeriod();
        group.MapServeDecision();
        group.MapRecordExecution();
        group.MapCloseCase();
        group.MapPublishPenalty();
        group.MapRevokeDecision();
        group.MapWithdrawPublication();
    }

    private static async Task<Results<Ok<CaseResponse>, NotFound>> GetAsync(Guid id, FazhiDbContext db, CancellationToken ct) =>
        await db.FindCaseAsync(id, ct) is { } @case ? TypedResults.Ok(CaseResponse.From(@case)) : TypedResults.NotFound();

    private static async Task<List<CaseResponse>> ListAsync(FazhiDbContext db, int? year, CaseStage? stage, CancellationToken ct)
    {
        var query = db.Set<EnforcementCase>().AsQueryable();
        if (year is not null)
        {
            query = query.Where(c => c.Year == year);
        }

        if (stage is not null)
        {
            query = query.Where(c => c.Stage == stage);
        }

        var cases = await query.OrderByDescending(c => c.Year).ThenByDescending(c => c.Sequence).Take(1000).ToListAsync(ct);
        return cases.Select(CaseResponse.From).ToList();
    }

    private static async Task<FileContentHttpResult> ExportAsync(CaseLedger ledger, FazhiDbContext db, int? year, CancellationToken ct) =>
        TypedResults.File(await ledger.ExportAsync(db.Tenant.TownshipId!.Value, year, ct),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"行政处罚案件台账{year}.xlsx");
}

