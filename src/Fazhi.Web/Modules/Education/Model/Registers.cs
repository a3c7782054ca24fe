using Fazhi.Modules.Education.Rules;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Tenancy;

namespace Fazhi.Modules.Education.Model;

/// <summary>
/// A school in the township and its 法治副校长 (教育部《中小学法治副校长聘任与管理办法》, in force 2022-05-01): who,
/// from which organ (派出所, 司法所, 法院, 检察院, 律师事务所), appointed when and until when.
/// </summary>
internal sealed class School : ITenantOwned
{
    private School()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TownshipId { get; private set; }

    public string Name { get; private set; } = "";

    public SchoolKind Kind { get; private set; }

    public Guid? VillageId { get; private set; }

    public string? ViceprincipalName { get; private set; }

    public string? ViceprincipalOrgan { get; private set; }

    public DateOnly? AppointedOn { get; private set; }

    public DateOnly? TermEndsOn { get; private set; }

    public bool HasViceprincipalOn(DateOnly day) =>
        ViceprincipalName is not null && AppointedOn <= day && (TermEndsOn is null || TermEndsOn >= day);

    public static School Register(Guid townshipId, string name, SchoolKind kind, Guid? villageId) =>
        new() { TownshipId = townshipId, Name = name.Trim(), Kind = kind, VillageId = villageId };

    public void Appoint(string name, string organ, DateOnly appointedOn, DateOnly? termEndsOn)
    {
        if (termEndsOn is { } end)
        {
            BusinessRule.Check(new StaffLeavesAfterJoining(appointedOn, end));
        }

        ViceprincipalName = name.Trim();
        ViceprincipalOrgan = organ.Trim();
        AppointedOn = appointedOn;
        TermEndsOn = termEndsOn;
    }
}

/// <summary>乡村“法律明白人” (中宣部、司法部、民政部 培养工程, 2021): residents trained to explain the law in their village.</summary>
internal sealed class LegalLiterateResident : ITenantOwned
{
    private LegalLiterateResident()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TownshipId { get; private set; }

    public Guid VillageId { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>村干部, 网格员, 人民调解员, 党员 ….</summary>
    public string Role { get; private set; } = "";

    public DateOnly JoinedOn { get; private set; }

    public DateOnly? LeftOn { get; private set; }

    public bool ServesOn(DateOnly day) => JoinedOn <= day && (LeftOn is null || LeftOn >= day);

    public static LegalLiterateResident Register(Guid townshipId, Guid villageId, string name, string role, DateOnly joinedOn, DateOnly? leftOn)
    {
        if (leftOn is { } left)
        {
            BusinessRule.Check(new StaffLeavesAfterJoining(joinedOn, left));
        }

        return new() { TownshipId = townshipId, VillageId = villageId, Name = name.Trim(), Role = role.Trim(), JoinedOn = joinedOn, LeftOn = leftOn };
    }

    public void Update(string role, DateOnly joinedOn, DateOnly? leftOn)
    {
        if (leftOn is { } left)
        {
            BusinessRule.Check(new StaffLeavesAfterJoining(joinedOn, left));
        }

        Role = role.Trim();
        JoinedOn = joinedOn;
        LeftOn = leftOn;
    }
}

/// <summary>民主法治示范村（社区）: designated by 司法部、民政部 or the province, city or county; may be withdrawn on review.</summary>
internal sealed class DemonstrationVillage : ITenantOwned
{
    private DemonstrationVillage()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TownshipId { get; private set; }

    public Guid VillageId { get; private set; }

    public DesignationLevel Level { get; private set; }

    public DateOnly DesignatedOn { get; private set; }

    /// <summary>命名文件, e.g. 司法部 民政部关于命名第九批“全国民主法治示范村（社区）”的决定.</summary>
    public string Reference { get; private set; } = "";

    public DateOnly? WithdrawnOn { get; private set; }

    public bool StandsOn(DateOnly day) => DesignatedOn <= day && (WithdrawnOn is null || WithdrawnOn >= day);

    public static DemonstrationVillage Designate(Guid townshipId, Guid villageId, DesignationLevel level, DateOnly on, string reference) =>
        new() { TownshipId = townshipId, VillageId = villageId, Level = level, DesignatedOn = on, Reference = reference.Trim() };

    public void Update(DesignationLevel level, DateOnly on, string reference, DateOnly? withdrawnOn)
    {
        Level = level;
        DesignatedOn = on;
        Reference = reference.Trim();
        WithdrawnOn = withdrawnOn;
    }
}

/// <summary>
/// A 村民小组 of a village: the unit 宣传覆盖率 is counted in (groups reached by at least one activity in the year ÷
/// groups registered), because a village-level rate cannot tell a reached hamlet from a forgotten one. Effective-dated
/// (ADR 0017): groups are set up, merged and split, so a year's rate counts the groups that stood at its end.
/// </summary>
internal sealed class VillageGroup : ITenantOwned
{
    private VillageGroup()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TownshipId { get; private set; }

    public Guid VillageId { get; private set; }

    public string Name { get; private set; } = "";

    public int Order { get; private set; }

    /// <summary>设立日期; null when the group predates the register (it stood in every year recorded).</summary>
    public DateOnly? ValidFrom { get; private set; }

    /// <summary>撤销（合并）日期: the last day the group stood; null while it stands.</summary>
    public DateOnly? ValidTo { get; private set; }

    public static VillageGroup Register(Guid townshipId, Guid villageId, string name, int order, DateOnly? validFrom = null, DateOnly? validTo = null)
    {
        BusinessRule.Check(new GroupEndsAfterItStarts(validFrom, validTo));
        return new() { TownshipId = townshipId, VillageId = villageId, Name = name.Trim(), Order = order, ValidFrom = validFrom, ValidTo = validTo };
    }

    /// <summary>A re-imported sheet states when the group was set up or merged away.</summary>
    public void Date(DateOnly? validFrom, DateOnly? validTo)
    {
        BusinessRule.Check(new GroupEndsAfterItStarts(validFrom, validTo));
        ValidFrom = validFrom;
        ValidTo = validTo;
    }

    /// <summary>Whether the group stood on <paramref name="day"/>.</summary>
    public bool StandsOn(DateOnly day) => (ValidFrom is null || ValidFrom <= day) && (ValidTo is null || ValidTo >= day);
}

/// <summary>A 村民小组 cannot be merged away before it was set up (ADR 0017: valid from ≤ valid to).</summary>
internal sealed record GroupEndsAfterItStarts(DateOnly? ValidFrom, DateOnly? ValidTo) : IBusinessRule
{
    public bool IsBroken => ValidFrom is { } from && ValidTo is { } to && to < from;

    public string Code => "education.village-group.dates";

    public string Message => $"撤销（合并）日期 {ValidTo:yyyy-MM-dd} 早于设立日期 {ValidFrom:yyyy-MM-dd}（有效期登记，ADR 0017）。";
}

/// <summary>
/// The year's 普法 plan (年度普法工作计划) and its 谁执法谁普法 responsibility list: each office's duties, checked off
/// (销号) during the year (中办、国办《关于实行国家机关“谁执法谁普法”普法责任制的意见》, 2017).
/// </summary>
internal sealed class PublicityPlan : ITenantOwned
{
    private PublicityPlan()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TownshipId { get; private set; }

    public int Year { get; private set; }

    public string Title { get; private set; } = "";

    public DateOnly AdoptedOn { get; private set; }

    public List<ResponsibilityItem> Items { get; private set; } = [];

    public static PublicityPlan Adopt(Guid townshipId, int year, string title, DateOnly adoptedOn) =>
        new() { TownshipId = townshipId, Year = year, Title = title.Trim(), AdoptedOn = adoptedOn };

    public void Retitle(string title, DateOnly adoptedOn)
    {
        Title = title.Trim();
        AdoptedOn = adoptedOn;
    }

    /// <summary>Adds or revises a duty of an office (keyed by office and duty, so a re-imported sheet updates it).</summary>
    public ResponsibilityItem List(string office, string duty, string laws, string timing)
    {
        var item = Items.SingleOrDefault(i => i.Office == office.Trim() && i.Duty == duty.Trim());
        if (item is null)
        {
            item = new ResponsibilityItem { PlanId = Id, Order = Items.Count + 1, Office = office.Trim(), Duty = duty.Trim() };
            Items.Add(item);
        }

        item.Laws = laws.Trim();
        item.Timing = timing.Trim();
        return item;
    }

    public ResponsibilityItem CheckOff(Guid itemId, DateOnly doneOn, string note)
    {
        var item = Items.Single(i => i.Id == itemId);
        BusinessRule.Check(new ResponsibilityItemDoneOnce(item.Duty, item.DoneOn is not null));
        item.DoneOn = doneOn;
        item.DoneNote = note.Trim();
        return item;
    }
}

internal sealed class ResponsibilityItem
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid PlanId { get; set; }

    public int Order { get; set; }

    /// <summary>责任单位, e.g. 综合行政执法办公室.</summary>
    public string Office { get; set; } = "";

    /// <summary>普法内容, e.g. 结合执法开展以案释法.</summary>
    public string Duty { get; set; } = "";

    /// <summary>重点法律法规.</summary>
    public string Laws { get; set; } = "";

    /// <summary>完成时限 as the plan states it: 全年, 6月, 12月4日前 ….</summary>
    public string Timing { get; set; } = "";

    public DateOnly? DoneOn { get; set; }

    public string? DoneNote { get; set; }
}
