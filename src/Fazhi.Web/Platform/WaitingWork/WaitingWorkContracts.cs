using Fazhi.Platform.Auth;

namespace Fazhi.Platform.WaitingWork;

/// <summary>
/// The person whose 待我办理 is asked for: who they are, their township, roles and leader post, and today (Beijing).
/// </summary>
public sealed record WaitingFor(Guid? UserId, string UserName, Guid TownshipId, IReadOnlySet<string> Roles, LeaderPost LeaderPost, DateOnly Today)
{
    public bool Is(string role) => Roles.Contains(role);
}

/// <summary>
/// One thing that waits on the person: the act (签发（分管领导）), the record it concerns, the page where it is done and,
/// when the record has one, the nearest due date the township must meet.
/// </summary>
/// <param name="Area">The work it belongs to, e.g. 规范性文件, 行政执法.</param>
/// <param name="Action">What the person does next, e.g. 主要领导签发.</param>
/// <param name="Subject">The record, e.g. 小江府规〔2026〕3号 关于…</param>
/// <param name="Url">The record's workspace page, where the act is done.</param>
/// <param name="DueDate">The nearest open government deadline of the record, if any.</param>
/// <param name="Note">A short why or condition, e.g. 陈述申辩期已满.</param>
public sealed record WaitingItem(string Area, string Action, string Subject, string Url, DateOnly? DueDate = null, string? Note = null);

/// <summary>
/// A module's answer to “what waits on this person?” (ADR 0027). Each module implements it over its own records and
/// answers with ONE database query (rows projected with their nearest deadline); the workspace home and the
/// navigation's count ask every module through this contract, never its tables.
/// </summary>
public interface IWaitingWorkSource
{
    Task<IReadOnlyList<WaitingItem>> ForAsync(WaitingFor who, CancellationToken cancellationToken);
}
