using System.Globalization;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Tenancy;
using Fazhi.Platform.Data;

namespace Fazhi.Modules.Disclosure.Model;

/// <summary>How listed information stopped being in force (values equal the contract's <c>CatalogueValidity</c>).</summary>
internal enum InformationValidity
{
    /// <summary>已废止.</summary>
    Repealed = 1,

    /// <summary>已失效 (宣布失效, 撤销, 有效期届满).</summary>
    Invalid = 2,
}

/// <summary>The categories of 主动公开 (第20条 items 一–十五, and the township's own of 第21条).</summary>
public enum InformationCategory
{
    NormativeDocuments = 1,
    Organization = 2,
    Plans = 3,
    Statistics = 4,
    Licensing = 5,
    PenaltiesAndCoercion = 6,
    Budget = 7,
    Fees = 8,
    Procurement = 9,
    MajorProjects = 10,
    PublicWelfare = 11,
    Emergencies = 12,
    Inspections = 13,
    CivilServiceRecruitment = 14,
    OtherByLaw = 15,
    AgriculturalPolicy = 21,
    FarmlandIrrigation = 22,
    LandContractTransfer = 23,
    HomesteadReview = 24,
    LandExpropriation = 25,
    HouseExpropriation = 26,
    FundsAndLabour = 27,
    SocialAssistance = 28,
}

internal static class CatalogueLabels
{
    public static string Category(InformationCategory c) => c switch
    {
        InformationCategory.NormativeDocuments => "规章和规范性文件（第二十条第一项）",
        InformationCategory.Organization => "机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名（第二十条第二项）",
        InformationCategory.Plans => "规划及相关政策（第二十条第三项）",
        InformationCategory.Statistics => "统计信息（第二十条第四项）",
        InformationCategory.Licensing => "行政许可和其他对外管理服务事项（第二十条第五项）",
        InformationCategory.PenaltiesAndCoercion => "行政处罚、行政强制（第二十条第六项）",
        InformationCategory.Budget => "财政预算、决算（第二十条第七项）",
        InformationCategory.Fees => "行政事业性收费（第二十条第八项）",
        InformationCategory.Procurement => "政府集中采购（第二十条第九项）",
        InformationCategory.MajorProjects => "重大建设项目（第二十条第十项）",
        InformationCategory.PublicWelfare => "扶贫、教育、医疗、社会保障、促进就业（第二十条第十一项）",
        InformationCategory.Emergencies => "突发公共事件应急预案、预警信息及应对（第二十条第十二项）",
        InformationCategory.Inspections => "环境保护、公共卫生、安全生产、食品药品、产品质量监督检查（第二十条第十三项）",
        InformationCategory.CivilServiceRecruitment => "公务员招考（第二十条第十四项）",
        InformationCategory.OtherByLaw => "法律、法规、规章和国家有关规定应当主动公开的其他信息（第二十条第十五项）",
        InformationCategory.AgriculturalPolicy => "贯彻落实农业农村政策（第二十一条）",
        InformationCategory.FarmlandIrrigation => "农田水利工程建设运营（第二十一条）",
        InformationCategory.LandContractTransfer => "农村土地承包经营权流转（第二十一条）",
        InformationCategory.HomesteadReview => "宅基地使用情况审核（第二十一条）",
        InformationCategory.LandExpropriation => "土地征收（第二十一条）",
        InformationCategory.HouseExpropriation => "房屋征收（第二十一条）",
        InformationCategory.FundsAndLabour => "筹资筹劳（第二十一条）",
        InformationCategory.SocialAssistance => "社会救助（第二十一条）",
        _ => c.ToString(),
    };

    /// <summary>The category's short name for tables and the portal.</summary>
    public static string Brief(InformationCategory c)
    {
        var full = Category(c);
        return full[..full.IndexOf('（', StringComparison.Ordinal)];
    }

    public static string Validity(InformationValidity v) => v == InformationValidity.Repealed ? "已废止" : "已失效";
}

/// <summary>
/// One item of the 政府信息公开目录 (第12条: 索引、名称、内容概述、生成日期): registered when the information is formed or
/// changed, published within 20 working days (第26条). Public once published.
/// </summary>
internal sealed class DisclosureItem : IPublishable, INumberedInYear
{
    private DisclosureItem()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TownshipId { get; private set; }

    public int Year { get; private set; }

    public int Sequence { get; private set; }

    /// <summary>索引号, e.g. 990100104000/2026-00003: the township's division code, the year and the sequence.</summary>
    public string IndexNumber { get; private set; } = "";

    public InformationCategory Category { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>内容概述, published.</summary>
    public string Summary { get; private set; } = "";

    /// <summary>生成日期: the day the information was formed or changed (第26条 starts the 20 working days here).</summary>
    public DateOnly FormedOn { get; private set; }

    /// <summary>Where the full text is (a portal page of another module or an outside address), if anywhere.</summary>
    public string? Link { get; private set; }

    public DateOnly? PublishedOn { get; private set; }

    public bool IsPublic { get; private set; }

    /// <summary>The module whose publication this entry lists (e.g. <c>documents</c>); null for an entry the clerk registered.</summary>
    public string? SourceModule { get; private set; }

    /// <summary>The published record of <see cref="SourceModule"/>.</summary>
    public Guid? SourceId { get; private set; }

    /// <summary>The day the source was withdrawn from the portal (e.g. 撤回公示); the entry is no longer public.</summary>
    public DateOnly? WithdrawnOn { get; private set; }

    /// <summary>有效期至 of information with a term (a normative document); after it the entry reads 已失效.</summary>
    public DateOnly? ValidUntil { get; private set; }

    /// <summary>How the information stopped being in force (废止, 宣布失效, 撤销); null while it is (or has no validity).</summary>
    public InformationValidity? ValidityEnded { get; private set; }

    /// <summary>The day it stopped being in force.</summary>
    public DateOnly? ValidityEndedOn { get; private set; }

    /// <summary>
    /// The status the portal shows today: the recorded end, or 已失效 the day after its term (computed, so it cannot lag);
    /// null while in force.
    /// </summary>
    public (InformationValidity Status, DateOnly Since)? ValidityOn(DateOnly today) =>
        ValidityEnded is { } ended && ValidityEndedOn is { } since ? (ended, since)
        : ValidUntil is { } until && until < today ? (InformationValidity.Invalid, until.AddDays(1))
        : null;

    public void SetTerm(DateOnly? validUntil) => ValidUntil = validUntil;

    /// <summary>The source stopped being in force; the entry stays published, showing how and since when.</summary>
    public void EndValidity(InformationValidity how, DateOnly on)
    {
        ValidityEnded = how;
        ValidityEndedOn = on;
    }

    /// <summary>An entry filed by another module's publishing step (IDisclosureCatalogue): public the day its source was published.</summary>
    public static DisclosureItem FiledFrom(string sourceModule, Guid sourceId, Guid townshipId, string divisionCode, int sequence, InformationCategory category, string title, string summary,
        DateOnly formedOn, DateOnly publishedOn, string? link) => new()
        {
            TownshipId = townshipId,
            Year = formedOn.Year,
            Sequence = sequence,
            IndexNumber = string.Create(CultureInfo.InvariantCulture, $"{divisionCode}/{formedOn.Year}-{sequence:00000}"),
            Category = category,
            Title = title.Trim(),
            Summary = summary.Trim(),
            FormedOn = formedOn,
            Link = string.IsNullOrWhiteSpace(link) ? null : link.Trim(),
            PublishedOn = publishedOn,
            IsPublic = true,
            SourceModule = sourceModule,
            SourceId = sourceId,
        };

    /// <summary>The source was published again (e.g. a corrected version): the entry shows it and keeps its 索引号.</summary>
    public void Refile(InformationCategory category, string title, string summary, string? link, DateOnly publishedOn)
    {
        Category = category;
        Title = title.Trim();
        Summary = summary.Trim();
        Link = string.IsNullOrWhiteSpace(link) ? null : link.Trim();
        if (!IsPublic)
        {
            PublishedOn = publishedOn;
        }

        IsPublic = true;
        WithdrawnOn = null;
    }

    /// <summary>The source left the portal: so does its entry (行政处罚法 第48条第2款 for a revoked penalty decision).</summary>
    public void Withdraw(DateOnly on)
    {
        IsPublic = false;
        WithdrawnOn = on;
    }

    public static DisclosureItem Register(Guid townshipId, string divisionCode, int sequence, InformationCategory category, string title, string summary, DateOnly formedOn, string? link, DateOnly today)
    {
        BusinessRule.Check(new FormedOnNotInTheFuture(formedOn, today));
        return new DisclosureItem
        {
            TownshipId = townshipId,
            Year = formedOn.Year,
            Sequence = sequence,
            IndexNumber = string.Create(CultureInfo.InvariantCulture, $"{divisionCode}/{formedOn.Year}-{sequence:00000}"),
            Category = category,
            Title = title.Trim(),
            Summary = summary.Trim(),
            FormedOn = formedOn,
            Link = string.IsNullOrWhiteSpace(link) ? null : link.Trim(),
        };
    }

    public void Publish(DateOnly on, DateOnly today)
    {
        BusinessRule.Check(new EntryNotYetPublished(PublishedOn));
        BusinessRule.Check(new StepDateWithin(on, FormedOn, today, "公开日期"));
        PublishedOn = on;
        IsPublic = true;
    }
}

internal sealed record FormedOnNotInTheFuture(DateOnly FormedOn, DateOnly Today) : IBusinessRule
{
    public bool IsBroken => FormedOn > Today;

    public string Code => "disclosure.catalogue.formed-in-future";

    public string? Field => "FormedOn";

    public string Message => "信息形成或变更日期不能晚于今天（《政府信息公开条例》第二十六条自形成或者变更之日起计算公开期限）。";
}

internal sealed record EntryNotYetPublished(DateOnly? PublishedOn) : IBusinessRule
{
    public bool IsBroken => PublishedOn is not null;

    public string Code => "disclosure.catalogue.already-published";

    public string Message => $"该信息已于 {PublishedOn:yyyy-MM-dd} 公开；信息变更的，应作为新条目登记并自变更之日起 20 个工作日内公开（《政府信息公开条例》第二十六条）。";
}

/// <summary>
/// 公开指南 (第12条第2款): how information is arranged and obtained and the 政府信息公开工作机构's name, address, hours,
/// phone, fax and online contact. One per township, kept up to date (及时更新).
/// </summary>
internal sealed class DisclosureGuide : IPublishable
{
    private DisclosureGuide()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TownshipId { get; private set; }

    public string OfficeName { get; private set; } = "";

    public string Address { get; private set; } = "";

    public string Hours { get; private set; } = "";

    public string Phone { get; private set; } = "";

    public string? Fax { get; private set; }

    public string? OnlineContact { get; private set; }

    public DateOnly UpdatedOn { get; private set; }

    public bool IsPublic { get; private set; } = true;

    public static DisclosureGuide For(Guid townshipId) => new() { TownshipId = townshipId };

    public void Update(string officeName, string address, string hours, string phone, string? fax, string? onlineContact, DateOnly on)
    {
        OfficeName = officeName.Trim();
        Address = address.Trim();
        Hours = hours.Trim();
        Phone = phone.Trim();
        Fax = string.IsNullOrWhiteSpace(fax) ? null : fax.Trim();
        OnlineContact = string.IsNullOrWhiteSpace(onlineContact) ? null : onlineContact.Trim();
        UpdatedOn = on;
    }
}
