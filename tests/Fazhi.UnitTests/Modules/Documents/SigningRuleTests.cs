using Fazhi.Modules.Documents.Model;
using Fazhi.Modules.Documents.Rules;
using Fazhi.Platform.Auth;

namespace Fazhi.UnitTests.Modules.Documents;

/// <summary>The two signatures of a normative document (ADR 0027): each by the leader of that post, the 分管领导 first.</summary>
public sealed class SigningRuleTests
{
    [Theory]
    // role: 1 = 分管领导's signature, 2 = 主要领导's (SignerRole).
    [InlineData(1, LeaderPost.InCharge, false)]
    [InlineData(2, LeaderPost.Principal, false)]
    [InlineData(1, LeaderPost.Principal, true)]
    [InlineData(2, LeaderPost.InCharge, true)]
    [InlineData(2, LeaderPost.None, true)]
    public void Signature_IsGivenOnlyByTheLeaderOfThatPost(int role, LeaderPost post, bool refused) =>
        new SignerHoldsThePost((SignerRole)role, post).IsBroken.ShouldBe(refused);

    [Fact]
    public void WrongLeader_IsToldWhichPostSigns()
    {
        var rule = new SignerHoldsThePost(SignerRole.LeaderInCharge, LeaderPost.Principal);

        rule.Code.ShouldBe("documents.signing.wrong-leader");
        rule.Message.ShouldContain("须由登记为分管领导的领导账户办理，您的账户登记为主要领导");
    }

    [Fact]
    public void PrincipalLeader_SignsOnlyAfterTheLeaderInCharge()
    {
        new PrincipalSignsAfterLeaderInCharge(SignerRole.PrincipalLeader, InChargeSigned: false).IsBroken.ShouldBeTrue();
        new PrincipalSignsAfterLeaderInCharge(SignerRole.PrincipalLeader, InChargeSigned: true).IsBroken.ShouldBeFalse();
        new PrincipalSignsAfterLeaderInCharge(SignerRole.LeaderInCharge, InChargeSigned: false).IsBroken.ShouldBeFalse();
    }
}
