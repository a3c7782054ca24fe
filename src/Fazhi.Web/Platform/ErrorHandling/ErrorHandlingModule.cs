namespace Fazhi.Platform.ErrorHandling;

public static class ErrorHandlingModule
{
    public static IServiceCollection AddFazhiErrorHandling(this IServiceCollection services)
    {
        services.AddProblemDetails(options =>
            options.CustomizeProblemDetails = context =>
            {
                context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
                context.ProblemDetails.Title = ChineseTitle(context.ProblemDetails.Status, context.ProblemDetails.Title);
                context.ProblemDetails.Detail ??= context.ProblemDetails.Status switch
                {
                    StatusCodes.Status413PayloadTooLarge => "提交的内容超过了允许的大小，请减少内容或分次提交。",
                    StatusCodes.Status415UnsupportedMediaType => "请以 application/json 格式提交（Content-Type: application/json）。",
                    _ => null,
                };
            });
        services.AddExceptionHandler<GlobalExceptionHandler>();
        services.AddValidation();
        // Strict input (issue 13 item 6): a body, route or query value the binder cannot read is thrown, so the one
        // handler answers it in Chinese with the field and position instead of an empty 400; a JSON field the
        // endpoint does not have is refused, not silently dropped (a client sending "touches" learned nothing).
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow);
        return services;
    }

    /// <summary>
    /// The title a client shows: ours when we wrote one in Chinese, otherwise the Chinese name of the status. The
    /// framework's defaults ("Bad Request", "One or more validation errors occurred.", "Payload Too Large" …) are English.
    /// </summary>
    internal static string? ChineseTitle(int? status, string? title)
    {
        var ours = title is not null && title.Any(c => c > '\u2E7F');
        return status switch
        {
            _ when ours => title,
            StatusCodes.Status400BadRequest => "提交的内容有误",
            StatusCodes.Status401Unauthorized => "请先登录",
            StatusCodes.Status403Forbidden => "无权执行此操作",
            StatusCodes.Status404NotFound => "记录不存在",
            StatusCodes.Status405MethodNotAllowed => "不支持的请求方法",
            StatusCodes.Status409Conflict => "操作不符合规定",
            StatusCodes.Status413PayloadTooLarge => BadRequests.TooLargeTitle,
            StatusCodes.Status415UnsupportedMediaType => BadRequests.UnsupportedMediaTypeTitle,
            StatusCodes.Status429TooManyRequests => "请求过于频繁，请稍后再试",
            >= 500 => "服务器内部错误",
            _ => title,
        };
    }

    /// <summary>
    /// API requests get ProblemDetails for every failure; pages get a Chinese error page. Never a raw 500 or stack trace.
    /// </summary>
    public static IApplicationBuilder UseFazhiErrorHandling(this IApplicationBuilder app)
    {
        app.UseExceptionHandler("/error");
        app.UseWhen(IsApi, api => api.UseStatusCodePages());
        app.UseWhen(context => !IsApi(context), pages => pages.UseStatusCodePagesWithReExecute("/error/{0}"));
        return app;
    }

    public static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    public static bool IsApiPath(string path) => new PathString(path).StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
