using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Tenancy;
using Fazhi.Platform.Web;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Attachments;

/// <summary>The attachment store of every module (issue 2 §7).</summary>
public static class AttachmentsModule
{
    /// <summary>Room for the multipart envelope and the other form fields around the file.</summary>
    private const long FormOverheadBytes = 1024 * 1024;

    public static IServiceCollection AddFazhiAttachments(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Fazhi:Attachments").Get<AttachmentOptions>() ?? new AttachmentOptions();
        services.AddSingleton(options);
        services.AddScoped<AttachmentStore>();
        // Folder by default (one machine, or a shared mount); Database when several instances share only PostgreSQL.
        if (options.Store == AttachmentStoreKind.Database)
        {
            services.AddScoped<IBlobStore, DatabaseBlobStore>();
        }
        else
        {
            services.AddScoped<IBlobStore, FolderBlobStore>();
        }

        services.AddScoped<IAttachments>(sp => sp.GetRequiredService<AttachmentStore>());
        // The server and the form reader must accept what the store accepts, or a large legal file fails before our check.
        services.Configure<KestrelServerOptions>(k => k.Limits.MaxRequestBodySize = options.MaxBytes + FormOverheadBytes);
        services.Configure<FormOptions>(f => f.MultipartBodyLengthLimit = options.MaxBytes + FormOverheadBytes);
        return services;
    }

    public static IEndpointRouteBuilder MapAttachmentEndpoints(this IEndpointRouteBuilder app)
    {
        var workspace = app.MapApiGroup("/api/workspace/attachments", "附件");
        workspace.MapPost("/", UploadAsync).WhoMay<FilesFiledByTownshipStaff>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("上传附件（multipart：ownerType、ownerId、purpose、file）");
        workspace.MapGet("/", async (Guid ownerId, IAttachments attachments, CancellationToken ct) =>
                TypedResults.Ok(await attachments.ForOwnerAsync(ownerId, ct)))
            .WithSummary("列出一条记录的附件");
        workspace.MapGet("/{id:guid}", DownloadAsync).WithSummary("下载附件（本乡镇）");

        app.MapGet("/files/{id:guid}", PublicDownloadAsync).AllowAnonymous().WithTags("附件").WithSummary("下载已公开的附件");
        return app;
    }

    private static async Task<Results<Created<AttachmentInfo>, ValidationProblem>> UploadAsync(
        [FromForm] string? ownerType, [FromForm] string? ownerId, [FromForm] string? purpose, IFormFile? file,
        IAttachments attachments, FazhiDbContext db, CurrentTenant tenant, HttpContext http, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(ownerType))
        {
            errors["ownerType"] = ["请指明附件所属的记录类型。"];
        }

        if (!Guid.TryParse(ownerId, out var owner))
        {
            errors["ownerId"] = ["请指明附件所属的记录。"];
        }

        if (string.IsNullOrWhiteSpace(purpose))
        {
            errors["purpose"] = ["请填写附件用途，如“审核意见书”。"];
        }
        else if (purpose.Trim().Length > 100)
        {
            errors["purpose"] = ["附件用途不超过 100 字。"];
        }

        if (file is null || file.Length == 0)
        {
            errors["file"] = ["请选择要上传的文件。"];
        }

        if (tenant.Value.TownshipId is not { } townshipId)
        {
            errors["ownerId"] = ["只有乡镇工作人员可以上传附件。"];
            townshipId = Guid.Empty;
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "提交的内容有误");
        }

        await using var content = file!.OpenReadStream();
        var info = await attachments.UploadAsync(http.User.ToActor(), townshipId, ownerType!, owner, purpose!, file.FileName, content, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created(info.DownloadUrl, info);
    }

    private static async Task<IResult> DownloadAsync(Guid id, FazhiDbContext db, AttachmentStore store, CancellationToken ct)
    {
        // Through the tenant filter: another township's attachment does not exist for this caller.
        var attachment = await db.Set<Attachment>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        return attachment is null ? TypedResults.NotFound() : await FileAsync(attachment, store, ct);
    }

    private static async Task<IResult> PublicDownloadAsync(Guid id, FazhiDbContext db, AttachmentStore store, CancellationToken ct)
    {
        var attachment = await db.Published<Attachment>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        return attachment is null ? TypedResults.NotFound() : await FileAsync(attachment, store, ct);
    }

    /// <summary>The verified bytes, with the stored content type and a UTF-8 file name (<c>filename*</c>).</summary>
    private static async Task<IResult> FileAsync(Attachment attachment, AttachmentStore store, CancellationToken ct)
    {
        var stream = await store.OpenVerifiedAsync(attachment, ct);
        return TypedResults.File(stream, attachment.ContentType, attachment.FileName, lastModified: attachment.UploadedAt);
    }
}
