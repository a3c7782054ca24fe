using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Platform.Deadlines.Rules;

/// <summary>
/// A period is extended only with the approval of the organ's 负责人 (《政府信息公开条例》第三十三条第二款,
/// 《行政处罚法》第六十条, 《行政复议法》 and the other laws that allow an extension all say 经负责人批准): a leader's
/// account. <see cref="IDeadlines.ExtendAsync"/> checks it whoever calls it (the board, a disclosure request, a case);
/// the board's page handler and endpoint name it (ADR 0010).
/// </summary>
internal sealed class DeadlineExtendedByLeader() : WhoMayRule(
    "deadlines.extension.who",
    "延长期限须经负责人批准，请由领导账户批准（《政府信息公开条例》第三十三条、《行政处罚法》第六十条等：经负责人批准）。",
    Roles.Leader);
