using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Fazhi.Platform.Attachments;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Web;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Platform.Security;

/// <summary>
/// The largest body each request may send, decided per endpoint after routing (issue 13 §1): small for public
/// endpoints, larger for signed-in forms and JSON, the attachment limit only for endpoints that take files, and only
/// when the request really is multipart. A body announced larger than its limit is refused before a byte is read;
/// a body without a length is cut off at the limit, so no request can make the server hold more than its limit.
/// </summary>
internal sealed class RequestBodyLimitMiddleware(RequestDelegate next, SecurityOptions options, AttachmentOptions attachments)
{
    /// <summary>Room for the multipart envelope and the other form fields around the file (as AttachmentsModule allows).</summary>
    internal const long UploadOverheadBytes = 1024 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        // The error page re-executed for a refused request must render, not be refused again; it needs nothing from
        // the body, and must not read one that was refused for its size (a re-executed POST keeps the original body).
        if (RequestLimitsModule.IsReExecution(context))
        {
            context.Request.Body = Stream.Null;
            await next(context);
            return;
        }

        var upload = context.GetEndpoint() is { } endpoint && UploadEndpoints.TakesFiles(endpoint) && context.Request.HasFormContentType
            && context.Request.ContentType!.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase);
        var limit = upload ? attachments.MaxBytes + UploadOverheadBytes
            : WebModule.PolicyForPath(context.Request.Path.Value ?? "/") is null ? options.RequestBody.AnonymousBytes
            : options.RequestBody.SignedInBytes;

        if (context.Request.ContentLength is { } length && length > limit)
        {
            await RejectAsync(context, limit);
            return;
        }

        var sizeFeature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            // Kestrel enforces it while the body streams in; bodies of uploads go to disk as they arrive (FormOptions).
            sizeFeature.MaxRequestBodySize = limit;
        }
        else
        {
            // A server without the feature (the test server) gets the same guarantee from a counting stream.
            context.Request.Body = new LimitedRequestStream(context.Request.Body, limit);
        }

        if (context.Request.ContentLength is null && !upload && HasBody(context))
        {
            // A small body without a length (chunked): read it up to the limit here, so that the answer to one byte
            // too many is the same 413 as for an announced length, and not a parse error further in.
            var buffered = new MemoryStream();
            try
            {
                await context.Request.Body.CopyToAsync(buffered, context.RequestAborted);
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                await buffered.DisposeAsync();
                await RejectAsync(context, limit);
                return;
            }

            buffered.Position = 0;
            context.Request.Body = buffered;
            context.Response.RegisterForDisposeAsync(buffered);
        }

        await next(context);
    }

    private static bool HasBody(HttpContext context) =>
        context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody
        ?? context.Request.Headers.TransferEncoding.Any(v => v?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>413: ProblemDetails in Chinese on the API; the Chinese error page (/error/413) for pages.</summary>
    private static async Task RejectAsync(HttpContext context, long limit)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        if (!ErrorHandlingModule.IsApi(context))
        {
            return;
        }

        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Status = StatusCodes.Status413PayloadTooLarge,
            Title = "提交的内容过大",
            Detail = $"本接口接受的请求正文不超过 {Describe(limit)}，请删减后重试；文件请通过附件上传接口提交。",
            Instance = context.Request.Path,
        };
        problem.Extensions["code"] = "request-too-large";
        problem.Extensions["limitBytes"] = limit;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>()
            .TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }

    internal static string Describe(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB");
}

/// <summary>
/// Which endpoints take files: a minimal API handler with an <see cref="IFormFile"/> parameter, or a Razor page whose
/// handlers or bound properties carry one. Found from the endpoint itself, so a new upload needs no registration.
/// </summary>
internal static class UploadEndpoints
{
    private static readonly ConcurrentDictionary<Endpoint, bool> Known = new();

    public static bool TakesFiles(Endpoint endpoint) => Known.GetOrAdd(endpoint, static e =>
        (e.Metadata.GetMetadata<MethodInfo>() is { } handler && handler.GetParameters().Any(p => IsFile(p.ParameterType)))
        || (e.Metadata.GetMetadata<CompiledPageActionDescriptor>() is { } page
            && (page.HandlerMethods.Any(h => h.Parameters.Any(p => IsFile(p.ParameterType)))
                || page.BoundProperties.Any(p => IsFile(p.ParameterType) || HasFileProperty(p.ParameterType)))));

    private static bool IsFile(Type type) =>
        typeof(IFormFile).IsAssignableFrom(type) || typeof(IFormFileCollection).IsAssignableFrom(type)
        || typeof(IEnumerable<IFormFile>).IsAssignableFrom(type);

    /// <summary>A form model with a file among its properties (e.g. the upload page's <c>Input.File</c>).</summary>
    private static bool HasFileProperty(Type type) =>
        type.IsClass && type != typeof(string)
        && type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p => IsFile(p.PropertyType));
}

/// <summary>Throws Kestrel's own 413 exception once more than <c>limit</c> bytes have been read.</summary>
internal sealed class LimitedRequestStream(Stream inner, long limit) : Stream
{
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Count(int read)
    {
        _read += read;
        if (_read > limit)
        {
            throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
        }

        return read;
    }
}
