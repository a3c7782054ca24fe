using Microsoft.AspNetCore.Identity;

namespace Fazhi.Platform.Auth;

/// <summary>A person who signs in: township staff belong to a township, county reviewers to a county.</summary>
public sealed class FazhiUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    public Guid? CountyId { get; set; }

    public Guid? TownshipId { get; set; }

    /// <summary>Job title shown on signatures and records (e.g. 司法所所长).</summary>
    public string? Position { get; set; }

    public bool IsDisabled { get; set; }

    /// <summary>分管领导 or 主要领导 for a 领导 account (the two signatures of a normative document); none otherwise.</summary>
    public LeaderPost LeaderPost { get; set; }
}
