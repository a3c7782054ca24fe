using Microsoft.AspNetCore.Mvc.RazorPages;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Fazhi.ArchitectureTests;

/// <summary>
/// Page models read; a change is made by the step's handler, which the page and the API share and which checks the
/// step's rule (ADR 0010). Read from the compiled IL (Mono.Cecil, which NetArchTest brings), so a call hidden in an
/// async method's state machine or a lambda is found too.
/// </summary>
public sealed class PageModelWriteTests
{
    /// <summary>
    /// Modules (or platform areas, <c>Platform.X</c>) whose page models still save by themselves, waiting to be turned
    /// into steps. The list only shrinks: an entry whose pages no longer write fails
    /// <see cref="NotYetConverted_NamesOnlyAreasWhosePagesStillWrite"/> until it is removed.
    /// </summary>
    private static readonly HashSet<string> NotYetConverted = new(StringComparer.Ordinal)
    {
        "Consultation",
        "Platform.Attachments",
        "Platform.Deadlines",
    };

    private static readonly Lazy<ModuleDefinition> Il = new(() => ModuleDefinition.ReadModule(FazhiAssembly.Web.Location));

    /// <summary>Every page model with the methods of it (and of its state machines and closures) that call SaveChanges(Async).</summary>
    private static IReadOnlyList<(Type Page, string Area, IReadOnlyList<string> Writers)> PageModels() =>
    [
        .. FazhiAssembly.Types
            .Where(t => typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => (t, AreaOf(t), (IReadOnlyList<string>)SaveChangesCallers(t))),
    ];

    [Fact]
    public void PageModels_DoNotSaveChanges_ExceptInAreasNotYetConverted()
    {
        var offenders = PageModels()
            .Where(p => p.Writers.Count > 0 && !NotYetConverted.Contains(p.Area))
            .Select(p => $"{p.Page.FullName}: {string.Join(", ", p.Writers)}")
            .ToList();

        offenders.ShouldBeEmpty("页面模型不直接保存：请调用该步骤的处理程序（ADR 0010）。直接调用 SaveChanges 的页面模型：");
    }

    [Fact]
    public void NotYetConverted_NamesOnlyAreasWhosePagesStillWrite()
    {
        var writing = PageModels().Where(p => p.Writers.Count > 0).Select(p => p.Area).ToHashSet(StringComparer.Ordinal);

        NotYetConverted.Where(area => !writing.Contains(area)).ToList()
            .ShouldBeEmpty("这些模块的页面已不再直接保存，请从 NotYetConverted 中删除：");
    }

    [Fact]
    public void Decisions_PageModelsAreFound_AndNoneWrites()
    {
        // Guards the discovery: the decision's step pages are page models in the Decisions module.
        var decisions = PageModels().Where(p => p.Area == "Decisions").ToList();

        decisions.Count.ShouldBeGreaterThan(20);
        decisions.Where(p => p.Writers.Count > 0).ShouldBeEmpty();
    }

    [Fact]
    public void Detection_FindsSaveChangesAsync_InsideAnAsyncMethod()
    {
        // The check must be able to fail: a step handler saves from its async HandleAsync, whose body the compiler
        // moves into a state machine.
        var handler = FazhiAssembly.Types.Single(t => t.Name == "PublishDecisionHandler");

        SaveChangesCallers(handler).ShouldNotBeEmpty();
    }

    private static string AreaOf(Type type)
    {
        var ns = type.Namespace ?? "";
        var parts = ns.Split('.');
        return ns.StartsWith(FazhiAssembly.ModulesNamespace + ".", StringComparison.Ordinal) ? parts[2]
            : ns.StartsWith(FazhiAssembly.PlatformNamespace + ".", StringComparison.Ordinal) ? $"Platform.{parts[2]}"
            : ns;
    }

    private static List<string> SaveChangesCallers(Type type)
    {
        var definition = Il.Value.GetType(type.FullName!.Replace('+', '/'))
            ?? throw new InvalidOperationException($"{type.FullName} is not in the IL of {FazhiAssembly.Web.GetName().Name}");
        return [.. WithNested(definition).SelectMany(t => t.Methods).Where(CallsSaveChanges).Select(m => $"{m.DeclaringType.Name}.{m.Name}").Distinct()];
    }

    private static IEnumerable<TypeDefinition> WithNested(TypeDefinition type) => [type, .. type.NestedTypes.SelectMany(WithNested)];

    private static bool CallsSaveChanges(MethodDefinition method) =>
        method.HasBody && method.Body.Instructions.Any(i =>
            (i.OpCode == OpCodes.Call || i.OpCode == OpCodes.Callvirt)
            && i.Operand is MethodReference { Name: "SaveChanges" or "SaveChangesAsync" } callee
            && callee.DeclaringType.Name.EndsWith("DbContext", StringComparison.Ordinal));
}
