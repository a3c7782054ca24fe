using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Enforcement.Cases.HearingRecord;

/// <summary>
/// The hearing record is made under the non-investigating host (行政处罚法 第六十四条、第六十五条): kept by the clerk or a leader.
/// The handler checks it; the page handler and the endpoint name it (ADR 0010).
/// </summary>
internal sealed class HearingRecordKeptByClerkOrLeader() : WhoMayRule(
    "enforcement.case.hearing-record.who",
    "听证笔录由行政机关指定的非本案调查人员主持制作（《行政处罚法》第六十四条、第六十五条），由法制员或领导登记，执法人员不能登记。",
    Roles.LegalClerk, Roles.Leader);
