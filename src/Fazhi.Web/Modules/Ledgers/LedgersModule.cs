using Fazhi.Modules.Ledgers.Contracts;
using Fazhi.Modules.Ledgers.DefineCountyLedger;
using Fazhi.Modules.Ledgers.DefineLedger;
using Fazhi.Modules.Ledgers.EnterEntry;
using Fazhi.Modules.Ledgers.Figures;
using Fazhi.Modules.Ledgers.ImportEntries;
using Fazhi.Modules.Ledgers.MarkRequired;
using Fazhi.Modules.Ledgers.Model;
using Fazhi.Modules.Ledgers.ReviseCountyLedger;
using Fazhi.Modules.Ledgers.ReviseLedger;
using Fazhi.Modules.Reports.Contracts;
using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Ledgers;

/// <summary>自定义台账 (issue 18 §1): ledgers a township defines, their entries and the indicators the report states from them.</summary>
public static class LedgersModule
{
    public const string Module = "ledgers";

    public static IServiceCollection AddLedgers(this IServiceCollection services)
    {
        services.AddScoped<LedgerQueries>();
        services.AddScoped<DefineLedgerHandler>();
        services.AddScoped<ReviseLedgerHandler>();
        services.AddScoped<DefineCountyLedger.DefineCountyLedgerHandler>();
        services.AddScoped<ReviseCountyLedger.ReviseCountyLedgerHandler>();
        services.AddScoped<Organization.ITownshipJoinsCounty, DefineCountyLedger.CountyLedgersForNewTownship>();
        services.AddScoped<EnterEntryHandler>();
        services.AddScoped<ImportEntriesHandler>();
        services.AddScoped<LedgerFigures>();
        services.AddScoped<Catalogue.IndicatorCatalogue>();
        services.AddScoped<Catalogue.IndicatorTrend>();
        services.AddScoped<MarkRequired.MarkRequiredHandler>();
        services.AddScoped<IRequiredIndicators, Catalogue.RequiredIndicators>();
        services.AddRecordLabels<Catalogue.RequiredIndicator>("必报指标", new Dictionary<string, string>
        {
            [nameof(Catalogue.RequiredIndicator.CountyId)] = "县", [nameof(Catalogue.RequiredIndicator.Year)] = "年度", [nameof(Catalogue.RequiredIndicator.IndicatorKey)] = "指标代码",
            [nameof(Catalogue.RequiredIndicator.Label)] = "指标", [nameof(Catalogue.RequiredIndicator.MarkedBy)] = "标记人", [nameof(Catalogue.RequiredIndicator.MarkedAt)] = "标记时间",
        });
        services.AddScoped<IIndicatorGroupsSource, LedgerIndicatorSource>();
        services.AddScoped<IStartupSeeder, Demo.LedgerDemoSeeder>();
        services.AddModuleLabel(Module, "自定义台账");
        services.AddRecordLabels<LedgerDefinition>("台账定义", new Dictionary<string, string>
        {
            [nameof(LedgerDefinition.Key)] = "台账代码", [nameof(LedgerDefinition.Name)] = "台账名称", [nameof(LedgerDefinition.CurrentVersion)] = "当前版本",
            [nameof(LedgerDefinition.CountyLedgerId)] = "县级台账",
        });
        services.AddRecordLabels<CountyLedger>("县级台账", new Dictionary<string, string>
        {
            [nameof(CountyLedger.CountyId)] = "县", [nameof(CountyLedger.Key)] = "台账代码", [nameof(CountyLedger.Name)] = "台账名称", [nameof(CountyLedger.CurrentVersion)] = "当前版本",
            [nameof(CountyLedger.Heading)] = "报告小标题", [nameof(CountyLedger.Lead)] = "句首语", [nameof(CountyLedger.Part)] = "报告部分", [nameof(CountyLedger.SchemaJson)] = "字段和指标",
            [nameof(CountyLedger.CreatedBy)] = "定义人", [nameof(CountyLedger.CreatedAt)] = "定义时间", [nameof(CountyLedger.RevisedBy)] = "修订人", [nameof(CountyLedger.RevisedAt)] = "修订时间",
        });
        services.AddRecordLabels<LedgerVersion>("台账版本", new Dictionary<string, string>
        {
            [nameof(LedgerVersion.Number)] = "版本", [nameof(LedgerVersion.Heading)] = "报告小标题", [nameof(LedgerVersion.Lead)] = "句首语",
            [nameof(LedgerVersion.Part)] = "报告部分", [nameof(LedgerVersion.SchemaJson)] = "字段和指标", [nameof(LedgerVersion.DefinitionId)] = "台账",
        });
        services.AddRecordLabels<LedgerEntry>("台账记录", new Dictionary<string, string>
        {
            [nameof(LedgerEntry.OccurredOn)] = "日期", [nameof(LedgerEntry.VersionNumber)] = "版本", [nameof(LedgerEntry.Village)] = "村（社区）", [nameof(LedgerEntry.EnteredBy)] = "登记人",
            [nameof(LedgerEntry.DefinitionId)] = "台账", [nameof(LedgerEntry.EnteredAt)] = "登记时间",
        });
        services.AddRecordLabels<LedgerValue>("台账记录的值", new Dictionary<string, string>
        {
            [nameof(LedgerValue.FieldKey)] = "字段", [nameof(LedgerValue.Text)] = "值", [nameof(LedgerValue.Number)] = "数值", [nameof(LedgerValue.AttachmentId)] = "附件",
            [nameof(LedgerValue.DefinitionId)] = "台账", [nameof(LedgerValue.EntryId)] = "台账记录", [nameof(LedgerValue.OccurredOn)] = "日期",
        });
        // The report part a ledger's sentence goes to (督察工作规定 第二十五条 items 一 and 三).
        services.AddEnumLabels<ReportPart>(part => part switch
        {
            ReportPart.Achievements => "一、主要举措和成效",
            ReportPart.Leadership => "三、党政主要负责人履行推进法治建设第一责任人职责情况",
            _ => part.ToString(),
        });
        services.AddEnumLabels<LedgerFieldKind>(LedgerLabels.Field);
        services.AddEnumLabels<LedgerIndicatorKind>(LedgerLabels.Indicator);
        services.AddMenuItem(new MenuItem(MenuAreas.Workspace, "自定义台账", "/workspace/ledgers", 57));
        services.AddMenuItem(new MenuItem(MenuAreas.Workspace, "指标目录", "/workspace/indicators", 58));
        services.AddMenuItem(new MenuItem(MenuAreas.County, "指标目录", "/county/indicators", 20));
        services.AddMenuItem(new MenuItem(MenuAreas.County, "县级台账", "/county/ledgers", 21));
        return services;
    }

    public static IEndpointRouteBuilder MapLedgerEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/workspace/ledgers", "自定义台账");
        group.MapDefineLedger();
        group.MapReviseLedger();
        group.MapEnterEntry();
        group.MapImportEntries();
        app.MapApiGroup("/api/county/indicators", "指标目录").MapMarkRequired();
        var county = app.MapApiGroup("/api/county/ledgers", "县级台账");
        county.MapDefineCountyLedger();
        county.MapReviseCountyLedger();
        return app;
    }
}
