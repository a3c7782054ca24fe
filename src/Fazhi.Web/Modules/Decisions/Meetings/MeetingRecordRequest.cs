using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Decisions.Model;

namespace Fazhi.Modules.Decisions.Meetings;

/// <summary>
/// The record of a collective discussion (第30条) as a step receives it, for a major decision and for a 三重一大 matter
/// alike: the meeting, then each member's view in speaking order, the head last. A row left entirely blank on the form
/// is not a view (the form offers spare rows), so only <see cref="FilledViews"/> are recorded.
/// </summary>
public sealed record MeetingRecordRequest(
    [Required(ErrorMessage = "请填写会议名称。"), MaxLength(100, ErrorMessage = "会议名称不超过 100 字。")] string MeetingName,
    DateOnly? HeldOn,
    [Required(ErrorMessage = "请填写主持人。"), MaxLength(50, ErrorMessage = "主持人不超过 50 字。")] string Chair,
    [Required(ErrorMessage = "请填写参会人员。"), MaxLength(1000, ErrorMessage = "参会人员不超过 1000 字。")] string Attendees,
    [MaxLength(500, ErrorMessage = "缺席人员不超过 500 字。")] string? Absentees,
    [Required(ErrorMessage = "请填写会议纪要。"), MaxLength(20000, ErrorMessage = "纪要不超过 20000 字。")] string Minutes,
    [EnumDataType(typeof(MeetingOutcome), ErrorMessage = "请选择会议的决定。")] MeetingOutcome Outcome,
    [MaxLength(2000, ErrorMessage = "理由不超过 2000 字。")] string? OverruleReasons,
    List<MemberViewRequest>? Views) : IValidatableObject
{
    /// <summary>The form as first shown: today's meeting of the usual body, adopting.</summary>
    public static MeetingRecordRequest Blank(string meetingName, DateOnly heldOn) =>
        new(meetingName, heldOn, "", "", null, "", MeetingOutcome.Adopt, null, []);

    public IReadOnlyList<MemberViewRequest> FilledViews() => [.. (Views ?? []).Where(v => !v.IsBlank())];

    /// <summary>The views as the meeting record keeps them, in speaking order.</summary>
    internal IReadOnlyList<MemberView> ToViews() =>
        [.. FilledViews().Select(v => MemberView.Create(v.Member!, v.Post!, v.IsHead, v.Position!.Value, v.View!))];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (FilledViews().Count == 0)
        {
            yield return new ValidationResult("请按发言顺序记录各成员的意见。", [nameof(Views)]);
        }
    }
}

/// <summary>One member's view; a filled row needs the member, post, position and what was said.</summary>
public sealed record MemberViewRequest(
    [MaxLength(50, ErrorMessage = "发言人不超过 50 字。")] string? Member,
    [MaxLength(50, ErrorMessage = "职务不超过 50 字。")] string? Post,
    bool IsHead,
    [EnumDataType(typeof(MemberPosition), ErrorMessage = "请选择表态。")] MemberPosition? Position,
    [MaxLength(4000, ErrorMessage = "发言不超过 4000 字。")] string? View) : IValidatableObject
{
    public bool IsBlank() => string.IsNullOrWhiteSpace(Member) && string.IsNullOrWhiteSpace(Post) && string.IsNullOrWhiteSpace(View) && !IsHead;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsBlank())
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(Member))
        {
            yield return new ValidationResult("请填写发言人。", [nameof(Member)]);
        }

        if (string.IsNullOrWhiteSpace(Post))
        {
            yield return new ValidationResult("请填写职务。", [nameof(Post)]);
        }

        if (Position is null)
        {
            yield return new ValidationResult("请选择表态。", [nameof(Position)]);
        }

        if (string.IsNullOrWhiteSpace(View))
        {
            yield return new ValidationResult("请填写发言要点。", [nameof(View)]);
        }
    }
}
