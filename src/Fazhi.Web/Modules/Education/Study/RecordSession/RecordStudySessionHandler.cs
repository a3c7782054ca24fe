using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Education.Model;
using Fazhi.Platform.Auth;
using Fazhi.Modules.Education.Rules;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Education.Study.RecordSession;

/// <summary>One line of the sign-in sheet: a register member, present or absent with the reason.</summary>
public sealed record AttendanceLine(Guid StaffMemberId, bool Present, [MaxLength(200, ErrorMessage = "缺席原因不超过 200 字。")] string? AbsenceReason);

/// <summary>登记学法: the session and its attendance taken against the 干部职工名册.</summary>
public sealed record RecordStudySessionRequest(
    [EnumDataType(typeof(StudyKind), ErrorMessage = "请选择学法形式。")] StudyKind Kind,
    [Required(ErrorMessage = "请填写学习日期。")] DateOnly? HeldOn,
    [Required(ErrorMessage = "请填写学习主题。"), MaxLength(200, ErrorMessage = "主题不超过 200 字。")] string Topic,
    [Required(ErrorMessage = "请填写主讲人或领学人。"), MaxLength(100, ErrorMessage = "主讲人不超过 100 字。")] string Speaker,
    [MaxLength(1000, ErrorMessage = "学习内容不超过 1000 字。")] string? Materials,
    [Range(0.5, 24, ErrorMessage = "学时应在 0.5 至 24 之间。")] decimal Hours,
    IReadOnlyList<AttendanceLine>? Attendance)
{
    public static RecordStudySessionRequest Blank(DateOnly today) => new(StudyKind.CentralGroup, today, "", "", null, 1, []);
}

internal sealed class RecordStudySessionHandler(FazhiDbContext db, TimeProvider clock)
{
    public async Task<StudySession> HandleAsync(Actor actor, RecordStudySessionRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<StudyRecordedByClerkOrLeader>().Check(actor);
        var townshipId = actor.TownshipId ?? throw new InvalidOperationException("Only township staff record study.");
        var lines = request.Attendance ?? [];
        var ids = lines.Select(l => l.StaffMemberId).Distinct().ToList();
        // Through the tenant filter: another township's member is as unknown as an invented id.
        var members = await db.Set<StaffMember>().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        foreach (var unknown in ids.Where(id => !members.ContainsKey(id)))
        {
            // Not on this township's register (or another township's member, which the tenant filter hides alike).
            BusinessRule.Check(new AttendeeMustBeOnRegister($"人员编号 {unknown}", false, request.HeldOn!.Value));
        }

        var marks = lines.Select(l => new AttendanceMark(members[l.StaffMemberId], l.Present, l.AbsenceReason)).ToList();
        var session = StudySession.Record(townshipId, request.Kind, request.HeldOn!.Value, request.Topic, request.Speaker, request.Materials ?? "", request.Hours,
            marks, actor.Name, Platform.Time.ChinaTime.Today(clock));
        db.Add(session);
        await db.SaveChangesAsync(ct);
        return session;
    }
}
