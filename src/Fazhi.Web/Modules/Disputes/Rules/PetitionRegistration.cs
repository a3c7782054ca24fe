using Fazhi.Modules.Disputes.Petitions.Register;
using Fazhi.Platform.ErrorHandling;

namespace Fazhi.Modules.Disputes.Rules;

/// <summary>信访工作条例 第十九条第一款: a petition states the name, address, request, facts and reasons; oral ones are recorded faithfully.</summary>
internal sealed record PetitionStatesWhoAndWhat(string? Name, string? Subject, string? Content) : IBusinessRule
{
    public bool IsBroken => string.IsNullOrWhiteSpace(Name) || string.IsNullOrWhiteSpace(Subject) || string.IsNullOrWhiteSpace(Content);

    public string Code => "disputes.petition.details-missing";

    public string Message => "信访事项应当载明信访人姓名（名称）、住址和请求、事实、理由；口头提出的应当如实记录（《信访工作条例》第十九条第一款）。";

    public string? Field => string.IsNullOrWhiteSpace(Name) ? "petitionerName" : string.IsNullOrWhiteSpace(Subject) ? "subject" : "content";
}

internal static class PetitionRegistration
{
    public static void CheckDetails(RegisterPetitionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        BusinessRule.Check(new PetitionStatesWhoAndWhat(request.PetitionerName, request.Subject, request.Content));
    }
}
