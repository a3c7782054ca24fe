namespace Fazhi.Modules.Disclosure.Model;

/// <summary>How an application reached the township; 第31条 decides from it which day counts as the day of receipt.</summary>
public enum RequestChannel
{
    /// <summary>互联网渠道 (the portal's form): received on the day both sides confirm it (第31条第三项).</summary>
    Online = 1,

    /// <summary>当面提交 (including an oral application written down by the office, 第29条第1款): the day it was handed in (第31条第一项).</summary>
    InPerson = 2,

    /// <summary>邮寄（需签收）: the day the township signed for it (第31条第二项).</summary>
    RegisteredPost = 3,

    /// <summary>平常信函等无需签收的邮寄: the day the township confirmed it with the applicant (第31条第二项).</summary>
    OrdinaryPost = 4,

    /// <summary>传真: the day both sides confirm it (第31条第三项).</summary>
    Fax = 5,
}

/// <summary>申请人 (第27条: 公民、法人或者其他组织).</summary>
public enum ApplicantKind
{
    Citizen = 1,
    LegalPerson = 2,
    OtherOrganization = 3,
}

/// <summary>政府信息的载体形式 the applicant asks for (第29条第2款第三项).</summary>
public enum DeliveryForm
{
    Paper = 1,
    Electronic = 2,
}

/// <summary>获取信息的方式 the applicant asks for (第29条第2款第三项).</summary>
public enum DeliveryWay
{
    Post = 1,
    Email = 2,
    Pickup = 3,
}

/// <summary>Where an application stands (登记—审核—处理—答复—归档, 第45条).</summary>
internal enum RequestState
{
    /// <summary>Submitted online or by fax/ordinary letter and not yet confirmed: the reply period has not started (第31条).</summary>
    AwaitingConfirmation = 1,

    /// <summary>Received: the reply period runs.</summary>
    InProgress = 2,

    /// <summary>Correction requested (第30条): the period waits for the corrected application.</summary>
    AwaitingCorrection = 3,

    /// <summary>Third party consulted (第32条): the time is not counted in the reply period (第33条第3款).</summary>
    ConsultingThirdParty = 4,

    Replied = 5,

    /// <summary>Withdrawn by the applicant, or treated as given up when not corrected in time (第30条).</summary>
    Closed = 6,
}

/// <summary>The seven replies 第36条 allows.</summary>
public enum ReplyType
{
    /// <summary>（一）所申请公开信息已经主动公开的，告知申请人获取该政府信息的方式、途径.</summary>
    AlreadyPublic = 1,

    /// <summary>（二）所申请公开信息可以公开的，向申请人提供该政府信息，或者告知申请人获取该政府信息的方式、途径和时间.</summary>
    Provided = 2,

    /// <summary>（三）行政机关依据本条例的规定决定不予公开的，告知申请人不予公开并说明理由.</summary>
    Refused = 3,

    /// <summary>（四）经检索没有所申请公开信息的，告知申请人该政府信息不存在.</summary>
    DoesNotExist = 4,

    /// <summary>（五）所申请公开信息不属于本行政机关负责公开的，告知申请人并说明理由；能够确定负责机关的，告知其名称、联系方式.</summary>
    NotThisOrgan = 5,

    /// <summary>（六）已就申请人提出的政府信息公开申请作出答复、申请人重复申请公开相同政府信息的，告知申请人不予重复处理.</summary>
    Repeated = 6,

    /// <summary>（七）所申请公开信息属于工商、不动产登记资料等信息，有关法律、行政法规对信息的获取有特别规定的，告知申请人依照有关法律、行政法规的规定办理.</summary>
    OtherLawProcedure = 7,
}

/// <summary>Why information is withheld: the grounds of 第14–16条, as the national annual report table counts them.</summary>
public enum RefusalGround
{
    /// <summary>第14条: 依法确定为国家秘密.</summary>
    StateSecret = 1,

    /// <summary>第14条: 法律、行政法规禁止公开.</summary>
    ProhibitedByLaw = 2,

    /// <summary>第14条: 公开后可能危及国家安全、公共安全、经济安全、社会稳定.</summary>
    EndangersSecurity = 3,

    /// <summary>第15条: 涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害.</summary>
    ThirdPartyRights = 4,

    /// <summary>第16条第1款: 内部事务信息.</summary>
    InternalAffairs = 5,

    /// <summary>第16条第2款: 过程性信息.</summary>
    ProcessInformation = 6,

    /// <summary>第16条第2款: 行政执法案卷信息.</summary>
    EnforcementFile = 7,
}

/// <summary>How an application ended without a reply.</summary>
public enum ClosingKind
{
    /// <summary>申请人撤回申请.</summary>
    Withdrawn = 1,

    /// <summary>第30条: 申请人无正当理由逾期不补正的，视为放弃申请.</summary>
    NotCorrected = 2,
}

/// <summary>What the third party answered (第32条).</summary>
public enum ThirdPartyAnswer
{
    Agreed = 1,

    /// <summary>不同意公开且有合理理由的，行政机关不予公开（公共利益重大的除外）.</summary>
    Disagreed = 2,

    /// <summary>逾期未提出意见的，由行政机关依照本条例的规定决定是否公开.</summary>
    NoAnswer = 3,
}

internal static class DisclosureLabels
{
    public static string Channel(RequestChannel c) => c switch
    {
        RequestChannel.Online => "网上申请",
        RequestChannel.InPerson => "当面提交",
        RequestChannel.RegisteredPost => "邮寄（需签收）",
        RequestChannel.OrdinaryPost => "平常信函",
        RequestChannel.Fax => "传真",
        _ => c.ToString(),
    };

    /// <summary>The day of receipt by channel, as 第31条 says it; shown beside the date field.</summary>
    public static string ReceiptRule(RequestChannel c) => c switch
    {
        RequestChannel.InPerson => "以提交之日为收到申请之日（第三十一条第一项）",
        RequestChannel.RegisteredPost => "以行政机关签收之日为收到申请之日（第三十一条第二项）",
        RequestChannel.OrdinaryPost => "以行政机关于收到申请的当日与申请人确认之日为收到申请之日（第三十一条第二项）",
        RequestChannel.Online or RequestChannel.Fax => "以双方确认之日为收到申请之日（第三十一条第三项）",
        _ => "",
    };

    public static string Applicant(ApplicantKind k) => k switch
    {
        ApplicantKind.Citizen => "公民",
        ApplicantKind.LegalPerson => "法人",
        ApplicantKind.OtherOrganization => "其他组织",
        _ => k.ToString(),
    };

    public static string Form(DeliveryForm f) => f switch
    {
        DeliveryForm.Paper => "纸质",
        DeliveryForm.Electronic => "电子数据",
        _ => f.ToString(),
    };

    public static string Way(DeliveryWay w) => w switch
    {
        DeliveryWay.Post => "邮寄",
        DeliveryWay.Email => "电子邮件",
        DeliveryWay.Pickup => "当面领取",
        _ => w.ToString(),
    };

    public static string State(RequestState s) => s switch
    {
        RequestState.AwaitingConfirmation => "待确认收到",
        RequestState.InProgress => "办理中",
        RequestState.AwaitingCorrection => "待补正",
        RequestState.ConsultingThirdParty => "征求第三方意见",
        RequestState.Replied => "已答复",
        RequestState.Closed => "已终止",
        _ => s.ToString(),
    };

    public static string Reply(ReplyType t) => t switch
    {
        ReplyType.AlreadyPublic => "已主动公开",
        ReplyType.Provided => "予以公开",
        ReplyType.Refused => "不予公开",
        ReplyType.DoesNotExist => "本机关不掌握相关政府信息（信息不存在）",
        ReplyType.NotThisOrgan => "非本机关负责公开",
        ReplyType.Repeated => "重复申请",
        ReplyType.OtherLawProcedure => "按照有关法律、行政法规规定办理",
        _ => t.ToString(),
    };

    /// <summary>The article of 第36条 behind each reply, cited in the letter.</summary>
    public static string ReplyArticle(ReplyType t) => t switch
    {
        ReplyType.AlreadyPublic => "第三十六条第（一）项",
        ReplyType.Provided => "第三十六条第（二）项",
        ReplyType.Refused => "第三十六条第（三）项",
        ReplyType.DoesNotExist => "第三十六条第（四）项",
        ReplyType.NotThisOrgan => "第三十六条第（五）项",
        ReplyType.Repeated => "第三十六条第（六）项",
        ReplyType.OtherLawProcedure => "第三十六条第（七）项",
        _ => "",
    };

    public static string Ground(RefusalGround g) => g switch
    {
        RefusalGround.StateSecret => "属于国家秘密（第十四条）",
        RefusalGround.ProhibitedByLaw => "法律、行政法规禁止公开（第十四条）",
        RefusalGround.EndangersSecurity => "公开后可能危及国家安全、公共安全、经济安全、社会稳定（第十四条）",
        RefusalGround.ThirdPartyRights => "涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害（第十五条）",
        RefusalGround.InternalAffairs => "属于内部事务信息（第十六条第一款）",
        RefusalGround.ProcessInformation => "属于过程性信息（第十六条第二款）",
        RefusalGround.EnforcementFile => "属于行政执法案卷信息（第十六条第二款）",
        _ => g.ToString(),
    };

    public static string Closing(ClosingKind k) => k switch
    {
        ClosingKind.Withdrawn => "申请人撤回申请",
        ClosingKind.NotCorrected => "逾期未补正，视为放弃申请",
        _ => k.ToString(),
    };

    public static string Answer(ThirdPartyAnswer a) => a switch
    {
        ThirdPartyAnswer.Agreed => "同意公开",
        ThirdPartyAnswer.Disagreed => "不同意公开",
        ThirdPartyAnswer.NoAnswer => "逾期未提出意见",
        _ => a.ToString(),
    };
}
