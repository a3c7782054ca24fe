using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Decisions.CollectiveMatters.Register;

internal sealed class RegisterCollectiveMatterPage(RegisterCollectiveMatterHandler handler) : PageModel, IStepPage
{
    public const string Path = "/workspace/decisions/collective-matters/new";

    public RegisterCollectiveMatterRequest Form { get; private set; } = RegisterCollectiveMatterRequest.Blank;

    public IActionResult OnGet() => Page();

    [WhoMay<CollectiveMattersRegisteredByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(RegisterCollectiveMatterRequest request, CancellationToken ct)
    {
        var matter = await handler.HandleAsync(User.ToActor(), request, ct);
        TempData["Flash"] = $"已登记“{matter.Topic}”，请在领导班子会议集体讨论后记录决定（主要负责人末位表态）。";
        return Redirect(MatterPage.PathFor(matter.Id));
    }

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HandlerArguments.Values.OfType<RegisterCollectiveMatterRequest>().FirstOrDefault() is { } typed)
        {
            Form = typed;
        }
    }

    public Task<bool> LoadAsync(CancellationToken ct) => Task.FromResult(true);
}
