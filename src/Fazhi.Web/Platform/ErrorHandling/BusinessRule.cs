namespace Fazhi.Platform.ErrorHandling;

/// <summary>A named rule of law or procedure that a step must not break.</summary>
public interface IBusinessRule
{
    bool IsBroken { get; }

    /// <summary>Stable machine code, e.g. <c>documents.deliberation.review-not-passed</c>.</summary>
    string Code { get; }

    /// <summary>The Chinese message shown to the user; it names the rule and its legal basis.</summary>
    string Message { get; }
}

/// <summary>Thrown when a step would break a named rule; mapped to 409 ProblemDetails at one edge.</summary>
public sealed class BusinessRuleException : Exception
{
    public BusinessRuleException(string code, string message) : base(message)
    {
        Code = code;
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
}

public static class BusinessRule
{
    public static void Check(IBusinessRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.IsBroken)
        {
            throw new BusinessRuleException(rule.Code, rule.Message);
        }
    }
}
