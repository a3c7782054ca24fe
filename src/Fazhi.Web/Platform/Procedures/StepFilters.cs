using Fazhi.Platform.Auth;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Fazhi.Platform.Procedures;

/// <summary>
/// Refuses an API call by a person outside the step's permission rule (403 ProblemDetails with the rule's code and
/// message) before the body is read or validated, as <see cref="StepPageFilter"/> does for a page's form. It runs as
/// middleware after authorization because minimal APIs validate the body in a filter that runs before any group filter.
/// </summary>
public static class WhoMayMiddleware
{
    public static IApplicationBuilder UseWhoMayRules(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
                && context.GetEndpoint()?.Metadata.GetMetadata<IWhoMayMetadata>() is { } declared)
            {
                declared.Rule.Check(context.User.ToActor());
            }

            await next(context);
        });
}

/// <summary>
/// The page side of a step (ADR 0010):
/// <list type="bullet">
/// <item>a person outside the handler's <see cref="WhoMayAttribute{TRule}"/> is refused with 403 and the rule's
/// message (the error page shows it) before the form is read;</item>
/// <item>a broken business rule thrown by the step's handler becomes the page's error message: the change tracker is
/// cleared so nothing half-done is saved later, the page loads what it shows again (<see cref="IStepPage"/>) and is
/// rendered with what the user typed and status 409, as the API answers 409 ProblemDetails for the same refusal.</item>
/// </list>
/// </summary>
internal sealed class StepPageFilter(Data.FazhiDbContext db) : IAsyncPageFilter
{
    /// <summary>ViewData key of the refusal message; the layout shows it above the page content.</summary>
    public const string RefusalKey = "Refusal";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var rule = context.HandlerMethod?.MethodInfo.GetCustomAttributes(inherit: false).OfType<IWhoMayMetadata>().FirstOrDefault()?.Rule;
        rule?.Check(context.HttpContext.User.ToActor());

        // A step's handler runs only with a valid form: otherwise the page is shown again with each error next to its
        // field and what was typed (model state keeps the attempted values), as the API answers 400.
        if (rule is not null && !context.ModelState.IsValid && context.HandlerInstance is Microsoft.AspNetCore.Mvc.RazorPages.PageModel invalidPage)
        {
            context.Result = await ShowAgainAsync(invalidPage, StatusCodes.Status400BadRequest, context.HttpContext.RequestAborted);
            return;
        }

        var executed = await next();
        if (executed.Exception is not ErrorHandling.BusinessRuleException refusal || refusal is StepForbiddenException || executed.ExceptionHandled
            || executed.HandlerInstance is not Microsoft.AspNetCore.Mvc.RazorPages.PageModel page)
        {
            return;
        }

        executed.ExceptionHandled = true;
        db.ChangeTracker.Clear();
        page.ViewData[RefusalKey] = refusal.Message;
        page.ModelState.AddModelError(string.Empty, refusal.Message);
        if (refusal.Field is { } field)
        {
            page.ModelState.AddModelError(field, refusal.Message);
        }

        executed.Result = await ShowAgainAsync(page, StatusCodes.Status409Conflict, context.HttpContext.RequestAborted);
    }

    private static async Task<Microsoft.AspNetCore.Mvc.IActionResult> ShowAgainAsync(Microsoft.AspNetCore.Mvc.RazorPages.PageModel page, int status, CancellationToken ct)
    {
        if (page is IStepPage stepPage && !await stepPage.LoadAsync(ct))
        {
            return page.NotFound();
        }

        var result = page.Page();
        result.StatusCode = status;
        return result;
    }
}

/// <summary>
/// A page that offers steps: after a refusal <see cref="StepPageFilter"/> asks it to load what it shows again (the
/// record, its deadlines, its files), keeping the bound input the user typed. Returns false when the record is gone.
/// </summary>
public interface IStepPage
{
    Task<bool> LoadAsync(CancellationToken ct);
}

/// <summary>
/// For a step page whose handlers bind their own forms (several forms on one page, <c>TryUpdateModelAsync</c>), which
/// <see cref="StepPageFilter"/> cannot see: the page shown again over an invalid form answers 400, as every step page does.
/// </summary>
public static class StepPageResults
{
    public static Microsoft.AspNetCore.Mvc.RazorPages.PageResult InvalidForm() => new() { StatusCode = StatusCodes.Status400BadRequest };
}
