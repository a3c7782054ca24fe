using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using Fazhi.Platform.Attachments;
using Fazhi.Platform.Deadlines;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Fazhi.IntegrationTests.Infrastructure;

// Temporary stand-ins for IDeadlines and IAttachments while their implementations are written on other branches.
// Only registered when the application itself registers none (TryAdd), and deleted once main has them.
public sealed partial class FazhiApp
{
    static partial void AddPlatformTestDoubles(IServiceCollection services)
    {
        services.TryAddSingleton<IDeadlines, InMemoryDeadlines>();
        services.TryAddSingleton<IAttachments, InMemoryAttachments>();
    }
}

/// <summary>Working days from the official calendar files in /work/shared/calendar, weekends otherwise.</summary>
internal sealed class InMemoryDeadlines(TimeProvider clock) : IDeadlines
{
    private static readonly Lazy<Dictionary<DateOnly, bool>> Exceptions = new(Load);
    private readonly ConcurrentDictionary<Guid, DeadlineInfo> _deadlines = new();

    private static Dictionary<DateOnly, bool> Load()
    {
        var result = new Dictionary<DateOnly, bool>();
        foreach (var file in Directory.Exists("/work/shared/calendar") ? Directory.GetFiles("/work/shared/calendar", "20??.json") : [])
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var day in doc.RootElement.GetProperty("days").EnumerateArray())
            {
                result[DateOnly.Parse(day.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture)] = day.GetProperty("isOffDay").GetBoolean();
            }
        }

        return result;
    }

    private static bool IsWorkingDay(DateOnly d) =>
        Exceptions.Value.TryGetValue(d, out var off) ? !off : d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    public Task<DueDate> ComputeDueAsync(DeadlineRule rule, DateOnly start, CancellationToken cancellationToken)
    {
        var d = start;
        if (rule.Kind == PeriodKind.WorkingDays)
        {
            for (var n = 0; n < rule.Period;)
            {
                d = d.AddDays(1);
                if (IsWorkingDay(d))
                {
                    n++;
                }
            }
        }
        else
        {
            d = start.AddDays(rule.Period);
            while (rule.RollOverRestDay && !IsWorkingDay(d))
            {
                d = d.AddDays(1);
            }
        }

        return Task.FromResult(new DueDate(d, false));
    }

    public async Task<DeadlineInfo> OpenAsync(DeadlineRule rule, Guid townshipId, DeadlineSubject subject, DateOnly start, CancellationToken cancellationToken)
    {
        var due = await ComputeDueAsync(rule, start, cancellationToken);
        var info = new DeadlineInfo(Guid.NewGuid(), rule.Code, rule.Title, rule.LegalBasis, start, due.Date, DeadlineState.Pending, null, false, subject.SubjectTitle, subject.Url);
        _deadlines[info.Id] = info;
        _subjects[info.Id] = subject.SubjectId;
        return info;
    }

    private readonly ConcurrentDictionary<Guid, Guid> _subjects = new();

    public Task<DeadlineInfo?> MeetAsync(string ruleCode, Guid subjectId, DateOnly metOn, CancellationToken cancellationToken)
    {
        var open = _deadlines.Values.FirstOrDefault(d => d.RuleCode == ruleCode && _subjects[d.Id] == subjectId && d.MetOn is null && d.State != DeadlineState.Cancelled);
        if (open is null)
        {
            return Task.FromResult<DeadlineInfo?>(null);
        }

        var met = open with { MetOn = metOn, State = metOn <= open.DueDate ? DeadlineState.Met : DeadlineState.MetLate };
        _deadlines[open.Id] = met;
        return Task.FromResult<DeadlineInfo?>(met);
    }

    public Task CancelAsync(string ruleCode, Guid subjectId, string reason, CancellationToken cancellationToken)
    {
        foreach (var d in _deadlines.Values.Where(d => d.RuleCode == ruleCode && _subjects[d.Id] == subjectId && d.MetOn is null))
        {
            _deadlines[d.Id] = d with { State = DeadlineState.Cancelled };
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<DeadlineInfo>> ForSubjectAsync(Guid subjectId, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().AddHours(8).DateTime);
        IReadOnlyList<DeadlineInfo> list = _deadlines.Values.Where(d => _subjects[d.Id] == subjectId)
            .Select(d => d.MetOn is null && d.State == DeadlineState.Pending && today > d.DueDate ? d with { State = DeadlineState.Overdue } : d)
            .OrderBy(d => d.StartDate).ToList();
        return Task.FromResult(list);
    }
}

internal sealed class InMemoryAttachments(TimeProvider clock) : IAttachments
{
    private readonly ConcurrentDictionary<Guid, List<AttachmentInfo>> _byOwner = new();

    public async Task<AttachmentInfo> AddAsync(Guid townshipId, string ownerType, Guid ownerId, string purpose, string fileName, Stream content, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        var kind = Path.GetExtension(fileName).ToUpperInvariant() switch { ".PDF" => AttachmentKind.Pdf, ".MP3" => AttachmentKind.Mp3, _ => AttachmentKind.Docx };
        var id = Guid.NewGuid();
        var info = new AttachmentInfo(id, fileName, kind, "application/octet-stream", buffer.Length, Convert.ToHexString(SHA256.HashData(buffer.ToArray())), "test", clock.GetUtcNow(), purpose, $"/attachments/{id}");
        _byOwner.AddOrUpdate(ownerId, _ => [info], (_, list) => [.. list, info]);
        return info;
    }

    public Task<IReadOnlyList<AttachmentInfo>> ForOwnerAsync(Guid ownerId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AttachmentInfo>>(_byOwner.TryGetValue(ownerId, out var list) ? list : []);
}
