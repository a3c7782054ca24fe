using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Decisions.Meetings;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Modules.Decisions.RiskAssessment;

namespace Fazhi.UnitTests.Modules.Decisions;

/// <summary>
/// Meeting views and risk points are entered as rows, and the form offers spare blank rows: a blank row is no row, a
/// half-filled one names each missing field, and a record needs at least one filled row.
/// </summary>
public sealed class RepeatingRowsTests
{
    private static List<ValidationResult> Errors(IValidatableObject request) => [.. request.Validate(new ValidationContext(request))];

    private static MeetingRecordRequest Meeting(params MemberViewRequest[] views) =>
        new("镇政府常务会议", new DateOnly(2026, 11, 23), "镇长", "班子成员", null, "同意。", MeetingOutcome.Adopt, null, [.. views]);

    [Fact]
    public void MeetingViews_BlankSpareRows_AreNotViews()
    {
        var meeting = Meeting(
            new("副镇长甲", "副镇长", false, MemberPosition.Agree, "同意。"),
            new(null, "", false, null, " "),
            new("镇长", "镇长", true, MemberPosition.Agree, "同意。"),
            new(null, null, false, null, null));

        Errors(meeting).ShouldBeEmpty();
        meeting.ToViews().Select(v => (v.Member, v.IsHead)).ShouldBe([("副镇长甲", false), ("镇长", true)]);
    }

    [Fact]
    public void MeetingViews_WhenEveryRowIsBlank_AskForTheViewsInSpeakingOrder()
    {
        var error = Errors(Meeting(new MemberViewRequest(null, null, false, null, null))).ShouldHaveSingleItem();

        error.MemberNames.ShouldBe(["Views"]);
        error.ErrorMessage.ShouldBe("请按发言顺序记录各成员的意见。");
    }

    [Fact]
    public void MemberView_HeadTickedOnAnEmptyRow_IsARowThatNamesWhatIsMissing()
    {
        var errors = Errors(new MemberViewRequest(null, null, true, null, null));

        errors.SelectMany(e => e.MemberNames).ShouldBe(["Member", "Post", "Position", "View"]);
    }

    [Fact]
    public void RiskPoint_HalfFilled_NamesEachMissingField()
    {
        var errors = Errors(new RiskPointRequest("社会稳定", "噪声扰民", 3, null, null));

        errors.Select(e => (e.MemberNames.Single(), e.ErrorMessage)).ShouldBe([("Impact", "请选择影响程度。"), ("Mitigation", "请填写防范措施。")]);
    }

    [Fact]
    public void RiskAssessment_WithOnlyBlankRows_NeedsOnePoint()
    {
        var request = new RecordRiskAssessmentRequest("综治中心", null, [new(null, " ", null, null, null)], RiskLevel.Low, "协商", null);

        Errors(request).ShouldHaveSingleItem().ErrorMessage!.ShouldContain("第二十四条");
        request.FilledPoints().ShouldBeEmpty();
    }
}
