using System.Reflection;
using System.Runtime.CompilerServices;
using Fazhi.Platform.Web;

namespace Fazhi.ArchitectureTests;

/// <summary>The production assembly and the modules found in it by namespace, so a new module is covered without edits.</summary>
internal static class FazhiAssembly
{
    public const string ModulesNamespace = "Fazhi.Modules";
    public const string PlatformNamespace = "Fazhi.Platform";

    /// <summary>The tenant registry (counties, townships, villages) that every module may read (issue 2 §1).</summary>
    public const string SharedModule = "Organization";

    public static Assembly Web { get; } = typeof(WebModule).Assembly;

    /// <summary>Every type we wrote, without the compiler's closures, state machines and anonymous types.</summary>
    public static IReadOnlyList<Type> Types { get; } = [.. Web.GetTypes().Where(t => !IsCompilerGenerated(t))];

    /// <summary>Module names: the namespace segment after <c>Fazhi.Modules</c>.</summary>
    public static IReadOnlyList<string> Modules { get; } =
    [
        .. Types
            .Select(t => t.Namespace ?? "")
            .Where(ns => ns.StartsWith(ModulesNamespace + ".", StringComparison.Ordinal))
            .Select(ns => ns[(ModulesNamespace.Length + 1)..].Split('.')[0])
            .Distinct()
            .Order(StringComparer.Ordinal),
    ];

    public static string ModuleNamespace(string module) => $"{ModulesNamespace}.{module}";

    public static bool IsIn(Type type, string ns) =>
        type.Namespace is { } own && (own == ns || own.StartsWith(ns + ".", StringComparison.Ordinal));

    /// <summary>A module's published surface: its <c>Contracts</c> namespace (and anything below it).</summary>
    public static bool IsContracts(Type type) =>
        type.Namespace is { } ns && (ns.EndsWith(".Contracts", StringComparison.Ordinal) || ns.Contains(".Contracts.", StringComparison.Ordinal));

    /// <summary>
    /// Razor compiles each .cshtml into a class named after its path (<c>Modules_Portal_Home_Index</c>) in a namespace of
    /// its own; the path tells which module the view belongs to.
    /// </summary>
    public static IReadOnlyList<Type> ViewsOf(string module) =>
        [.. Types.Where(t => t.Namespace == "AspNetCoreGeneratedDocument" && t.Name.StartsWith($"Modules_{module}_", StringComparison.Ordinal))];

    /// <summary>Everything that belongs to a module: the types in its namespace and the views compiled from its folder.</summary>
    public static IReadOnlyList<Type> TypesOf(string module) =>
        [.. Types.Where(t => IsIn(t, ModuleNamespace(module))), .. ViewsOf(module)];

    private static bool IsCompilerGenerated(Type type)
    {
        for (var t = type; t is not null; t = t.DeclaringType)
        {
            if (t.IsDefined(typeof(CompilerGeneratedAttribute), false) || t.Name.Contains('<', StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
