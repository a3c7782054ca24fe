using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Documents.Filing;

/// <summary>
/// The answer to the county's 责令纠正 — 停止执行 or 撤销 the document — is the making government's decision, recorded
/// by its legal clerk or taken by a leader; officers and the legal advisor do not take it (ADR 0010).
/// </summary>
internal sealed class CorrectionAnsweredByClerkOrLeader() : WhoMayRule(
    "documents.correction.who", "落实县级备案审查的责令纠正（停止执行、撤销文件）由制定机关决定，须由法制员或领导办理。", Roles.LegalClerk, Roles.Leader);
