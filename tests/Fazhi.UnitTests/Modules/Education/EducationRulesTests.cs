using Fazhi.Modules.Education.Figures;
using Fazhi.Modules.Education.Model;
using Fazhi.Platform.Attachments;
using Fazhi.Platform.ErrorHandling;
using SkiaSharp;

namespace Fazhi.UnitTests.Modules.Education;

public sealed class EducationRulesTests
{
    [Theory]
    [InlineData(8006, "8000余")]
    [InlineData(5683, "5680余")]
    [InlineData(19684, "19680余")]
    [InlineData(15004, "15000余")]
    [InlineData(15037, "15030余")]
    [InlineData(2504, "2500余")]
    [InlineData(10005, "10000余")]
    [InlineData(1004, "1000余")]
    [InlineData(1206, "1200余")]
    [InlineData(1200, "1200")]
    [InlineData(600, "600")]
    [InlineData(604, "600余")]
    [InlineData(306, "300余")]
    [InlineData(100, "100")]
    [InlineData(99, "99")]
    [InlineData(35, "35")]
    public void Approximately_WritesLargeCountsTheWayTheSeedsDo(int count, string written) =>
        Approximately.Write(count).ShouldBe(written);

    [Theory]
    [InlineData(2022, 12, 4, "constitution-day")]
    [InlineData(2022, 12, 2, "road-safety-day")]
    [InlineData(2022, 12, 6, "constitution-week")]
    [InlineData(2024, 5, 20, "civil-code-month")]
    [InlineData(2022, 4, 15, "national-security-day")]
    [InlineData(2022, 6, 26, "anti-drug-day")]
    [InlineData(2022, 8, 3, "anti-drug-everyday")]
    public void ThemeCalendar_SuggestsTheNarrowestThemeOfTheDay(int year, int month, int day, string code) =>
        ThemeCalendar.SuggestFor(new DateOnly(year, month, day)).Code.ShouldBe(code);

    private static StaffMember Member(Guid township, DateOnly joined) => StaffMember.Register(township, "王建国", "科员", "党政综合办公室", false, joined);

    [Fact]
    public void StudySession_AttendeeWhoHadLeft_IsRefusedAsNotOnTheRegister()
    {
        var township = Guid.NewGuid();
        var left = Member(township, new DateOnly(2020, 1, 1));
        left.Leave(new DateOnly(2022, 3, 31), "调离");

        var refusal = Should.Throw<BusinessRuleException>(() => StudySession.Record(township, StudyKind.CentralGroup, new DateOnly(2022, 5, 10), "学法", "书记", "", 2,
            [new AttendanceMark(left, true, null)], "法制员", new DateOnly(2022, 6, 1)));

        refusal.Code.ShouldBe("education.attendance.not-on-register");
        refusal.Message.ShouldContain("2022年5月10日在岗");
    }

    [Fact]
    public void StudySession_SamePersonTwice_IsRefused()
    {
        var township = Guid.NewGuid();
        var member = Member(township, new DateOnly(2020, 1, 1));

        Should.Throw<BusinessRuleException>(() => StudySession.Record(township, StudyKind.PreMeeting, new DateOnly(2022, 5, 10), "学法", "书记", "", 0.5m,
            [new AttendanceMark(member, true, null), new AttendanceMark(member, true, null)], "法制员", new DateOnly(2022, 6, 1))).Code.ShouldBe("education.attendance.duplicate");
    }

    [Fact]
    public void PhotoCleaner_DropsExifAndTurnsThePictureUpright()
    {
        // A 40×20 picture stored sideways with EXIF orientation 6 (rotate 90° clockwise to view).
        using var bitmap = new SKBitmap(40, 20);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
        }

        using var image = SKImage.FromBitmap(bitmap);
        var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 90).ToArray();
        byte[] tiff = [0x49, 0x49, 0x2A, 0x00, 0x08, 0x00, 0x00, 0x00, 0x01, 0x00, 0x12, 0x01, 0x03, 0x00, 0x01, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00];
        byte[] payload = [.. "Exif\0\0"u8.ToArray(), .. tiff, .. "GPSLatitude 24N"u8.ToArray()];
        byte[] withExif = [0xFF, 0xD8, 0xFF, 0xE1, (byte)((payload.Length + 2) >> 8), (byte)((payload.Length + 2) & 0xFF), .. payload, .. jpeg.Skip(2)];

        var (clean, name) = PhotoCleaner.Clean(new MemoryStream(withExif), @"C:\DCIM\IMG_0001.JPEG");

        name.ShouldBe("IMG_0001.jpg");
        System.Text.Encoding.ASCII.GetString(clean).ShouldNotContain("Exif");
        System.Text.Encoding.ASCII.GetString(clean).ShouldNotContain("GPS");
        using var decoded = SKBitmap.Decode(clean);
        (decoded.Width, decoded.Height).ShouldBe((20, 40));
    }

    [Fact]
    public void PhotoCleaner_RefusesWhatIsNotAPhoto() =>
        Should.Throw<BusinessRuleException>(() => PhotoCleaner.Clean(new MemoryStream("%PDF-1.4"u8.ToArray()), "scan.jpg")).Code.ShouldBe("attachments.photo-format");
}
