using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Fazhi.ArchitectureTests;

/// <summary>
/// A step of a penalty case is one folder (ADR 0010): its request, its rule of who may take it, its handler, its API
/// endpoint and its page live together, and the pages read while the handlers write. A newcomer adds a step by copying
/// a folder; these tests fail when a folder lacks a part or a page saves by itself.
/// </summary>
public sealed class EnforcementStepFolderTests
{
    private const string CasesNamespace = "Fazhi.Modules.Enforcement.Cases";

    private static readonly Lazy<ModuleDefinition> Il = new(() => ModuleDefinition.ReadModule(FazhiAssembly.Web.Location));

    /// <summary>The step folders: every namespace under Cases that holds a handler.</summary>
    private static IReadOnlyList<string> StepFolders() =>
    [
        .. FazhiAssembly.Types
            .Where(t => t.Namespace?.StartsWith(CasesNamespace + ".", StringComparison.Ordinal) == true && t.Name.EndsWith("Handler", StringComparison.Ordinal))
            .Select(t => t.Namespace!)
            .Distinct()
            .Order(StringComparer.Ordinal),
    ];

    [Fact]
    public void EveryCaseStepFolder_HoldsItsRequest_Rule_Handler_Endpoint_AndPage()
    {
        var folders = StepFolders();
        folders.Count.ShouldBeGreaterThanOrEqualTo(19);
        var incomplete = new List<string>();
        foreach (var folder in folders)
        {
            var types = FazhiAssembly.Types.Where(t => t.Namespace == folder).ToList();
            var missing = new List<string>();
            if (!types.Any(t => t.Name.EndsWith("Request", StringComparison.Ordinal)))
            {
                missing.Add("Request");
            }

            if (!types.Any(t => typeof(WhoMayRule).IsAssignableFrom(t)))
            {
                missing.Add("WhoMayRule");
            }

            if (!types.Any(t => t.Name.EndsWith("Endpoint", StringComparison.Ordinal)))
            {
                missing.Add("Endpoint");
            }

            if (!types.Any(t => typeof(PageModel).IsAssignableFrom(t)))
            {
                missing.Add("Page");
            }

            if (missing.Count > 0)
            {
                incomplete.Add($"{folder}: {string.Join(", ", missing)}");
            }
        }

        incomplete.ShouldBeEmpty("每个步骤文件夹应包含请求、谁可办理的规则、处理程序、接口和页面（ADR 0010）：");
    }

    [Fact]
    public void EveryPostHandlerOfAnEnforcementPage_NamesWhoMayTakeIt()
    {
        var unnamed = FazhiAssembly.Types
            // Public portal submissions (a complaint) are open to anyone and name no rule (ADR 0010); staff pages all do.
            .Where(t => t.Namespace?.StartsWith("Fazhi.Modules.Enforcement", StringComparison.Ordinal) == true && typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract
                && !t.Name.StartsWith("Portal", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods().Where(m => m.Name.StartsWith("OnPost", StringComparison.Ordinal)).Select(m => (Type: t, Method: m)))
            .Where(x => !x.Method.GetCustomAttributes(inherit: false).OfType<IWhoMayMetadata>().Any())
            .Select(x => $"{x.Type.FullName}.{x.Method.Name}")
            .ToList();

        unnamed.ShouldBeEmpty("行政执法页面的每个提交处理都应标明 [WhoMay<规则>]：");
    }

    [Fact]
    public void EnforcementPageModels_DoNotSaveChanges()
    {
        var pages = FazhiAssembly.Types
            .Where(t => t.Namespace?.StartsWith("Fazhi.Modules.Enforcement", StringComparison.Ordinal) == true && typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract)
            .ToList();
        pages.Count.ShouldBeGreaterThan(19);

        pages.Where(p => SaveChangesCallers(p).Count > 0).Select(p => p.FullName).ShouldBeEmpty("页面模型不直接保存：请调用该步骤的处理程序（ADR 0010）：");
    }

    [Fact]
    public void SaveChangesDetection_FindsTheCallInsideAnAsyncHandler()
    {
        // The check must be able to fail: a step handler saves from its async HandleAsync, whose body the compiler moves
        // into a state machine.
        SaveChangesCallers(FazhiAssembly.Types.Single(t => t.Name == "DecidePenaltyHandler")).ShouldNotBeEmpty();
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
