using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Organization;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.IntegrationTests.Platform.Tenancy;

/// <summary>Who may see a record route: township staff of the record's township, or administrators only.</summary>
public enum RecordAccess
{
    /// <summary>A township record: staff of another township get 404, as if it did not exist (ADR 0004).</summary>
    Township,

    /// <summary>An administration record (users, townships): the administrator sees it, everyone else is refused.</summary>
    AdministratorOnly,

    /// <summary>
    /// A portal page of a published record (<c>/t/{code}/…/{id}</c>): it is public, so every township's staff sees it as any
    /// visitor does. <see cref="ForeignRecordRoute.PathFor"/> names a published record; that drafts never appear there is
    /// each module's own test.
    /// </summary>
    Public,
}

/// <summary>
/// How to reach one record route for a record of <see cref="ForeignRecordRoutes.OtherTownship"/> (太霞乡).
/// <paramref name="PathFor"/> creates or finds that record and returns the concrete path; <paramref name="Body"/> is a
/// valid request body for routes that take one, so that only tenancy can refuse the call.
/// </summary>
public sealed record ForeignRecordRoute(RecordAccess Access, Func<FazhiApp, Task<string>> PathFor, Func<HttpContent>? Body = null);

/// <summary>
/// The registry of every route whose parameters name a record (<c>{id}</c>, <c>{caseId}</c> …). A module that adds
/// such a route adds it here, keyed as <c>PAGE /path/{id}</c> for a page or <c>GET /api/…/{id}</c> for an API
/// method; <see cref="ForeignRecordTests.EveryRouteWithARecordId_IsInTheRegistry"/> fails until it does
/// (docs/testing.md).
/// </summary>
public static partial class ForeignRecordRoutes
{
    /// <summary>The signed-in user's township (小江镇) …</summary>
    public const string OwnClerk = "xiaojiang.clerk";

    /// <summary>… and the township whose records that user must not see (太霞乡).</summary>
    public const string OtherTownship = "990100102000";

    public const string OtherClerk = "taixia.clerk";

    private static IReadOnlyDictionary<string, ForeignRecordRoute>? _all;

    /// <summary>Every registered route: the entries below and each module's own part of this class (ForeignRecordRoutes.&lt;Module&gt;.cs).</summary>
    public static IReadOnlyDictionary<string, ForeignRecordRoute> All =>
        _all ??= Core.Concat(DocumentsRoutes).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);

    private static Dictionary<string, ForeignRecordRoute> Core { get; } = new(StringComparer.Ordinal)
    {
        // Organization
        ["PAGE /admin/users/{id}"] = new(RecordAccess.AdministratorOnly, async app =>
            $"/admin/users/{await app.WithDbAsync(db => db.Users.Where(u => u.UserName == OtherClerk).Select(u => u.Id).SingleAsync())}"),
        ["PAGE /admin/townships/{id}"] = new(RecordAccess.AdministratorOnly, async app =>
            $"/admin/townships/{await OtherTownshipIdAsync(app)}"),
        ["GET /api/workspace/villages/{id:guid}"] = new(RecordAccess.Township, async app =>
            $"/api/workspace/villages/{await VillageOfOtherTownshipAsync(app)}"),
    };

    public static Task<Guid> OtherTownshipIdAsync(FazhiApp app) =>
        app.WithDbAsync(db => db.Set<Township>().Where(t => t.DivisionCode == OtherTownship).Select(t => t.Id).SingleAsync());

    /// <summary>A new village of 太霞乡, written as the system would.</summary>
    public static async Task<Guid> VillageOfOtherTownshipAsync(FazhiApp app)
    {
        var townshipId = await OtherTownshipIdAsync(app);
        return await app.WithDbAsync(async db =>
        {
            var village = new Village
            {
                TownshipId = townshipId,
                Name = "测试村" + Guid.NewGuid().ToString("N")[..6],
                DivisionCode = "990100102" + Random.Shared.Next(500, 999).ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            db.Add(village);
            await db.SaveChangesAsync();
            return village.Id;
        });
    }
}
