using System.Globalization;
using Fazhi.Modules.Education.Excel;
using Fazhi.Modules.Education.Model;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Education.Trainings;

internal sealed record TrainingResponse(Guid Id, DateOnly HeldOn, string Topic, TrainingAudience Audience, string Trainer, decimal Hours, int Participants)
{
    public static TrainingResponse From(Training t) => new(t.Id, t.HeldOn, t.Topic, t.Audience, t.Trainer, t.Hours, t.Participants);
}

/// <summary>法治培训台账: same columns for export and import.</summary>
internal sealed class TrainingLedger(FazhiDbContext db)
{
    public static readonly string[] Columns = ["培训日期", "培训主题", "培训对象", "授课人", "学时", "参训人次"];

    public static TrainingAudience? AudienceFrom(string text) =>
        Enum.GetValues<TrainingAudience>().Cast<TrainingAudience?>().FirstOrDefault(a => EducationLabels.Audience(a!.Value) == text || (text.Length >= 2 && EducationLabels.Audience(a!.Value).StartsWith(text, StringComparison.Ordinal)));

    public Task<List<Training>> OfYearAsync(Guid townshipId, int year, CancellationToken ct)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        return db.Set<Training>().AsNoTracking().Where(t => t.TownshipId == townshipId && t.HeldOn >= first && t.HeldOn <= last).OrderBy(t => t.HeldOn).ThenBy(t => t.Topic).ToListAsync(ct);
    }

    public async Task<byte[]> ExportAsync(Guid townshipId, int year, CancellationToken ct) =>
        Sheet.Write((await OfYearAsync(townshipId, year, ct)).Select(t => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["培训日期"] = Sheet.Day(t.HeldOn),
            ["培训主题"] = t.Topic,
            ["培训对象"] = EducationLabels.Audience(t.Audience),
            ["授课人"] = t.Trainer,
            ["学时"] = t.Hours.ToString("0.#", CultureInfo.InvariantCulture),
            ["参训人次"] = t.Participants,
        }), Columns, "法治培训台账");
}
