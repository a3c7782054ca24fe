using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Leadership.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Leadership.RecordMeeting;

/// <summary>登记研究法治建设的会议: kind, date, topic, chair, attendees and what was decided.</summary>
public sealed record RecordMeetingRequest(
    [EnumDataType(typeof(MeetingKind), ErrorMessage = "请选择会议类型。")] MeetingKind Kind,
    [Required(ErrorMessage = "请填写会议日期。")] DateOnly? HeldOn,
    [Required(ErrorMessage = "请填写议题。"), MaxLength(200, ErrorMessage = "议题不超过 200 字。")] string Topic,
    [Required(ErrorMessage = "请填写主持人。"), MaxLength(50, ErrorMessage = "主持人不超过 50 字。")] string Chair,
    [Required(ErrorMessage = "请填写参会人员。"), MaxLength(1000, ErrorMessage = "参会人员不超过 1000 字。")] string Attendees,
    [Required(ErrorMessage = "请填写议定事项。"), MaxLength(4000, ErrorMessage = "议定事项不超过 4000 字。")] string Decided,
    bool HeardWorkReport)
{
    public static RecordMeetingRequest Blank(DateOnly today) => new(MeetingKind.PartyCommittee, today, "", "", "", "", false);
}

internal sealed class RecordMeetingHandler(FazhiDbContext db, TimeProvider clock)
{
    public async Task<RuleOfLawMeeting> HandleAsync(Actor actor, RecordMeetingRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<LeadershipRecordsKeptByClerkOrLeader>().Check(actor);
        var meeting = RuleOfLawMeeting.Record(actor.TownshipId!.Value, request.Kind, request.HeldOn!.Value, request.Topic, request.Chair, request.Attendees, request.Decided,
            request.HeardWorkReport, actor.Name, Platform.Time.ChinaTime.Today(clock));
        db.Add(meeting);
        await db.SaveChangesAsync(ct);
        return meeting;
    }
}
