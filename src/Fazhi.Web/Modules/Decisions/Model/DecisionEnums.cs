namespace Fazhi.Modules.Decisions.Model;

/// <summary>The kinds of 重大行政决策 listed in 国务院令第713号 第3条第1款.</summary>
public enum DecisionCategory
{
    PublicPolicy = 1,
    DevelopmentPlan = 2,
    NaturalResources = 3,
    PublicConstruction = 4,
    OtherMajorMatter = 5,
}

/// <summary>Where a decision stands in its procedure.</summary>
internal enum DecisionStage
{
    Drafting = 1,
    PublicParticipation = 2,
    LegalityReview = 3,
    AwaitingDecision = 4,
    Adopted = 5,
    Rejected = 6,
    Published = 7,
    Implementing = 8,
    Evaluated = 9,
}

/// <summary>The overall level of a risk assessment (第22–24条).</summary>
public enum RiskLevel
{
    Low = 1,
    Medium = 2,
    High = 3,
}

/// <summary>The conclusion of the 合法性审查意见 (第27–28条).</summary>
public enum LegalityReviewOpinion
{
    Passed = 1,
    PassedWithChanges = 2,
    Failed = 3,
}

/// <summary>What a collective meeting decided (第30条).</summary>
public enum MeetingOutcome
{
    Adopt = 1,
    Revise = 2,
    Reject = 3,
    Postpone = 4,
}

/// <summary>A member's view at the meeting; the record of dissent reduces that member's liability (第38条).</summary>
public enum MemberPosition
{
    Agree = 1,
    AgreeWithChanges = 2,
    Disagree = 3,
    Abstain = 4,
}

/// <summary>What the meeting decided about: a major decision or a 三重一大 matter.</summary>
internal enum MeetingSubject
{
    MajorDecision = 1,
    CollectiveMatter = 2,
}

/// <summary>The four kinds of 三重一大 matters.</summary>
public enum CollectiveMatterCategory
{
    MajorMatter = 1,
    KeyAppointment = 2,
    MajorProject = 3,
    LargeFunds = 4,
}

public enum EvaluationConclusion
{
    Continue = 1,
    Adjust = 2,
    Stop = 3,
}

internal static class DecisionLabels
{
    public static string Category(DecisionCategory c) => c switch
    {
        DecisionCategory.PublicPolicy => "重大公共政策和措施",
        DecisionCategory.DevelopmentPlan => "经济和社会发展重要规划",
        DecisionCategory.NaturalResources => "开发利用、保护重要自然和文化资源",
        DecisionCategory.PublicConstruction => "重大公共建设项目",
        DecisionCategory.OtherMajorMatter => "其他重大事项",
        _ => "",
    };

    public static string Stage(DecisionStage s) => s switch
    {
        DecisionStage.Drafting => "起草",
        DecisionStage.PublicParticipation => "公众参与",
        DecisionStage.LegalityReview => "合法性审查",
        DecisionStage.AwaitingDecision => "待集体讨论",
        DecisionStage.Adopted => "已决定",
        DecisionStage.Rejected => "不予通过",
        DecisionStage.Published => "已公布",
        DecisionStage.Implementing => "执行中",
        DecisionStage.Evaluated => "已评估",
        _ => "",
    };

    public static string Risk(RiskLevel r) => r switch
    {
        RiskLevel.Low => "低风险",
        RiskLevel.Medium => "中风险",
        RiskLevel.High => "高风险",
        _ => "",
    };

    public static string ReviewOpinion(LegalityReviewOpinion o) => o switch
    {
        LegalityReviewOpinion.Passed => "合法，同意提交集体讨论",
        LegalityReviewOpinion.PassedWithChanges => "修改后合法，同意提交集体讨论",
        LegalityReviewOpinion.Failed => "不合法，不得提交集体讨论",
        _ => "",
    };

    public static string Outcome(MeetingOutcome o) => o switch
    {
        MeetingOutcome.Adopt => "通过",
        MeetingOutcome.Revise => "修改后再次审议",
        MeetingOutcome.Reject => "不予通过",
        MeetingOutcome.Postpone => "暂缓决策",
        _ => "",
    };

    public static string Position(MemberPosition p) => p switch
    {
        MemberPosition.Agree => "同意",
        MemberPosition.AgreeWithChanges => "原则同意并提出修改意见",
        MemberPosition.Disagree => "不同意",
        MemberPosition.Abstain => "弃权",
        _ => "",
    };

    public static string Matter(CollectiveMatterCategory c) => c switch
    {
        CollectiveMatterCategory.MajorMatter => "重大事项决策",
        CollectiveMatterCategory.KeyAppointment => "重要干部任免",
        CollectiveMatterCategory.MajorProject => "重大项目安排",
        CollectiveMatterCategory.LargeFunds => "大额度资金使用",
        _ => "",
    };

    public static string Conclusion(EvaluationConclusion c) => c switch
    {
        EvaluationConclusion.Continue => "继续实施",
        EvaluationConclusion.Adjust => "调整完善",
        EvaluationConclusion.Stop => "停止执行",
        _ => "",
    };
}
