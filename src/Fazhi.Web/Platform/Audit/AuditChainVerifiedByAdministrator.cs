using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Platform.Audit;

/// <summary>
/// 校验 of the audit chains reads every township's trail and the published content's stamps: the system administrator's
/// check (ADR 0008). It changes nothing, yet it is a form the page posts, so it names who may run it (ADR 0010); the
/// nightly job and the <c>verify-audit</c> command run it for the platform itself.
/// </summary>
internal sealed class AuditChainVerifiedByAdministrator() : WhoMayRule(
    "audit.verify.who", "审计链校验由系统管理员执行，请使用系统管理员账户操作。", Roles.Administrator);
