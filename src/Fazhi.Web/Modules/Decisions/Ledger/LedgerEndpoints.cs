using System.Text.Json.Serialization;
using Fazhi.Modules.Decisions.Contracts;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Decisions.Ledger;

/// <summary>A row of the decision ledger; <c>legalityOpinion</c> is the published API's name for the legality review's conclusion.</summary>
internal sealed record DecisionSummary(Guid Id, int Year, int Sequence, string Title, string Owner, DecisionStage Stage, RiskLevel? RiskLevel,
    [property: JsonPropertyName("legalityOpinion")] LegalityReviewOpinion? LegalityReviewOpinion, MeetingOutcome? Outcome, DateOnly? PublishedOn);

internal sealed record RiskRegisterLine(Guid DecisionId, string Decision, RiskLevel Level, bool HasContingencyPlan, string Category, string Description, int Likelihood, int Impact, int Score, string Mitigation);

/// <summary>The ledger's reads: the list, the risk register across decisions, the year's figures and the Excel export.</summary>
internal static class LedgerEndpoints
{
    internal static void MapDecisionLedger(this RouteGroupBuilder group)
    {
        group.MapGet("/", ListAsync).WithSummary("重大行政决策台账");
        group.MapGet("/risks", RisksAsync).WithSummary("风险点台账：按风险值、类别、等级查询各决策的风险点（第22–24条）");
        group.MapGet("/figures/{year:int}", (int year, IMajorDecisionFigures figures, FazhiDbContext db, CancellationToken ct) =>
            figures.ForYearAsync(db.Tenant.TownshipId!.Value, year, ct)).WithSummary("年度决策数据（供年度报告）");
        group.MapGet("/export.xlsx", async (int? year, DecisionLedger ledger, FazhiDbContext db, CancellationToken ct) =>
            TypedResults.File(await ledger.ExportAsync(db.Tenant.TownshipId!.Value, year, ct),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"重大行政决策台账{year}.xlsx")).WithSummary("导出决策台账");
    }

    private static async Task<List<DecisionSummary>> ListAsync(FazhiDbContext db, int? year, DecisionStage? stage, CancellationToken ct)
    {
        var query = db.Set<MajorDecision>().IgnoreAutoIncludes().AsQueryable();
        if (year is not null)
        {
            query = query.Where(d => d.Year == year);
        }

        if (stage is not null)
        {
            query = query.Where(d => d.Stage == stage);
        }

        return await query.OrderByDescending(d => d.Year).ThenByDescending(d => d.Sequence).Take(1000)
            .Select(d => new DecisionSummary(d.Id, d.Year, d.Sequence, d.Title, d.Owner, d.Stage, d.RiskLevel, d.LegalityReviewOpinion, d.Outcome, d.PublishedOn))
            .ToListAsync(ct);
    }

    /// <summary>Risk points across decisions, highest score first: the risk assessment as data that can be queried and reported.</summary>
    private static async Task<List<RiskRegisterLine>> RisksAsync(FazhiDbContext db, int? year, int? minScore, string? category, RiskLevel? level, CancellationToken ct)
    {
        var decisions = db.Set<MajorDecision>().IgnoreAutoIncludes().Where(d => d.RiskAssessedOn != null);
        if (year is not null)
        {
            decisions = decisions.Where(d => d.Year == year);
        }

        if (level is not null)
        {
            decisions = decisions.Where(d => d.RiskLevel == level);
        }

        var query = from d in decisions
                    join p in db.Set<RiskPoint>() on d.Id equals p.DecisionId
                    select new { d, p };
        if (minScore is not null)
        {
            query = query.Where(x => x.p.Score >= minScore);
        }

        if (!string.IsNullOrWhiteSpace(category))
        {
            query = query.Where(x => x.p.Category == category);
        }

        return await query.OrderByDescending(x => x.p.Score).ThenBy(x => x.d.Title).Take(1000)
            .Select(x => new RiskRegisterLine(x.d.Id, x.d.Title, x.d.RiskLevel!.Value, x.d.ContingencyPlan != null, x.p.Category, x.p.Description, x.p.Likelihood, x.p.Impact, x.p.Score, x.p.Mitigation))
            .ToListAsync(ct);
    }
}
