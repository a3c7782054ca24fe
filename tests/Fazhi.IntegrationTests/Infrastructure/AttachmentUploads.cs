using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace Fazhi.IntegrationTests.Infrastructure;

/// <summary>Uploads through the generic attachments endpoint, as a page's upload form posts them.</summary>
internal static class AttachmentUploads
{
    /// <summary>A small real PDF whose bytes are unique to the caller, so tests do not share blobs by accident.</summary>
    public static byte[] UniquePdf(string marker) => Encoding.UTF8.GetBytes(
        $"%PDF-1.4\n% {marker} {Guid.NewGuid()}\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    /// <summary>The record type <see cref="NewOwnerAsync"/> creates: files are always filed under a record of the uploader's township.</summary>
    public const string OwnerType = "NormativeDocument";

    /// <summary>A fresh draft document of the client's township to file attachments under; its id.</summary>
    public static async Task<Guid> NewOwnerAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.PostAsJsonAsync("/api/workspace/documents", new { title = $"附件归档测试文件{Guid.NewGuid():N}"[..20], body = "第一条 为规范附件归档，制定本办法。" });
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(text);
        return System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string ownerType, Guid ownerId, string purpose, string fileName, byte[] bytes) =>
        await PostAsync(client, await FazhiApp.AntiforgeryTokenAsync(client, "/workspace"), ownerType, ownerId, purpose, fileName, bytes);

    /// <summary>The same upload with a given antiforgery token (one issued by another instance, or a forged one).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string token, string ownerType, Guid ownerId, string purpose, string fileName, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(ownerType), "ownerType" },
            { new StringContent(ownerId.ToString()), "ownerId" },
            { new StringContent(purpose), "purpose" },
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(bytes);
        // The browser's guess, not the truth: the store decides the type by content.
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return await client.PostAsync("/api/workspace/attachments", form);
    }
}
