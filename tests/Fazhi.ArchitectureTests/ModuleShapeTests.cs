using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.ArchitectureTests;

/// <summary>The shape of the code inside modules: internal by default, slices instead of layers (STYLE §2.1).</summary>
public sealed class ModuleShapeTests
{
    /// <summary>
    /// Public types a module may have, and why. Everything else in <c>Fazhi.Modules</c> is internal:
    /// <list type="bullet">
    /// <item>the module entry class <c>XModule</c> with <c>AddX()</c>/<c>MapXEndpoints()</c>, which Program.cs calls;</item>
    /// <item>types in a <c>Contracts</c> namespace, the surface other modules read;</item>
    /// <item>request bodies of minimal API endpoints that carry DataAnnotations (<c>…Request</c>): the .NET 10
    /// validations generator behind <c>AddValidation()</c> skips internal types, so an internal request would go
    /// unvalidated (ADR 0007);</item>
    /// <item>the enums and value types those request bodies carry (C# forbids a public request with an internal
    /// member type);</item>
    /// <item>nothing for EF Core or Razor: both work with internal entities, configurations and page models, because
    /// they live in the same assembly as <c>FazhiDbContext</c> and the compiled views.</item>
    /// </list>
    /// </summary>
    private static bool MayBePublic(Type type) =>
        FazhiAssembly.IsContracts(type)
        || IsValidatedApiRequest(type)
        || CarriedByValidatedRequests.Value.Contains(type)
        || (type.Name.EndsWith("Module", StringComparison.Ordinal) && type.IsAbstract && type.IsSealed
            && FazhiAssembly.Modules.Any(m => type.Namespace == FazhiAssembly.ModuleNamespace(m)));

    private static readonly Lazy<HashSet<Type>> CarriedByValidatedRequests = new(() =>
        FazhiAssembly.Types
            .Where(t => (t.IsPublic || t.IsNestedPublic) && IsValidatedApiRequest(t))
            .SelectMany(t => t.GetProperties().Select(p => p.PropertyType))
            .Select(t => Nullable.GetUnderlyingType(t) ?? t)
            .SelectMany(t => t.IsGenericType ? t.GetGenericArguments() : [t])
            .Where(t => t.Assembly == typeof(Program).Assembly)
            .ToHashSet());

    private static bool IsValidatedApiRequest(Type type) =>
        type.Name.EndsWith("Request", StringComparison.Ordinal)
        && (type.GetProperties().Any(p => p.GetCustomAttributes(typeof(ValidationAttribute), true).Length > 0)
            || type.GetConstructors().SelectMany(c => c.GetParameters()).Any(p => p.GetCustomAttributes(typeof(ValidationAttribute), true).Length > 0));

    [Fact]
    public void ApiRequestsWithValidationAttributes_ArePublic_SoThatAddValidationChecksThem()
    {
        var offenders = FazhiAssembly.Types
            .Where(t => FazhiAssembly.IsIn(t, FazhiAssembly.ModulesNamespace) || FazhiAssembly.IsIn(t, FazhiAssembly.PlatformNamespace))
            .Where(t => IsValidatedApiRequest(t) && !(t.IsPublic || t.IsNestedPublic))
            .Select(t => t.FullName)
            .ToList();

        offenders.ShouldBeEmpty("带校验特性的 API 请求类型须为 public，否则 AddValidation() 不会校验它们：");
    }

    [Fact]
    public void ModuleTypes_AreInternal_ExceptModuleEntryAndContracts()
    {
        var offenders = FazhiAssembly.Types
            .Where(t => FazhiAssembly.IsIn(t, FazhiAssembly.ModulesNamespace))
            .Where(t => t.IsPublic || t.IsNestedPublic)
            .Where(t => !MayBePublic(t))
            .Select(t => t.FullName)
            .ToList();

        offenders.ShouldBeEmpty("模块内的类型应为 internal（模块入口类与 Contracts 除外）：");
    }

    [Fact]
    public void ModuleClasses_AreSealedOrStatic()
    {
        var offenders = FazhiAssembly.Types
            .Where(t => FazhiAssembly.IsIn(t, FazhiAssembly.ModulesNamespace) && !FazhiAssembly.IsContracts(t))
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract)
            .Select(t => t.FullName)
            .ToList();

        offenders.ShouldBeEmpty("模块内的类应为 sealed 或 static：");
    }

    [Fact]
    public void Code_HasNoLayerFolders()
    {
        string[] layers = ["Controllers", "Services", "Dtos", "DTOs", "Repositories"];

        var offenders = FazhiAssembly.Types
            .Select(t => t.Namespace ?? "")
            .Where(ns => ns.Split('.').Any(segment => layers.Contains(segment, StringComparer.OrdinalIgnoreCase)))
            .Distinct()
            .ToList();

        offenders.ShouldBeEmpty("按用例切片组织代码，不设 Controllers/Services/Dtos 目录（STYLE §2.1）：");
    }

    [Fact]
    public void PageModels_LiveInModuleOrPlatformFolders()
    {
        var offenders = FazhiAssembly.Types
            .Where(t => typeof(PageModel).IsAssignableFrom(t))
            .Where(t => !FazhiAssembly.IsIn(t, FazhiAssembly.ModulesNamespace) && !FazhiAssembly.IsIn(t, FazhiAssembly.PlatformNamespace))
            .Select(t => t.FullName)
            .ToList();

        offenders.ShouldBeEmpty();
        FazhiAssembly.Types.Count(t => typeof(PageModel).IsAssignableFrom(t)).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void ModuleEntryClasses_ExposeOnlyAddAndMap()
    {
        var entries = FazhiAssembly.Modules
            .Select(m => FazhiAssembly.Web.GetType($"{FazhiAssembly.ModuleNamespace(m)}.{m}Module"))
            .OfType<Type>()
            .ToList();
        entries.ShouldNotBeEmpty();

        var extra = entries
            .SelectMany(e => e.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => !m.Name.StartsWith("Add", StringComparison.Ordinal) && !m.Name.StartsWith("Map", StringComparison.Ordinal))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToList();

        extra.ShouldBeEmpty("模块入口类只公开 AddX() 与 MapXEndpoints()（STYLE §2.1 第 2 条）：");
    }
}
