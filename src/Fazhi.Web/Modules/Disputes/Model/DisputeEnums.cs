namespace Fazhi.Modules.Disputes.Model;

/// <summary>
/// How a matter reached the township. 信访工作条例 第十七条 lists 信息网络、书信、电话、传真、走访; the 12345 hotline and the
/// matters an upper organ transfers or assigns (转送、交办, 第二十二条) arrive with a reference of their own.
/// </summary>
public enum MatterChannel
{
    Visit = 1,
    Letter = 2,
    Phone = 3,
    Online = 4,
    Hotline12345 = 5,
    Referred = 6,
}

/// <summary>
/// What the requester asks for. The first four are the 12345 hotline's categories (国办发〔2020〕53号); 矛盾纠纷 goes to
/// mediation or screening; 申诉求决 is the 信访 class of 第三十一条 that ends in a 处理意见书.
/// </summary>
public enum MatterCategory
{
    Consultation = 1,
    HelpRequest = 2,
    Complaint = 3,
    Suggestion = 4,
    Dispute = 5,
    Claim = 6,
}

/// <summary>The field a matter or dispute belongs to, as mediation and screening ledgers classify them.</summary>
public enum MatterTopic
{
    FamilyAndMarriage = 1,
    Neighbours = 2,
    LandAndForest = 3,
    Housing = 4,
    Labour = 5,
    Damages = 6,
    Contracts = 7,
    Environment = 8,
    PublicServices = 9,
    Other = 10,
}

/// <summary>The procedure that has taken a matter up; a general matter is answered by the office it is routed to.</summary>
internal enum MatterProcedure
{
    General = 1,
    Mediation = 2,
    Petition = 3,
    Hotline = 4,
}

internal enum MatterStatus
{
    Received = 1,
    InProgress = 2,
    Replied = 3,
    Closed = 4,
    Linked = 5,
}

/// <summary>回访 result: the requester's satisfaction with how the matter was handled.</summary>
public enum Satisfaction
{
    Satisfied = 1,
    BasicallySatisfied = 2,
    Dissatisfied = 3,
}

/// <summary>Level of a people's mediation committee (人民调解法 第八条、第三十四条).</summary>
public enum CommitteeLevel
{
    Township = 1,
    Village = 2,
}

public enum MediatorRole
{
    Chair = 1,
    ViceChair = 2,
    Member = 3,
    Appointed = 4,
}

public enum Gender
{
    Female = 1,
    Male = 2,
}

/// <summary>How mediation started (人民调解法 第十七条、第十八条).</summary>
public enum MediationStart
{
    Application = 1,
    ExOfficio = 2,
    Referral = 3,
}

public enum PartySide
{
    Applicant = 1,
    Respondent = 2,
}

public enum PartyKind
{
    NaturalPerson = 1,
    Organisation = 2,
}

internal enum MediationStatus
{
    Accepted = 1,
    Mediating = 2,
    AgreementPendingSignature = 3,
    Agreed = 4,
    Performed = 5,
    Failed = 6,
    Refused = 7,
}

/// <summary>人民调解法 第二十八条: a written 调解协议书, or an oral agreement whose content the mediator records.</summary>
public enum AgreementForm
{
    Written = 1,
    Oral = 2,
}

public enum PerformanceStatus
{
    Performed = 1,
    PartlyPerformed = 2,
    NotPerformed = 3,
}

/// <summary>What became of a dispute found in a screening round (矛盾纠纷排查).</summary>
public enum FindingStatus
{
    Pending = 1,
    Resolved = 2,
    ReferredToMediation = 3,
    Escalated = 4,
}

/// <summary>Where a 信访 matter came from (信访工作条例 第二十三条第二款、第三款).</summary>
public enum PetitionSource
{
    Direct = 1,
    Transferred = 2,
    Assigned = 3,
}

internal enum PetitionStatus
{
    Registered = 1,
    Accepted = 2,
    NotAccepted = 3,
    TransferredOut = 4,
    Objected = 5,
    Redirected = 6,
    Answered = 7,
    UnderReview = 8,
    Closed = 9,
}

/// <summary>The routes of 第三十一条 for 申诉求决 matters: the statutory procedures (items 1–5) or 信访 handling (item 6).</summary>
public enum PetitionRoute
{
    PetitionHandling = 1,
    LitigationOrReconsideration = 2,
    Arbitration = 3,
    OtherStatutoryProcedure = 4,
}

/// <summary>信访处理意见 (第三十二条): support, explain, or not support.</summary>
public enum OpinionResult
{
    Support = 1,
    Explain = 2,
    NotSupport = 3,
}

public enum ReviewResult
{
    Upheld = 1,
    Changed = 2,
}

/// <summary>12345 ticket categories; each has its handling period in settings (REGULATIONS §13).</summary>
internal enum HotlineCategory
{
    Consultation = 1,
    HelpRequest = 2,
    Complaint = 3,
    Suggestion = 4,
}

internal enum HotlineTicketStatus
{
    Received = 1,
    Dispatched = 2,
    Replied = 3,
    Returned = 4,
    Closed = 5,
}

internal enum TicketArrival
{
    Import = 1,
    Push = 2,
    Manual = 3,
}

/// <summary>复查 (第三十五条) or 复核 (第三十六条).</summary>
public enum ReviewLevel
{
    Review = 1,
    ReReview = 2,
}
