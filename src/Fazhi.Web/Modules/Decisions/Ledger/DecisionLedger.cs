using Fazhi.Modules.Consultation.Contracts;
using Fazhi.Modules.Decisions.Contracts;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Fazhi.Modules.Decisions.Ledger;

/// <summary>The decision ledger (重大行政决策台账) and the figures computed from it; nothing is typed in.</summary>
internal sealed class DecisionLedger(FazhiDbContext db, IConsultations consultations) : IMajorDecisionFigures
{
    /// <summary>One township's figures (its ledger page).</summary>
    public async Task<MajorDecisionYearFigures> ForYearAsync(Guid townshipId, int year, CancellationToken cancellationToken) =>
        (await ForTownshipsAsync([townshipId], year, cancellationToken))[townshipId];

    public async Task<IReadOnlyDictionary<Guid, MajorDecisionYearFigures>> ForTownshipsAsync(IReadOnlyCollection<Guid> townshipIds, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(townshipIds);
        var ids = townshipIds.Distinct().ToList();
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        // Projections, not whole decisions with their six collections: one row per decision that touched the year,
        // for all the townships together (ADR 0020).
        var decisions = await db.Set<MajorDecision>().IgnoreAutoIncludes().AsNoTracking()
            .Where(d => ids.Contains(d.TownshipId)
                && ((d.DecidedOn >= start && d.DecidedOn <= end)
                    || (d.CommentOpensOn >= start && d.CommentOpensOn <= end)
                    || d.Hearings.Any(h => h.RecordSigned && h.HeldOn >= start && h.HeldOn <= end)
                    || d.Evaluations.Any(e => e.CompletedOn >= start && e.CompletedOn <= end)))
            .Select(d => new
            {
                d.TownshipId,
                Made = d.DecidedOn >= start && d.DecidedOn <= end
                    && (d.Stage == DecisionStage.Adopted || d.Stage == DecisionStage.Published || d.Stage == DecisionStage.Implementing || d.Stage == DecisionStage.Evaluated),
                PublicParticipation = d.ConsultationId != null || d.Hearings.Any(),
                ExpertReview = d.ExpertOpinions.Any(),
                RiskAssessment = d.RiskAssessedOn != null,
                LegalityPassed = d.LegalityReviewOpinion == LegalityReviewOpinion.Passed || d.LegalityReviewOpinion == LegalityReviewOpinion.PassedWithChanges,
                Hearings = d.Hearings.Count(h => h.RecordSigned && h.HeldOn >= start && h.HeldOn <= end),
                Consultation = d.CommentOpensOn >= start && d.CommentOpensOn <= end ? d.ConsultationId : null,
                Evaluations = d.Evaluations.Count(e => e.CompletedOn >= start && e.CompletedOn <= end),
            })
            .ToListAsync(cancellationToken);
        var comments = await consultations.CommentCountsAsync([.. decisions.Select(d => d.Consultation).OfType<Guid>()], cancellationToken);
        var matters = await db.Set<CollectiveMatter>().AsNoTracking()
            .Where(m => ids.Contains(m.TownshipId) && m.MeetingId != null && m.DecidedOn >= start && m.DecidedOn <= end)
            .GroupBy(m => m.TownshipId).Select(g => new { TownshipId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.TownshipId, g => g.Count, cancellationToken);

        // Looked up by township: scanning every row once per township grows with the square of the county (bench/Fazhi.Bench.Scale).
        var decisionsByTownship = decisions.ToLookup(x => x.TownshipId);
        return ids.ToDictionary(id => id, id =>
        {
            var own = decisionsByTownship[id].ToList();
            var made = own.Where(d => d.Made).ToList();
            var counts = own.Select(d => d.Consultation).OfType<Guid>().Select(c => comments.GetValueOrDefault(c) ?? new CommentCounts(0, 0)).ToList();
            return new MajorDecisionYearFigures(
                year,
                made.Count,
                made.Count(d => d.PublicParticipation),
                made.Count(d => d.ExpertReview),
                made.Count(d => d.RiskAssessment),
                made.Count(d => d.LegalityPassed),
                own.Sum(d => d.Hearings),
                counts.Sum(c => c.Received),
                counts.Sum(c => c.Adopted),
                matters.GetValueOrDefault(id),
                own.Sum(d => d.Evaluations));
        });
    }

    public async Task<byte[]> ExportAsync(Guid townshipId, int? year, CancellationToken ct)
    {
        var query = db.Set<MajorDecision>().Where(d => d.TownshipId == townshipId);
        if (year is not null)
        {
            query = query.Where(d => d.Year == year);
        }

        var decisions = await query.OrderBy(d => d.Year).ThenBy(d => d.Sequence).ToListAsync(ct);
        var rows = decisions.Select(d => new Dictionary<string, object?>
        {
            ["编号"] = d.Number,
            ["决策事项"] = d.Title,
            ["类别"] = DecisionLabels.Category(d.Category),
            ["承办单位"] = d.Owner,
            ["启动日期"] = d.InitiatedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["阶段"] = DecisionLabels.Stage(d.Stage),
            ["公开征求意见"] = d.CommentClosesOn is { } c ? $"{d.CommentOpensOn:yyyy-MM-dd}至{c:yyyy-MM-dd}" : "",
            ["听证会"] = d.Hearings.Count,
            ["专家论证"] = d.ExpertOpinions.Count,
            ["风险等级"] = d.RiskLevel is { } r ? DecisionLabels.Risk(r) : "",
            ["合法性审查"] = d.LegalityReviewOpinion is { } o ? DecisionLabels.ReviewOpinion(o) : "",
            ["集体讨论"] = d.Outcome is { } m ? $"{d.DecidedOn:yyyy-MM-dd} {DecisionLabels.Outcome(m)}" : "",
            ["党委请示报告"] = !d.RequiresPartyCommitteeReport ? "无须报请"
                : d.PartyRepliedOn is { } replied ? $"{replied:yyyy-MM-dd} {(d.PartyAgreed == true ? "同意" : "不同意")}"
                : d.PartyReportedOn is { } reported ? $"{reported:yyyy-MM-dd}已报告，待答复" : "须报请，尚未报告",
            ["公布"] = d.PublishedOn is { } p ? $"{p:yyyy-MM-dd} {d.DocumentNumber}" : "",
            ["决策后评估"] = d.Evaluations.Count(e => e.CompletedOn is not null),
            ["档案"] = d.ArchiveClosedOn is { } a ? $"{a:yyyy-MM-dd}已归档" : "未归档",
        }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, sheetName: "重大行政决策台账", cancellationToken: ct);
        return stream.ToArray();
    }
}
