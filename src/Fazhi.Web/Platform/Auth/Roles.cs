namespace Fazhi.Platform.Auth;

/// <summary>The roles of the platform (issue 2 §2). Role names are stored in English; <see cref="Label"/> gives the Chinese.</summary>
public static class Roles
{
    public const string LegalClerk = "LegalClerk";
    public const string EnforcementOfficer = "EnforcementOfficer";
    public const string Leader = "Leader";
    public const string LegalAdvisor = "LegalAdvisor";

    /// <summary>村（社区）干部: records the 普法 activities of their village from a phone (issue 15 §5), nothing else.</summary>
    public const string VillageCadre = "VillageCadre";
    public const string CountyReviewer = "CountyReviewer";
    public const string Administrator = "Administrator";

    public static IReadOnlyList<string> All { get; } =
        [LegalClerk, EnforcementOfficer, Leader, LegalAdvisor, VillageCadre, CountyReviewer, Administrator];

    /// <summary>Roles whose holders belong to a township.</summary>
    public static IReadOnlyList<string> Township { get; } = [LegalClerk, EnforcementOfficer, Leader, LegalAdvisor, VillageCadre];

    public static string Label(string role) => role switch
    {
        LegalClerk => "法制员",
        EnforcementOfficer => "执法人员",
        Leader => "领导",
        LegalAdvisor => "法律顾问",
        VillageCadre => "村（社区）干部",
        CountyReviewer => "县级审查员",
        Administrator => "系统管理员",
        _ => role,
    };
}

/// <summary>Authorization policies; endpoints and pages name these, never raw roles.</summary>
public static class Policies
{
    /// <summary>Any township staff member: the workspace.</summary>
    public const string Workspace = "Workspace";

    public const string County = "County";

    public const string Administrator = "Administrator";
}

public static class FazhiClaims
{
    public const string TownshipId = "fazhi:township";
    public const string CountyId = "fazhi:county";
    public const string DisplayName = "fazhi:name";
}
