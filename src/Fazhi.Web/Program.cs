using Fazhi.Modules.Consultation;
using Fazhi.Modules.County;
using Fazhi.Modules.Advisors;
using Fazhi.Modules.Decisions;
using Fazhi.Modules.Disclosure;
using Fazhi.Modules.Disputes;
using Fazhi.Modules.Documents;
using Fazhi.Modules.Education;
using Fazhi.Modules.Enforcement;
using Fazhi.Modules.Leadership;
using Fazhi.Modules.Ledgers;
using Fazhi.Modules.Organization;
using Fazhi.Modules.Portal;
using Fazhi.Modules.Remedies;
using Fazhi.Modules.Reports;
using Fazhi.Platform.Attachments;
using Fazhi.Platform.Audit;
using Fazhi.Platform.Caching;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Data.Backup;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Notifications;
using Fazhi.Platform.Jobs;
using Fazhi.Platform.Observability;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Security;
using Fazhi.Platform.Time;
using Fazhi.Platform.Web;

var builder = WebApplication.CreateBuilder(BackupCommands.ConfigurationArguments(args));

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddFazhiData(builder.Configuration, builder.Environment);
builder.Services.AddFazhiAuth();
builder.Services.AddFazhiSecurity(builder.Configuration);
builder.Services.AddFazhiDataProtection();
builder.Services.AddFazhiObservability(builder.Configuration);
builder.Services.AddFazhiJobs();
builder.Services.AddFazhiErrorHandling();
builder.Services.AddFazhiWeb();
builder.Services.AddFazhiPortalCache();
builder.Services.AddFazhiCalendar();
builder.Services.AddFazhiDeadlines();
builder.Services.AddFazhiNotifications();
builder.Services.AddFazhiAudit();
builder.Services.AddFazhiAttachments(builder.Configuration);
builder.Services.AddOrganization();
builder.Services.AddPortal();
builder.Services.AddCounty();
builder.Services.AddEnforcement(builder.Configuration);
builder.Services.AddConsultation();
builder.Services.AddDocuments();
builder.Services.AddReports(builder.Configuration);
builder.Services.AddDecisions(builder.Configuration);
builder.Services.AddDisclosure();
builder.Services.AddAdvisors();
builder.Services.AddRemedies();
builder.Services.AddEducation();
builder.Services.AddLeadership();
builder.Services.AddLedgers();
builder.Services.AddDisputes(builder.Configuration);

var app = builder.Build();

// `dotnet Fazhi.Web.dll backup <folder>` / `restore <folder>`: before start-up migrates or seeds anything, so a restore
// finds its target empty and a backup copies the database as it is (docs/operations.md).
if (BackupCommands.Parse(args) is { } backupCommand)
{
    return await app.Services.RunBackupCommandAsync(backupCommand, Console.Out);
}

await app.Services.InitializeFazhiDatabaseAsync();

// `dotnet Fazhi.Web.dll verify-audit`: check every audit chain and exit (0 intact, 3 broken) instead of serving.
if (args.Contains("verify-audit", StringComparer.Ordinal))
{
    return await app.Services.RunVerifyAuditCommandAsync(Console.Out);
}

app.UseFazhiSecurity();
app.UseFazhiErrorHandling();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseFazhiTenancy();
app.UseFazhiLogScope();
app.UseFazhiRequestLimits();
app.UseAuthorization();
app.UseWhoMayRules();
app.UseAntiforgery();
app.UseFazhiPortalCache();

app.MapFazhiWeb();
app.MapFazhiHealthEndpoints();
app.MapCalendarEndpoints();
app.MapDeadlineEndpoints();
app.MapNotificationEndpoints();
app.MapAuditEndpoints();
app.MapAttachmentEndpoints();
app.MapOrganizationEndpoints();
app.MapPortalEndpoints();
app.MapCountyEndpoints();
app.MapEnforcementEndpoints();
app.MapConsultationEndpoints();
app.MapDocumentsEndpoints();
app.MapDecisionsEndpoints();
app.MapDisclosureEndpoints();
app.MapAdvisorsEndpoints();
app.MapRemediesEndpoints();
app.MapEducationEndpoints();
app.MapLeadershipEndpoints();
app.MapLedgerEndpoints();
app.MapReportEndpoints();
app.MapDisputesEndpoints();

await app.RunAsync();
return 0;
