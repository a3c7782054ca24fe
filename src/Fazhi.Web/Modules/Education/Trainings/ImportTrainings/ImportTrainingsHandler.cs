using Fazhi.Modules.Education.Excel;
using Fazhi.Modules.Education.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Education.Trainings.ImportTrainings;

/// <summary>导入法治培训台账; a training already recorded (same day and topic) is skipped, bad rows reported.</summary>
internal sealed class ImportTrainingsHandler(FazhiDbContext db, TimeProvider clock)
{
    public async Task<ImportReport> HandleAsync(Actor actor, Stream xlsx, CancellationToken ct)
    {
        WhoMayRule.Of<TrainingsRecordedByOrganisers>().Check(actor);
        var townshipId = actor.TownshipId!.Value;
        var rows = Sheet.ReadOrReport(xlsx, TrainingLedger.Columns, out var failure);
        if (rows is null)
        {
            return failure!;
        }

        var existing = (await db.Set<Training>().AsNoTracking().Where(t => t.TownshipId == townshipId).Select(t => new { t.HeldOn, t.Topic }).ToListAsync(ct))
            .Select(t => (t.HeldOn, t.Topic)).ToHashSet();
        var today = Platform.Time.ChinaTime.Today(clock);
        var errors = new List<RowError>();
        var saved = 0;
        foreach (var row in rows)
        {
            var topic = row.Text("培训主题");
            var heldOn = row.Date("培训日期");
            var audience = TrainingLedger.AudienceFrom(row.Text("培训对象"));
            var hours = row.Decimal("学时");
            var people = row.Count("参训人次");
            var problem = heldOn is null ? "培训日期不是有效日期"
                : topic.Length == 0 ? "缺少培训主题"
                : audience is null ? $"培训对象“{row.Text("培训对象")}”无法识别（应为：{string.Join("、", Enum.GetValues<TrainingAudience>().Select(EducationLabels.Audience))}）"
                : row.Text("授课人").Length == 0 ? "缺少授课人"
                : hours is null ? "学时不是有效数字"
                : people is null ? "参训人次不是整数"
                : null;
            if (problem is not null)
            {
                errors.Add(new RowError(row.Number, topic, problem));
                continue;
            }

            if (!existing.Add((heldOn!.Value, topic)))
            {
                continue;
            }

            try
            {
                db.Add(Training.Record(townshipId, heldOn.Value, topic, audience!.Value, row.Text("授课人"), hours!.Value, people!.Value, actor.Name, today));
                saved++;
            }
            catch (BusinessRuleException refused)
            {
                errors.Add(new RowError(row.Number, topic, refused.Message));
            }
        }

        await db.SaveChangesAsync(ct);
        return new ImportReport(saved, errors);
    }
}
