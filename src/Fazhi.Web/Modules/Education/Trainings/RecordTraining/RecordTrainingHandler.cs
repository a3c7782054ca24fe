using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Education.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Education.Trainings.RecordTraining;

/// <summary>登记法治培训: topic, audience, trainer, hours and 参训人次.</summary>
public sealed record RecordTrainingRequest(
    [Required(ErrorMessage = "请填写培训日期。")] DateOnly? HeldOn,
    [Required(ErrorMessage = "请填写培训主题。"), MaxLength(200, ErrorMessage = "主题不超过 200 字。")] string Topic,
    [EnumDataType(typeof(TrainingAudience), ErrorMessage = "请选择培训对象。")] TrainingAudience Audience,
    [Required(ErrorMessage = "请填写授课人。"), MaxLength(100, ErrorMessage = "授课人不超过 100 字。")] string Trainer,
    [Range(0.5, 24, ErrorMessage = "学时应在 0.5 至 24 之间。")] decimal Hours,
    [Range(1, 100000, ErrorMessage = "参训人次应为 1 至 100000。")] int Participants)
{
    public static RecordTrainingRequest Blank(DateOnly today) => new(today, "", TrainingAudience.Staff, "", 2, 1);
}

internal sealed class RecordTrainingHandler(FazhiDbContext db, TimeProvider clock)
{
    public async Task<Training> HandleAsync(Actor actor, RecordTrainingRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<TrainingsRecordedByOrganisers>().Check(actor);
        var training = Training.Record(actor.TownshipId!.Value, request.HeldOn!.Value, request.Topic, request.Audience, request.Trainer, request.Hours, request.Participants,
            actor.Name, Platform.Time.ChinaTime.Today(clock));
        db.Add(training);
        await db.SaveChangesAsync(ct);
        return training;
    }
}
