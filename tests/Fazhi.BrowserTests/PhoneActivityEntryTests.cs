using System.Text;
using Microsoft.Playwright;
using SkiaSharp;

namespace Fazhi.BrowserTests;

/// <summary>
/// Issue 15 §5: a village cadre records a 普法 activity with a photo from a phone (390 px), and the portal shows it with
/// the photo stripped of its location metadata.
/// </summary>
public sealed class PhoneActivityEntryTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task VillageCadre_RecordsAnActivityWithAPhotoOnAPhone_AndThePortalShowsItWithoutLocation()
    {
        await using var phone = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
        });
        var page = await BrowserApp.SignInAsync(phone, "xiaojiang.cadre");

        await page.GotoAsync("/workspace/education/activities/new");
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390, "表单在手机宽度下不应横向滚动");
        (await page.InputValueAsync("select[name='VillageId']")).ShouldNotBeEmpty("村干部所在的村已预选");
        (await page.IsCheckedAsync("input[name='Venue'][value='Village']")).ShouldBeTrue();
        (await page.IsHiddenAsync("[data-venue-field='School']")).ShouldBeTrue("选择村（社区）时不显示学校");

        await page.FillAsync("input[name='PeopleReached']", "86");
        await page.FillAsync("input[name='Leaflets']", "150");
        await page.FillAsync("input[name='Banners']", "1");
        await page.SetInputFilesAsync("input[name='photos']", new FilePayload { Name = "IMG_20261123_101500.jpg", MimeType = "image/jpeg", Buffer = PhotoWithLocation() });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ScreenshotFolder, "education-phone-1-form.png"), FullPage = true });
        await page.ClickAsync("button:has-text('保存')");

        await page.WaitForURLAsync("**/workspace/education/activities/*-*");
        (await page.TextContentAsync(".flash"))!.ShouldContain("受教育 86 人次，照片 1 张");
        var id = new Uri(page.Url).Segments[^1];
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ScreenshotFolder, "education-phone-2-recorded.png"), FullPage = true });

        var visitor = await phone.NewPageAsync();
        await visitor.GotoAsync("/t/990100101000/publicity");
        await visitor.ClickAsync($"a[href$='/publicity/{id}']");
        await visitor.WaitForSelectorAsync(".photos img");
        (await visitor.EvaluateAsync<int>("() => document.querySelector('.photos img').naturalWidth")).ShouldBeGreaterThan(0, "照片在门户上显示");
        var src = await visitor.GetAttributeAsync(".photos img", "src");
        var served = await (await visitor.APIRequest.GetAsync(src!)).BodyAsync();
        Encoding.ASCII.GetString(served).ShouldNotContain("GPSLatitude");
        Encoding.ASCII.GetString(served).ShouldNotContain("Exif");
        await visitor.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ScreenshotFolder, "education-phone-3-portal.png"), FullPage = true });
    }

    /// <summary>A camera JPEG with an EXIF block carrying a GPS note, as a phone writes one.</summary>
    private static byte[] PhotoWithLocation()
    {
        using var bitmap = new SKBitmap(800, 600);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Firebrick);
        }

        using var image = SKImage.FromBitmap(bitmap);
        var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 85).ToArray();
        byte[] tiff = [0x49, 0x49, 0x2A, 0x00, 0x08, 0x00, 0x00, 0x00, 0x01, 0x00, 0x12, 0x01, 0x03, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00];
        byte[] payload = [.. "Exif\0\0"u8.ToArray(), .. tiff, .. "GPSLatitude 24.4650N GPSLongitude 112.6350E"u8.ToArray()];
        return [0xFF, 0xD8, 0xFF, 0xE1, (byte)((payload.Length + 2) >> 8), (byte)((payload.Length + 2) & 0xFF), .. payload, .. jpeg.Skip(2)];
    }
}
