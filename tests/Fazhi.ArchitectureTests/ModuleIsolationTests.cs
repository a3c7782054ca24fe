using NetArchTest.Rules;

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

    /// <summary>The types of <paramref name="subjects"/> that reference any of <paramref name="forbidden"/>, with what they reference.</summary>
    private static List<string> Offenders(IReadOnlyCollection<Type> subjects, IReadOnlyCollection<Type> forbidden)
    {
        if (subjects.Count == 0 || forbidden.Count == 0)
        {
            return [];
        }

        // Mono.Cecil, which NetArchTest reads, writes nested types as Outer/Inner where reflection writes Outer+Inner.
        var names = subjects.Select(CecilName).ToHashSet(StringComparer.Ordinal);
        var result = Types.InAssembly(FazhiAssembly.Web)
            .That().MeetCustomRule(new IsOneOf(names))
            .ShouldNot().HaveDependencyOnAny([.. forbidden.Select(CecilName)])
            .GetResult();
        return result.IsSuccessful ? [] : [.. (result.FailingTypeNames ?? []).Order(StringComparer.Ordinal)];
    }

    private static string CecilName(Type type) => type.FullName!.Replace('+', '/');

    private sealed class IsOneOf(HashSet<string> names) : ICustomRule
    {
        public bool MeetsRule(Mono.Cecil.TypeDefinition type) => names.Contains(type.FullName);
    }
}
