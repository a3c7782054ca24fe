using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Documents.Model;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.IntegrationTests.Platform.Tenancy;

/// <summary>
/// The record routes of the Documents module, for <see cref="ForeignRecordRoutes.All"/>, reached with 太霞乡's demo
/// records (DocumentsDemoSeeder). One class per module, merged by the registry (docs/testing.md).
/// </summary>
public static class DocumentForeignRecordRoutes
{
    private const string OtherTownship = ForeignRecordRoutes.OtherTownship;

    public static IReadOnlyDictionary<string, ForeignRecordRoute> All { get; } = new Dictionary<string, ForeignRecordRoute>(StringComparer.Ordinal)
    {
        ["PAGE /workspace/documents/{id:guid}"] = new(RecordAccess.Township, async app => $"/workspace/documents/{await TaixiaDocumentAsync(app)}"),
        ["PAGE /workspace/documents/{id:guid}/edit"] = new(RecordAccess.Township, async app => $"/workspace/documents/{await TaixiaDocumentAsync(app)}/edit"),
        ["PAGE /workspace/documents/{id:guid}/compare"] = new(RecordAccess.Township, async app => $"/workspace/documents/{await TaixiaDocumentAsync(app)}/compare"),
        ["PAGE /workspace/documents/{id:guid}/review"] = new(RecordAccess.Township, async app => $"/workspace/documents/{await TaixiaDocumentAsync(app)}/review"),
        ["PAGE /workspace/documents/cleanups/{id:guid}"] = new(RecordAccess.Township, async app =>
            $"/workspace/documents/cleanups/{await app.WithDbAsync(db => db.Set<CleanupCampaign>().Where(c => c.TownshipId == db.Set<Fazhi.Modules.Organization.Township>().Single(t => t.DivisionCode == OtherTownship).Id).Select(c => c.Id).FirstAsync())}"),
        ["PAGE /t/{code}/documents/{id:guid}"] = new(RecordAccess.Public, async app => $"/t/{OtherTownship}/documents/{await TaixiaDocumentAsync(app)}")
        {
            // Drafts are never public (国办发〔2018〕37号: only published documents are the basis of administration).
            UnpublishedPathFor = async app => $"/t/{OtherTownship}/documents/{await TaixiaDraftAsync(app)}",
        },
    };

    /// <summary>太霞乡's demo draft awaiting its legality review.</summary>
    public static Task<Guid> TaixiaDraftAsync(FazhiApp app) =>
        app.WithDbAsync(db => db.Set<NormativeDocument>()
            .Where(d => d.TownshipId == db.Set<Fazhi.Modules.Organization.Township>().Single(t => t.DivisionCode == OtherTownship).Id && d.PublishedOn == null)
            .Select(d => d.Id).FirstAsync());

    /// <summary>太霞乡's published and filed demo document.</summary>
    public static Task<Guid> TaixiaDocumentAsync(FazhiApp app) =>
        app.WithDbAsync(db => db.Set<NormativeDocument>().Where(d => d.Title == "太霞乡便民服务中心服务规范").Select(d => d.Id).SingleAsync());
}
