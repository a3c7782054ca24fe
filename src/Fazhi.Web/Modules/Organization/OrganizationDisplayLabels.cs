using Fazhi.Platform.Web;

namespace Fazhi.Modules.Organization;

/// <summary>Chinese names of the organisation records and fields, for the audit log and record histories.</summary>
internal static class OrganizationDisplayLabels
{
    public static IServiceCollection AddOrganizationDisplayLabels(this IServiceCollection services)
    {
        services.AddRecordLabels<County>("县", new Dictionary<string, string>
        {
            [nameof(County.DivisionCode)] = "区划代码",
            [nameof(County.Name)] = "县名称",
            [nameof(County.OfficeName)] = "依法治县办名称",
        });
        services.AddRecordLabels<Township>("乡镇", new Dictionary<string, string>
        {
            [nameof(Township.CountyId)] = "所属县",
            [nameof(Township.DivisionCode)] = "区划代码",
            [nameof(Township.GovernmentName)] = "政府全称",
            [nameof(Township.Introduction)] = "简介",
            [nameof(Township.Kind)] = "类型",
            [nameof(Township.Name)] = "乡镇名称",
            [nameof(Township.PrincipalLeaderName)] = "主要负责人",
            [nameof(Township.ShortName)] = "发文机关代字",
        });
        services.AddRecordLabels<Village>("村（社区）", new Dictionary<string, string>
        {
            [nameof(Village.DivisionCode)] = "区划代码",
            [nameof(Village.IsCommunity)] = "社区",
            [nameof(Village.Name)] = "名称",
        });
        services.AddRecordLabels<Office>("内设机构", new Dictionary<string, string>
        {
            [nameof(Office.Duties)] = "职责",
            [nameof(Office.Name)] = "机构名称",
        });
        services.AddEnumLabels<TownshipKind>(Township.KindLabel);
        return services;
    }
}
