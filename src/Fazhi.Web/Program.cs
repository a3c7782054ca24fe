using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fazhi.Modules.Consultation;
using Fazhi.Modules.County;
using Fazhi.Modules.Documents;
using Fazhi.Modules.Organization;
using Fazhi.Modules.Portal;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Web;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddFazhiData(builder.Configuration, builder.Environment);
builder.Services.AddFazhiAuth();
builder.Services.AddFazhiErrorHandling();
builder.Services.AddFazhiWeb();
builder.Services.AddOrganization();
builder.Services.AddPortal();
builder.Services.AddCounty();
builder.Services.AddConsultation();
builder.Services.AddDocuments();

var app = builder.Build();

await app.Services.InitializeFazhiDatabaseAsync();

app.UseFazhiErrorHandling();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseFazhiTenancy();
app.UseAuthorization();
app.UseAntiforgery();

app.MapFazhiWeb();
app.MapOrganizationEndpoints();
app.MapPortalEndpoints();
app.MapCountyEndpoints();
app.MapConsultationEndpoints();
app.MapDocumentsEndpoints();

await app.RunAsync();
return 0;
