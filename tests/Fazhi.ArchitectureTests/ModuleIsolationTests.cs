using ArchUnitNET.Domain;
using ArchLoader = ArchUnitNET.Loader.ArchLoader;

namespace Fazhi.ArchitectureTests;

/// <summary>
/// Modules are the statutory domains and stay apart (ADR 0001): a module reads another only through that module's
/// <c>Contracts</c>, and every module may use Organization, the tenant registry.
/// </summary>
public sealed class ModuleIsolationTests
{
    public static TheoryData<string> Modules() => [.. FazhiAssembly.Modules];

    [Fact]
    public void Modules_AreDiscoveredByNamespace()
    {
        // Guards the discovery itself: were it to find nothing, every rule below would pass vacuously.
        FazhiAssembly.Modules.ShouldContain("Organization");
        FazhiAssembly.Modules.ShouldContain("Portal");
        FazhiAssembly.Modules.ShouldContain("County");
        FazhiAssembly.ViewsOf("Portal").ShouldNotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_DependsOnNoOtherModule_ExceptContractsAndOrganization(string module)
    {
        var forbidden = ForbiddenFor(module);

        var offenders = Offenders(FazhiAssembly.TypesOf(module), forbidden);

        offenders.ShouldBeEmpty($"模块 {module} 只能依赖其他模块的 Contracts 与 Organization；违规类型：");
    }

    [Fact]
    public void Platform_DependsOnNoModule_ExceptOrganizationAndContracts()
    {
        var platform = FazhiAssembly.Types.Where(t => FazhiAssembly.IsIn(t, FazhiAssembly.PlatformNamespace)).ToList();
        var forbidden = FazhiAssembly.Modules
            .Where(m => m != FazhiAssembly.SharedModule)
            .SelectMany(m => FazhiAssembly.TypesOf(m))
            .Where(t => !FazhiAssembly.IsContracts(t))
            .ToList();

        Offenders(platform, forbidden).ShouldBeEmpty("Platform 只能依赖 Organization 与各模块的 Contracts；违规类型：");
    }

    [Fact]
    public void IsolationRule_WhenAModuleUsesAnotherModulesInternals_ReportsIt()
    {
        // The check must be able to fail: the County console reads townships, so were Organization an ordinary
        // module, County would be reported.
        var county = FazhiAssembly.TypesOf("County");
        var organization = FazhiAssembly.TypesOf("Organization");

        Offenders(county, organization).ShouldNotBeEmpty();
    }

    private static List<Type> ForbiddenFor(string module) =>
    [
        .. FazhiAssembly.Modules
            .Where(other => other != module && other != FazhiAssembly.SharedModule)
            .SelectMany(other => FazhiAssembly.TypesOf(other))
            .Where(t => !FazhiAssembly.IsContracts(t)),
    ];

    /// <summary>The types of <paramref name="subjects"/> that reference any of <paramref name="forbidden"/>.</summary>
    private static List<string> Offenders(IReadOnlyCollection<Type> subjects, IReadOnlyCollection<Type> forbidden)
    {
        var names = subjects.Select(Name).ToHashSet(StringComparer.Ordinal);
        var targets = forbidden.Select(Name).ToHashSet(StringComparer.Ordinal);
        return
        [
            .. Architecture.Types
                .Where(t => names.Contains(Name(t)) && t.Dependencies.Any(d => targets.Contains(Name(d.Target))))
                .Select(Name)
                .Order(StringComparer.Ordinal),
        ];
    }

    /// <summary>
    /// The assembly as ArchUnitNET reads it (from IL, so a field, a local, a generic argument or a call counts as a
    /// dependency, which reflection alone would miss). Loaded once: reading the IL is the slow part.
    /// </summary>
    private static readonly Architecture Architecture = new ArchLoader().LoadAssemblies(FazhiAssembly.Web).Build();

    // ArchUnitNET reads names through Mono.Cecil, which writes a nested type Outer/Inner where reflection writes Outer+Inner.
    private static string Name(Type type) => type.FullName!.Replace('/', '+');

    private static string Name(IType type) => type.FullName.Replace('/', '+');
}
