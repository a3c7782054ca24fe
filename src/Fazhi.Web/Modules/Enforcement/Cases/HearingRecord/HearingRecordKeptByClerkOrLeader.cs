using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Enforcement.Cases.HearingRecord;

/// <summary>Who may take this step of a penalty case (ADR 0010): the handler checks it, the page and the endpoint name it.</summary>
internal sealed class HearingRecordKeptByClerkOrLeader() : WhoMayRule(
    "enforcement.case.hearing-record.who",
    "听证笔录由行政机关指定的非本案调查人员主持制作（《行政处罚法》第六十四条、第六十五条），由法制员或领导登记，执法人员不能登记。",
    Roles.LegalClerk, Roles.Leader);
