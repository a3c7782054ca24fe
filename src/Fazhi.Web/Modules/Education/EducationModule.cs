using Fazhi.Modules.Education.Exams;
using Fazhi.Modules.Education.Exams.ImportResults;
using Fazhi.Modules.Education.Exams.ScheduleExam;
using Fazhi.Modules.Education.Figures;
using Fazhi.Modules.Education.Publicity;
using Fazhi.Modules.Education.Publicity.AddPhotos;
using Fazhi.Modules.Education.Publicity.ImportActivities;
using Fazhi.Modules.Education.Publicity.RecordActivity;
using Fazhi.Modules.Education.Registers.ImportRegister;
using Fazhi.Modules.Education.Staff;
using Fazhi.Modules.Education.Staff.ImportStaff;
using Fazhi.Modules.Education.Staff.RegisterStaff;
using Fazhi.Modules.Education.Study;
using Fazhi.Modules.Education.Study.AdoptPlan;
using Fazhi.Modules.Education.Study.ImportSessions;
using Fazhi.Modules.Education.Study.RecordSession;
using Fazhi.Modules.Education.Trainings;
using Fazhi.Modules.Education.Trainings.ImportTrainings;
using Fazhi.Modules.Education.Trainings.RecordTraining;
using Fazhi.Modules.Portal.Contracts;
using Fazhi.Modules.Reports.Contracts;
using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Education;

/// <summary>学法考法与普法: the staff register, law study, exams, trainings and 普法 activities and registers (issue 15).</summary>
public static class EducationModule
{
    public static IServiceCollection AddEducation(this IServiceCollection services)
    {
        services.AddOptions<EducationOptions>().BindConfiguration(EducationOptions.Section);
        services.AddScoped<Platform.WaitingWork.IWaitingWorkSource, Contracts.EducationWaitingWork>();
        services.AddScoped<EducationQueries>();
        services.AddScoped<StaffLedger>();
        services.AddScoped<RegisterStaffHandler>();
        services.AddScoped<ImportStaffHandler>();
        services.AddScoped<StudyLedger>();
        services.AddScoped<RecordStudySessionHandler>();
        services.AddScoped<ImportStudySessionsHandler>();
        services.AddScoped<AdoptStudyPlanHandler>();
        services.AddScoped<ExamLedger>();
        services.AddScoped<ScheduleExamHandler>();
        services.AddScoped<ImportExamResultsHandler>();
        services.AddScoped<TrainingLedger>();
        services.AddScoped<RecordTrainingHandler>();
        services.AddScoped<ImportTrainingsHandler>();
        services.AddScoped<ActivityLedger>();
        services.AddScoped<RecordActivityHandler>();
        services.AddScoped<AddActivityPhotosHandler>();
        services.AddScoped<ImportActivitiesHandler>();
        services.AddScoped<ImportRegisterHandler>();
        services.AddScoped<EducationFigures>();
        services.AddScoped<IIndicatorSource, StudyIndicatorSource>();
        services.AddScoped<IIndicatorSource, PublicityIndicatorSource>();
        services.AddScoped<IPortalColumnSource, Portal.PublicityColumnSource>();
        services.AddScoped<IStartupSeeder, Demo.EducationDemoSeeder>();
        services.AddEducationDisplayLabels();
        services.AddMenuItem(new MenuItem(MenuAreas.Workspace, "学法普法", "/workspace/education", 60));
        services.AddMenuItem(new MenuItem(MenuAreas.Workspace, "登记普法活动", "/workspace/education/activities/new", 61));
        return services;
    }

    public static IEndpointRouteBuilder MapEducationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/workspace/education", "学法普法");
        group.MapRegisterStaff();
        group.MapImportStaff();
        group.MapRecordStudySession();
        group.MapImportStudySessions();
        group.MapAdoptStudyPlan();
        group.MapScheduleExam();
        group.MapImportExamResults();
        group.MapRecordTraining();
        group.MapImportTrainings();
        group.MapRecordActivity();
        group.MapAddActivityPhotos();
        group.MapImportActivities();
        group.MapImportRegister();
        group.MapEducationReads();
        return app;
    }
}
