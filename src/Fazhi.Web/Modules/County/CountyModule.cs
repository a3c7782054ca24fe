using Fazhi.Modules.County.Assessment.DefineSheet;
using Fazhi.Modules.County.Assessment.Model;
using Fazhi.Modules.County.Assessment.Scores;
using Fazhi.Modules.County.Contracts;
using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.County;

/// <summary>The county console: the county office sees its townships side by side and acts in county steps.</summary>
public static class CountyModule
{
    public static IServiceCollection AddCounty(this IServiceCollection services)
    {
        services.AddScoped<Figures.CountyFigures>();
        services.AddOptions<Console.DashboardOptions>().BindConfiguration(Console.DashboardOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<Figures.FiguresWarmUpOptions>().BindConfiguration(Figures.FiguresWarmUpOptions.Section);
        services.AddSingleton<Figures.FiguresWarmUp>();
        services.AddHostedService<Figures.FiguresWarmUpService>();
        services.AddScoped<AssessmentScores>();
        services.AddScoped<DefineSheetHandler>();
        services.AddScoped<IStartupSeeder, Assessment.Demo.AssessmentDemoSeeder>();
        services.AddRecordLabels<AssessmentSheet>("法治建设考核表", new Dictionary<string, string>
        {
            [nameof(AssessmentSheet.CountyId)] = "县", [nameof(AssessmentSheet.Year)] = "考核年度", [nameof(AssessmentSheet.Title)] = "考核表名称",
            [nameof(AssessmentSheet.DefinedBy)] = "制定人", [nameof(AssessmentSheet.DefinedAt)] = "制定时间",
        });
        services.AddRecordLabels<AssessmentLine>("考核内容", new Dictionary<string, string>
        {
            [nameof(AssessmentLine.SheetId)] = "考核表", [nameof(AssessmentLine.Order)] = "序号", [nameof(AssessmentLine.IndicatorKey)] = "指标代码",
            [nameof(AssessmentLine.Item)] = "考核内容", [nameof(AssessmentLine.MaxPoints)] = "分值", [nameof(AssessmentLine.Rule)] = "计分规则",
            [nameof(AssessmentLine.Target)] = "目标值或限值", [nameof(AssessmentLine.Deduction)] = "每超出1扣分",
        });
        services.AddEnumLabels<ScoringRuleKind>(kind => ScoringRule.Of(kind).Name);
        services.AddMenuItem(new MenuItem(MenuAreas.County, "督察首页", "/county", 0));
        services.AddMenuItem(new MenuItem(MenuAreas.County, "法治建设考核", "/county/assessment", 25));
        services.AddMenuItem(new MenuItem(MenuAreas.County, "法治政府建设年度报告", "/county/reports", 30));
        services.AddMenuItem(new MenuItem(MenuAreas.Workspace, "法治建设考核", "/workspace/assessment", 59));
        return services;
    }

    public static IEndpointRouteBuilder MapCountyEndpoints(this IEndpointRouteBuilder app)
    {
        var county = app.MapApiGroup("/api/county/assessment", "法治建设考核");
        county.MapDefineSheet();
        county.MapCountyAssessment();
        app.MapApiGroup("/api/workspace/assessment", "法治建设考核").MapOwnAssessment();
        return app;
    }
}
