namespace Fazhi.Platform.Auth;

/// <summary>
/// Which leader a 领导 account is. A normative document is signed by two leaders, the 分管领导 first and then the
/// 主要领导 (ADR 0027), so the platform must know which of them signs in; the administrator records it on the account.
/// </summary>
public enum LeaderPost
{
    /// <summary>Not a leader, or a leader whose post is not recorded: signs neither signature.</summary>
    None = 0,

    /// <summary>分管领导: the leader in charge of the matter (e.g. 分管副镇长).</summary>
    InCharge = 1,

    /// <summary>主要领导: the principal leader (镇长、乡长).</summary>
    Principal = 2,
}

public static class LeaderPosts
{
    public static string Label(LeaderPost post) => post switch
    {
        LeaderPost.InCharge => "分管领导",
        LeaderPost.Principal => "主要领导",
        _ => "未登记领导职务",
    };
}
