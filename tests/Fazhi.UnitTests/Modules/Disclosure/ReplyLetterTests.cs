using Fazhi.Modules.Disclosure.Letters;
using Fazhi.Modules.Disclosure.Model;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Time;

namespace Fazhi.UnitTests.Modules.Disclosure;

/// <summary>The seven replies of 第36条: each letter says what its kind must tell the applicant and cites its item.</summary>
public sealed class ReplyLetterTests
{
    private static readonly WorkingDayCalendar Calendar = new(OfficialCalendarData.Schedules);

    private static readonly LetterHead Head = new("河市镇人民政府", "河市府", "示范县人民政府");

    private static DisclosureRequest Replied(ReplyType type, RefusalGround? ground = null, string? organ = null)
    {
        var request = DisclosureRequest.Submit(Guid.NewGuid(), 7, RequestChannel.InPerson, ApplicantKind.Citizen, "陈志强", "441823198211043019", "13902287766", null, null,
            "柳林村土地流转合同", DeliveryForm.Electronic, DeliveryWay.Email, new DateOnly(2026, 6, 15), new DateOnly(2026, 6, 15), new DateOnly(2026, 12, 31), Calendar);
        request.Reply(type, ground, organ, "答复正文。", new DateOnly(2026, 7, 1), "河市镇法制员", new DateOnly(2026, 12, 31));
        return request;
    }

    public static TheoryData<ReplyType, string> Kinds() => new()
    {
        { ReplyType.AlreadyPublic, "已经主动公开" },
        { ReplyType.Provided, "予以公开，按您要求的电子数据形式以电子邮件方式提供" },
        { ReplyType.Refused, "涉及商业秘密、个人隐私等" },
        { ReplyType.DoesNotExist, "该政府信息不存在" },
        { ReplyType.NotThisOrgan, "负责公开该政府信息的机关为示范县自然资源局" },
        { ReplyType.Repeated, "不予重复处理" },
        { ReplyType.OtherLawProcedure, "依照有关法律、行政法规的规定办理" },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Letter_OfEachKind_SaysWhatItsItemRequiresAndCitesIt(ReplyType type, string says)
    {
        var request = Replied(type, type == ReplyType.Refused ? RefusalGround.ThirdPartyRights : null, type == ReplyType.NotThisOrgan ? "示范县自然资源局" : null);

        var text = string.Join("\n", ReplyLetterWriter.Paragraphs(Head, request));

        text.ShouldContain(says);
        text.ShouldContain(DisclosureLabels.ReplyArticle(type));
        text.ShouldContain("受理编号GK2026-0007");
        text.ShouldContain("示范县人民政府申请行政复议");
        ReplyLetterWriter.LetterNumber(Head, request).ShouldBe("河市府依申复〔2026〕7号");
        ReplyLetterWriter.Write(Head, request).Length.ShouldBeGreaterThan(1000);
    }

    [Fact]
    public void Refusal_TellsThatReconsiderationComesFirst()
    {
        var text = string.Join("\n", ReplyLetterWriter.Paragraphs(Head, Replied(ReplyType.Refused, RefusalGround.ProcessInformation)));

        text.ShouldContain("属于过程性信息（第十六条第二款）");
        text.ShouldContain("应当先申请行政复议");
    }

    [Fact]
    public void Refusal_WithoutItsGround_IsRefused()
    {
        var refused = Should.Throw<BusinessRuleException>(() => Replied(ReplyType.Refused));

        refused.Code.ShouldBe("disclosure.reply.incomplete");
        refused.Field.ShouldBe("Ground");
    }
}
