using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Fazhi.IntegrationTests.Modules.Decisions;

/// <summary>A downloaded decision archive: its files and the hashes its DOCX index lists.</summary>
internal sealed record ArchiveZip(Dictionary<string, byte[]> Files, Dictionary<string, string> IndexHashes, string IndexText)
{
    public static async Task<ArchiveZip> ReadAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        byte[]? index = null;
        foreach (var entry in zip.Entries)
        {
            using var s = entry.Open();
            using var copy = new MemoryStream();
            await s.CopyToAsync(copy);
            if (entry.FullName == "00-决策档案目录.docx")
            {
                index = copy.ToArray();
            }
            else
            {
                files[entry.FullName] = copy.ToArray();
            }
        }

        index.ShouldNotBeNull("ZIP 中应有决策档案目录 DOCX");
        using var doc = WordprocessingDocument.Open(new MemoryStream(index), false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in body.Descendants<TableRow>().Skip(1))
        {
            var cells = row.Descendants<TableCell>().Select(c => c.InnerText).ToList();
            hashes[cells[2]] = cells[4];
        }

        return new ArchiveZip(files, hashes, body.InnerText);
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
