using Fazhi.Modules.Education.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.WaitingWork;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Education.Contracts;

/// <summary>
/// 待我办理 of 学法用法 (ADR 0027), in one query: a staff legal-knowledge exam that has been held but whose results are not
/// yet imported waits on the clerk — until then 参考率 and 合格率 (八五普法规划: 国家工作人员学法考法) cannot be stated.
/// Study sessions, trainings and publicity activities are recorded after they happen and have no step that waits.
/// </summary>
internal sealed class EducationWaitingWork(FazhiDbContext db) : IWaitingWorkSource
{
    private const string Area = "学法用法";

    public async Task<IReadOnlyList<WaitingItem>> ForAsync(WaitingFor who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (!who.Is(Roles.LegalClerk))
        {
            return [];
        }

        var rows = await db.Set<LegalExam>().AsNoTracking().IgnoreAutoIncludes()
            .Where(e => e.TownshipId == who.TownshipId && e.HeldOn <= who.Today && !e.Results.Any())
            .Select(e => new { e.Id, e.Title, e.HeldOn })
            .ToListAsync(cancellationToken);

        return
        [
            .. rows.Select(e => new WaitingItem(Area, "导入学法考试成绩", e.Title, $"/workspace/education/exams/{e.Id}/results", null,
                $"考试已于 {e.HeldOn:yyyy-MM-dd} 举行，导入成绩后统计参考率、合格率")),
        ];
    }
}
