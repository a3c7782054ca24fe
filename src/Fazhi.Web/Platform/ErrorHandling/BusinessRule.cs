namespace Fazhi.Platform.ErrorHandling;

/// <summary>A named rule of law or procedure that a step must not break.</summary>
public interface IBusinessRule
{
    bool IsBroken { get; }

    /// <summary>Stable machine code, e.g. <c>documents.deliberation.review-not-passed</c>.</summary>
    string Code { get; }

    /// <summary>The Chinese message shown to the user; it names the rule and its legal basis.</summary>
    string Message { get; }

    /// <summary>The request field the rule is about, if one: a page shows the message next to it, the API names it.</summary>
    string? Field => null;
}

/// <summary>Thrown when a step would break a named rule; mapped to 409 ProblemDetails at one edge.</summary>
public class BusinessRuleException : Exception
{
    public BusinessRuleException(string code, string message, string? field = null) : base(message)
    {
        Code = code;
        Field = field;
    }

    public BusinessRuleException() : this("rule.broken", "操作违反业务规则。")
    {
    }

    public BusinessRuleException(string message) : this("rule.broken", message)
    {
    }

    public BusinessRuleException(string message, Exception innerException) : base(message, innerException)
    {
        Code = "rule.broken";
    }

    public string Code { get; }

    /// <summary>The request field the broken rule is about, if one (see <see cref="IBusinessRule.Field"/>).</summary>
    public string? Field { get; }
}

public static class BusinessRule
{
    public static void Check(IBusinessRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.IsBroken)
        {
            throw new BusinessRuleException(rule.Code, rule.Message, rule.Field);
        }
    }
}
