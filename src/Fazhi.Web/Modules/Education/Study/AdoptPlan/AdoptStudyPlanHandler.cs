using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Education.Excel;
using Fazhi.Modules.Education.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Education.Study.AdoptPlan;

public sealed record PlannedSession([Range(1, 12, ErrorMessage = "月份应为 1 至 12。")] int Month, [EnumDataType(typeof(StudyKind), ErrorMessage = "请选择学法形式。")] StudyKind Kind,
    [Required(ErrorMessage = "请填写学习主题。"), MaxLength(200, ErrorMessage = "主题不超过 200 字。")] string Topic);

/// <summary>制定年度学法计划: the sessions planned for the year, month by month; adopting again replaces the list.</summary>
public sealed record AdoptStudyPlanRequest(
    [Required(ErrorMessage = "请填写计划名称。"), MaxLength(200, ErrorMessage = "名称不超过 200 字。")] string Title,
    [Required(ErrorMessage = "请填写印发日期。")] DateOnly? AdoptedOn,
    IReadOnlyList<PlannedSession>? Sessions);

internal sealed class AdoptStudyPlanHandler(FazhiDbContext db)
{
    public static readonly string[] Columns = ["月份", "学法形式", "学习主题"];

    public async Task<StudyPlan> HandleAsync(Actor actor, int year, AdoptStudyPlanRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<StudyRecordedByClerkOrLeader>().Check(actor);
        var townshipId = actor.TownshipId!.Value;
        var plan = await db.Set<StudyPlan>().SingleOrDefaultAsync(p => p.TownshipId == townshipId && p.Year == year, ct);
        if (plan is null)
        {
            plan = StudyPlan.Adopt(townshipId, year, request.Title, request.AdoptedOn!.Value);
            db.Add(plan);
        }
        else
        {
            db.RemoveRange(plan.Items);
        }

        plan.Plan(request.Title, request.AdoptedOn!.Value, (request.Sessions ?? []).Select(s => (s.Month, s.Kind, s.Topic)));
        foreach (var item in plan.Items)
        {
            db.Entry(item).State = EntityState.Added;
        }

        await db.SaveChangesAsync(ct);
        return plan;
    }

    /// <summary>The plan's sessions from the committee's sheet (月份, 学法形式, 学习主题); bad rows come back as errors.</summary>
    public static (List<PlannedSession> Sessions, ImportReport? Failure, List<RowError> Errors) Read(Stream xlsx)
    {
        var rows = Sheet.ReadOrReport(xlsx, Columns, out var failure);
        var sessions = new List<PlannedSession>();
        var errors = new List<RowError>();
        foreach (var row in rows ?? [])
        {
            var month = row.Count("月份") ?? (int.TryParse(row.Text("月份").TrimEnd('月'), out var m) ? m : null);
            var kind = StudyLedger.KindFrom(row.Text("学法形式"));
            var topic = row.Text("学习主题");
            var problem = month is null or < 1 or > 12 ? "月份应为 1 至 12" : kind is null ? "学法形式无法识别" : topic.Length == 0 ? "缺少学习主题" : null;
            if (problem is null)
            {
                sessions.Add(new PlannedSession(month!.Value, kind!.Value, topic));
            }
            else
            {
                errors.Add(new RowError(row.Number, topic, problem));
            }
        }

        return (sessions, failure, errors);
    }
}
