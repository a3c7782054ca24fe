using Fazhi.Platform.Auth;
using Fazhi.Platform.ErrorHandling;

namespace Fazhi.Platform.Procedures;

/// <summary>
/// Who may take a step of a procedure: a named rule living in the step's folder (e.g. <c>OnlyLeaderApprovesCatalog</c>),
/// with the roles it admits and the Chinese message, citing its basis, that a refused person reads. The step's handler
/// checks it; the page handler and the endpoint that offer the step name it with <see cref="WhoMayAttribute{TRule}"/>,
/// so both surfaces refuse the same people before anything else is read (ADR 0010).
/// </summary>
public abstract class WhoMayRule
{
    protected WhoMayRule(string code, string message, params string[] roles)
    {
        Code = code;
        Message = message;
        AdmittedRoles = roles;
    }

    /// <summary>Stable machine code, e.g. <c>decisions.catalog.approval.who</c>.</summary>
    public string Code { get; }

    public string Message { get; }

    /// <summary>The roles whose holders may take the step.</summary>
    public IReadOnlyList<string> AdmittedRoles { get; }

    public bool Admits(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return AdmittedRoles.Any(actor.IsIn);
    }

    /// <summary>Refuses <paramref name="actor"/> with 403 and the rule's message unless one of the roles is held.</summary>
    public void Check(Actor actor)
    {
        if (!Admits(actor))
        {
            throw new StepForbiddenException(Code, Message);
        }
    }

    /// <summary>The one instance of a rule type (rules carry no state).</summary>
    public static TRule Of<TRule>() where TRule : WhoMayRule, new() => RuleInstance<TRule>.Value;

    private static class RuleInstance<TRule> where TRule : WhoMayRule, new()
    {
        public static readonly TRule Value = new();
    }
}

/// <summary>The actor may not take this step: answered 403 with the rule's message, never re-rendered as a form error.</summary>
public sealed class StepForbiddenException : BusinessRuleException
{
    public StepForbiddenException(string code, string message) : base(code, message)
    {
    }
}

/// <summary>What the filters read: the permission rule of the step an endpoint or a page handler offers.</summary>
public interface IWhoMayMetadata
{
    WhoMayRule Rule { get; }
}

/// <summary>
/// Names the permission rule of the step that a page handler (<c>OnPostApproveAsync</c>) or an endpoint
/// (<c>.WhoMay&lt;TRule&gt;()</c>) offers. <see cref="StepPageFilter"/> and <see cref="WhoMayMiddleware"/>
/// refuse a person outside the rule before binding or validation, so page and API answer alike.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class WhoMayAttribute<TRule> : Attribute, IWhoMayMetadata where TRule : WhoMayRule, new()
{
    public WhoMayRule Rule => WhoMayRule.Of<TRule>();
}

public static class WhoMayEndpointExtensions
{
    /// <summary>Declares the step's permission rule on an endpoint; <see cref="WhoMayMiddleware"/> checks it.</summary>
    public static RouteHandlerBuilder WhoMay<TRule>(this RouteHandlerBuilder builder) where TRule : WhoMayRule, new() =>
        builder.WithMetadata(new WhoMayAttribute<TRule>()).ProducesProblem(StatusCodes.Status403Forbidden);
}
