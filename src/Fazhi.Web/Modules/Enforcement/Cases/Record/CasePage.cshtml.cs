using Fazhi.Modules.Enforcement.Cases.Rules;
using Fazhi.Modules.Enforcement.Publicity;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Enforcement.Cases.Record;

/// <summary>
/// One case: its record, its deadlines, and the form of each step the procedure allows next, shown only to the people
/// the step's rule admits and posting to the step's own page (ADR 0010). The page itself changes nothing.
/// </summary>
internal sealed class CasePage(FazhiDbContext db, IDeadlines deadlines, IOptions<EnforcementOptions> options, TimeProvider clock) : PageModel
{
    public static string PathFor(Guid id) => $"/workspace/enforcement/cases/{id}";

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public EnforcementCase Case { get; private set; } = null!;

    public PenaltyDisclosure? Disclosure { get; private set; }

    public IReadOnlyList<DeadlineInfo> Deadlines { get; private set; } = [];

    public EnforcementOptions Options => options.Value;

    public DateOnly Today => Platform.Time.ChinaTime.Today(clock);

    public decimal LateFeeToday => Case.LateFeeOn(Today, Options.LateFeeRatePerDay);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await db.FindCaseAsync(Id, ct) is not { } @case)
        {
            return NotFound();
        }

        Case = @case;
        Disclosure = await db.Set<PenaltyDisclosure>().AsNoTracking().SingleOrDefaultAsync(d => d.CaseId == Id, ct);
        Deadlines = await deadlines.ForSubjectAsync(Id, ct);
        return Page();
    }

    /// <summary>Whether the signed-in person may take the step whose rule is <typeparamref name="TRule"/>: its form is shown only then.</summary>
    public bool May<TRule>() where TRule : WhoMayRule, new() => WhoMayRule.Of<TRule>().Admits(User.ToActor());

    /// <summary>The running 90-day decision period (第60条), if the case still has one.</summary>
    public DeadlineInfo? DecisionDeadline => Deadlines.FirstOrDefault(d => d.RuleCode == EnforcementDeadlines.Decision(Options).Code
        && d.State is DeadlineState.Pending or DeadlineState.DueSoon or DeadlineState.Overdue);

    /// <summary>Why the signed-in user cannot extend the decision period now (第60条), or null when the form applies.</summary>
    public string? ExtensionRefusal
    {
        get
        {
            var who = WhoMayRule.Of<PeriodExtension.DecisionPeriodExtendedByResponsiblePerson>();
            if (!who.Admits(User.ToActor()))
            {
                return who.Message;
            }

            IBusinessRule[] rules =
            [
                new DecisionExtensionEnabled(Options.DecisionExtensionDays),
                new DecisionExtensionsWithinLimit(Case.DecisionExtensions.Count, Options.MaxDecisionExtensions),
            ];
            return rules.FirstOrDefault(r => r.IsBroken)?.Message;
        }
    }
}
