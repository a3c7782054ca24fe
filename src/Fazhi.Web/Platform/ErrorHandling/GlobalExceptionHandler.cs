using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.ErrorHandling;

/// <summary>
/// The one edge where failures become RFC 9457 ProblemDetails: a broken rule is 409 with a stable <c>code</c>,
/// a concurrent change is 409 too, anything unexpected is logged and answered as 500 without internals.
/// </summary>
internal sealed class GlobalExceptionHandler(IProblemDetailsService problemDetails, ILogger<GlobalExceptionHandler> logger)
    : IExceptionHandler
{
    internal static (int Status, string Title, string Code, string Detail) Describe(Exception exception) => exception switch
    {
        Fazhi.Platform.Data.TenantAccessDeniedException => (StatusCodes.Status404NotFound, "记录不存在", "not-found", "记录不存在或无权访问。"),
        Procedures.StepForbiddenException forbidden => (StatusCodes.Status403Forbidden, "无权执行此操作", forbidden.Code, forbidden.Message),
        BusinessRuleException rule => (StatusCodes.Status409Conflict, "操作不符合规定", rule.Code, rule.Message),
        DbUpdateConcurrencyException => (StatusCodes.Status409Conflict, "记录已被他人修改", "concurrency", "该记录已被他人修改，请刷新后重试。"),
        // Two saves took the same number or key at once; the unique index kept the record whole (nothing was written).
        DbUpdateException unique when Fazhi.Platform.Data.UniqueViolations.Is(unique) =>
            (StatusCodes.Status409Conflict, "编号已被占用", "unique", "另一项同时保存的记录刚刚占用了相同的编号或名称，本次提交未保存，请重新提交。"),
        BadHttpRequestException bad => FromBadRequest(BadRequests.Describe(bad)),
        _ => (StatusCodes.Status500InternalServerError, "服务器内部错误", "internal", "服务器处理请求时出错，已记录日志。"),
    };

    private static (int Status, string Title, string Code, string Detail) FromBadRequest(BadRequests.Problem problem) =>
        (problem.Status, problem.Title, "bad-request", problem.Detail);

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, code, detail) = Describe(exception);
        if (status >= 500)
        {
            logger.LogError(exception, "Unhandled exception for {Path}", httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value);
        }

        // UseExceptionHandler("/error") has already pointed the request at the error page when handlers run; the
        // path the client asked for is kept in the feature, and decides between ProblemDetails and the error page.
        var requestedPath = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value ?? "";
        if (!ErrorHandlingModule.IsApiPath(requestedPath))
        {
            // Pages re-execute /error, which reads the same exception and shows the same message in HTML.
            return false;
        }

        httpContext.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Instance = requestedPath };
        problem.Extensions["code"] = code;
        if (exception is BusinessRuleException { Field: { } field })
        {
            // The same field a page shows the message next to (camelCase, as the JSON body names it).
            problem.Extensions["field"] = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(field);
        }

        if (exception is BadHttpRequestException bad)
        {
            // Described again with the endpoint's body type, so a wrongly typed field says what it should hold.
            var requestType = httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint?.Metadata
                .GetOrderedMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>().Select(a => a.RequestType).FirstOrDefault(t => t is not null);
            var described = BadRequests.Describe(bad, requestType);
            problem.Detail = described.Detail;
            if (described.Errors is { } errors)
            {
                // The field that could not be read, as validation errors name fields, so a client shows it beside the field.
                problem.Extensions["errors"] = errors;
            }
        }

        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }
}
