using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Fazhi.IntegrationTests.Infrastructure;
using MiniExcelLibs;
using SkiaSharp;

namespace Fazhi.IntegrationTests.Modules.Education;

/// <summary>Calls of the education API as a clerk, officer or village cadre makes them, and the files they send.</summary>
internal static class EducationApi
{
    public const string Base = "/api/workspace/education";

    public static async Task<(HttpStatusCode Status, JsonElement Json)> PostJsonAsync(this HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, string.IsNullOrWhiteSpace(text) ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public static async Task<(HttpStatusCode Status, JsonElement Json)> PutJsonAsync(this HttpClient client, string url, object body)
    {
        var response = await client.PutAsJsonAsync(url, body);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, string.IsNullOrWhiteSpace(text) ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public static async Task<(HttpStatusCode Status, JsonElement Json)> PostFileAsync(this HttpClient client, string url, string field, string fileName, byte[] bytes, string contentType)
    {
        // An upload carries the signed-in person's antiforgery token (ADR 0019), as the upload form on a page does.
        var token = await FazhiApp.AntiforgeryTokenAsync(client, "/workspace");
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, field, fileName);
        var response = await client.PostAsync(url, form);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, string.IsNullOrWhiteSpace(text) ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public static void ShouldBeRefusedBy(this (HttpStatusCode Status, JsonElement Json) result, string code)
    {
        result.Status.ShouldBe(HttpStatusCode.Conflict, result.Json.ToString());
        result.Json.GetProperty("code").GetString().ShouldBe(code);
    }

    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>A workbook with the header and rows given, as a clerk's sheet.</summary>
    public static byte[] Workbook(IReadOnlyList<string> header, params object?[][] rows)
    {
        var table = rows.Select(r => header.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i < r.Length ? r[x.i] : null)).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(table);
        return stream.ToArray();
    }

    /// <summary>The rows of a workbook as text, for comparing an export with what was imported.</summary>
    public static List<Dictionary<string, string>> Rows(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        return [.. stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>()
            .Select(r => r.ToDictionary(c => c.Key, c => Convert.ToString(c.Value, System.Globalization.CultureInfo.InvariantCulture) ?? ""))];
    }

    /// <summary>
    /// A phone photo: a JPEG whose EXIF block carries an orientation tag and a GPS position written as text, so a test
    /// can see whether either survived.
    /// </summary>
    public static byte[] PhotoWithLocation(int width = 64, int height = 48)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SteelBlue);
        }

        using var image = SKImage.FromBitmap(bitmap);
        var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 90).ToArray();
        // TIFF (little endian): one IFD entry, Orientation (0x0112) = 1, then a GPS note the cleaner must drop.
        var tiff = new List<byte> { 0x49, 0x49, 0x2A, 0x00, 0x08, 0x00, 0x00, 0x00, 0x01, 0x00, 0x12, 0x01, 0x03, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 };
        tiff.AddRange(System.Text.Encoding.ASCII.GetBytes("GPSLatitude 24.4650N GPSLongitude 112.6350E"));
        var payload = System.Text.Encoding.ASCII.GetBytes("Exif\0\0").Concat(tiff).ToArray();
        var length = payload.Length + 2;
        var segment = new byte[] { 0xFF, 0xE1, (byte)(length >> 8), (byte)(length & 0xFF) }.Concat(payload);
        return [.. jpeg.Take(2), .. segment, .. jpeg.Skip(2)];
    }

    public static bool HasExif(byte[] bytes) =>
        System.Text.Encoding.ASCII.GetString(bytes).Contains("Exif", StringComparison.Ordinal)
        || System.Text.Encoding.ASCII.GetString(bytes).Contains("GPSLatitude", StringComparison.Ordinal);
}
