using Fazhi.Platform.Privacy;

namespace Fazhi.UnitTests.Platform.Privacy;

public sealed class PersonalInfoMaskerTests
{
    private static readonly string ValidId = PersonalInfoMasker.CompleteIdNumber("44182319850612123");
    private static readonly string CompanyCode = PersonalInfoMasker.CompleteCreditCode("91441823MA4UJ8K2X");

    [Fact]
    public void IsValidIdNumber_WithCorrectCheckDigit_IsTrue_AndWithWrongCheckDigit_IsFalse()
    {
        PersonalInfoMasker.IsValidIdNumber(ValidId).ShouldBeTrue();
        var wrong = ValidId[..17] + (ValidId[17] == '1' ? '2' : '1');
        PersonalInfoMasker.IsValidIdNumber(wrong).ShouldBeFalse();
    }

    [Fact]
    public void IsValidIdNumber_KnownPublishedSample_WithXCheckDigit_IsTrue() =>
        // GB 11643-1999 worked example: 11010519491231002X.
        PersonalInfoMasker.IsValidIdNumber("11010519491231002X").ShouldBeTrue();

    [Fact]
    public void Mask_IdNumberInDecision_KeepsRegionAndLastFourOnly()
    {
        var masked = PersonalInfoMasker.Mask($"当事人：张三，男，身份证号码：{ValidId}，住址略。");

        masked.ShouldNotContain(ValidId);
        masked.ShouldContain(ValidId[..6] + "********" + ValidId[^4..]);
    }

    [Fact]
    public void Mask_IdNumberWithWrongCheckDigit_IsMaskedAnyway()
    {
        var wrong = ValidId[..17] + (ValidId[17] == '1' ? '2' : '1');

        PersonalInfoMasker.Mask($"身份证号{wrong}").ShouldNotContain(wrong);
    }

    [Fact]
    public void Mask_MobileNumber_HidesTheMiddleFourDigits()
    {
        PersonalInfoMasker.Mask("联系电话13812345678。").ShouldBe("联系电话138****5678。");
    }

    [Fact]
    public void Mask_LandlineNumber_HidesTheExchange()
    {
        PersonalInfoMasker.Mask("电话0763-7781234").ShouldBe("电话0763-****1234");
    }

    [Fact]
    public void Mask_Address_KeepsUpToTheVillageAndHidesHouseNumber()
    {
        var masked = PersonalInfoMasker.Mask("当事人：李四，住址：阳山县小江镇江口村委会三组18号，");

        masked.ShouldNotContain("三组18号");
        masked.ShouldContain("住址：阳山县小江镇***");
    }

    [Theory]
    [InlineData("当事人：张三，男，", "当事人：张某，男，")]
    [InlineData("当事人张三于2022年5月", "当事人张某于2022年5月")]
    [InlineData("违法行为人王小明在小江村", "违法行为人王某某在小江村")]
    [InlineData("被处罚人：欧阳建国，", "被处罚人：欧阳某某，")]
    public void Mask_NameInCommonDecisionWording_KeepsOnlyTheSurname(string text, string expected) =>
        PersonalInfoMasker.Mask(text).ShouldBe(expected);

    [Theory]
    [InlineData("经查，当事人占道经营，经劝导拒不改正。")]
    [InlineData("当事人未经许可在河道采砂。")]
    [InlineData("当事人擅自搭建，影响通行。")]
    [InlineData("当事人于当日在集镇摆卖。")]
    [InlineData("当事人拒不改正，")]
    public void Mask_WordsAfterTheWordPartyThatAreNotAName_StayAsWritten(string text) =>
        PersonalInfoMasker.Mask(text).ShouldBe(text);

    [Fact]
    public void Mask_KnownNamesOfTheCase_AreMaskedWhereverTheyAppear()
    {
        PersonalInfoMasker.Mask("经查，陈大文擅自占道经营，陈大文对事实无异议。", ["陈大文"])
            .ShouldBe("经查，陈某某擅自占道经营，陈某某对事实无异议。");
    }

    [Fact]
    public void Mask_LegalPerson_KeepsCompanyNameAndCreditCode()
    {
        var text = $"当事人：阳山县小江建材有限公司，统一社会信用代码：{CompanyCode}，";

        PersonalInfoMasker.Mask(text).ShouldBe(text);
    }

    [Fact]
    public void Mask_TextWithoutPersonalData_IsUnchanged()
    {
        // Amounts, dates, article numbers and 文号 must survive untouched.
        const string text = "依据《中华人民共和国行政处罚法》第五十一条，决定罚款人民币200元。小江综执罚〔2022〕14号，2022年6月1日。当事人对本决定不服的，可以在六十日内申请行政复议。";

        PersonalInfoMasker.Mask(text).ShouldBe(text);
    }

    [Fact]
    public void IsValidCreditCode_ChecksTheCheckCharacter()
    {
        PersonalInfoMasker.IsValidCreditCode(CompanyCode).ShouldBeTrue();
        PersonalInfoMasker.IsValidCreditCode(CompanyCode[..17] + (CompanyCode[17] == '0' ? '1' : '0')).ShouldBeFalse();
    }

    [Fact]
    public void ContainsUnmaskedIdentifier_DetectsLeftoversButNotCreditCodes()
    {
        PersonalInfoMasker.ContainsUnmaskedIdentifier($"号码{ValidId}").ShouldBeTrue();
        PersonalInfoMasker.ContainsUnmaskedIdentifier("电话13800001111").ShouldBeTrue();
        PersonalInfoMasker.ContainsUnmaskedIdentifier($"信用代码{CompanyCode}").ShouldBeFalse();
        PersonalInfoMasker.ContainsUnmaskedIdentifier(PersonalInfoMasker.Mask($"号码{ValidId} 电话13800001111")).ShouldBeFalse();
    }

    [Fact]
    public void Mask_IdNumberThatAlsoPassesTheCreditCodeCheck_IsMaskedAsAnId()
    {
        // About 1 in 31 valid citizen IDs also satisfies the GB 32100 check; an ID must never be let through as a code.
        const string id = "441823198506000938";
        PersonalInfoMasker.IsValidIdNumber(id).ShouldBeTrue();
        PersonalInfoMasker.IsValidCreditCode(id).ShouldBeTrue();

        PersonalInfoMasker.Mask($"身份证号码：{id}。").ShouldBe("身份证号码：441823********0938。");
    }

    [Theory]
    [InlineData("手机：+86 138 2660 1122。", "手机：+86138****1122。")]
    [InlineData("电话：０７６３－７７８６６５５。", "电话：0763-****6655。")]
    [InlineData("办公电话(0763)7785566。", "办公电话(0763)****5566。")]
    [InlineData("账号：6228480012345678917。", "账号：6228***********8917。")]
    [InlineData("座机：7783344。", "座机：***3344。")]
    [InlineData("于2022-05-01 13800138000报警。", "于2022-05-01 138****8000报警。")]
    public void Mask_NumbersInTheirUsualWritings_AreMaskedInOneReadableForm(string text, string expected) =>
        PersonalInfoMasker.Mask(text).ShouldBe(expected);

    [Theory]
    [InlineData("依据第五十一条，罚款2000元，2022-05-01至2022-06-30期间。")]
    [InlineData("执法人员王强（执法证号44180012345）出示执法证件。")]
    [InlineData("当事人在2021—2022年间多次倾倒建筑垃圾共约35立方米。")]
    public void Mask_NumbersThatAreNoPersonalInformation_StayAsWritten(string text) =>
        PersonalInfoMasker.Mask(text).ShouldBe(text);
}
