using Fazhi.Modules.Education.Rules;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Tenancy;

namespace Fazhi.Modules.Education.Model;

/// <summary>
/// One person on the township's 干部职工名册, the register study attendance and exams are counted against. Not every
/// staff member signs in (village cadres, drivers, part-time staff), so the register is its own record; a member may
/// be linked to a login (<see cref="UserId"/>). Effective-dated (到岗/离岗) so that a year's 参学率 and 参考率 count
/// the people who served then, not those who serve today.
/// </summary>
internal sealed class StaffMember : ITenantOwned
{
    private StaffMember()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TownshipId { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>职务, e.g. 党委书记, 镇长, 司法所所长, 村党支部书记.</summary>
    public string Post { get; private set; } = "";

    /// <summary>所在单位或科室, e.g. 党政综合办公室, 小江村.</summary>
    public string Unit { get; private set; } = "";

    /// <summary>A member of the Party committee's 理论学习中心组 (the leadership team).</summary>
    public bool IsCentralGroupMember { get; private set; }

    public Guid? VillageId { get; private set; }

    public Guid? UserId { get; private set; }

    public DateOnly JoinedOn { get; private set; }

    public DateOnly? LeftOn { get; private set; }

    public string? LeftReason { get; private set; }

    public bool IsServingOn(DateOnly day) => JoinedOn <= day && (LeftOn is null || LeftOn >= day);

    public bool ServedDuring(DateOnly first, DateOnly last) => JoinedOn <= last && (LeftOn is null || LeftOn >= first);

    public static StaffMember Register(Guid townshipId, string name, string post, string unit, bool centralGroup, DateOnly joinedOn, Guid? villageId = null, Guid? userId = null) =>
        new()
        {
            TownshipId = townshipId,
            Name = name.Trim(),
            Post = post.Trim(),
            Unit = unit.Trim(),
            IsCentralGroupMember = centralGroup,
            JoinedOn = joinedOn,
            VillageId = villageId,
            UserId = userId,
        };

    public void Update(string post, string unit, bool centralGroup, DateOnly joinedOn)
    {
        Post = post.Trim();
        Unit = unit.Trim();
        IsCentralGroupMember = centralGroup;
        JoinedOn = joinedOn;
        if (LeftOn is { } left)
        {
            BusinessRule.Check(new StaffLeavesAfterJoining(JoinedOn, left));
        }
    }

    /// <summary>Links the member to the login they sign in with (a village cadre recording activities).</summary>
    public void LinkLogin(Guid userId) => UserId = userId;

    /// <summary>离岗: the member stays on the register for the years served, and is no longer expected from the next day.</summary>
    public void Leave(DateOnly on, string reason)
    {
        BusinessRule.Check(new StaffLeavesAfterJoining(JoinedOn, on));
        LeftOn = on;
        LeftReason = reason.Trim();
    }
}
