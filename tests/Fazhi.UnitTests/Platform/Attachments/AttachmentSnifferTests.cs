using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Fazhi.Platform.Attachments;
using Fazhi.Platform.ErrorHandling;

namespace Fazhi.UnitTests.Platform.Attachments;

public sealed class AttachmentSnifferTests
{
    public static TheoryData<string, byte[], AttachmentKind> AllowedFiles => new()
    {
        { "审核意见书.pdf", SampleFiles.Pdf(), AttachmentKind.Pdf },
        { "合法性审查意见.docx", SampleFiles.Docx(), AttachmentKind.Docx },
        { "执法案卷目录.xlsx", SampleFiles.Xlsx(), AttachmentKind.Xlsx },
        { "现场照片.jpg", SampleFiles.Jpeg(), AttachmentKind.Jpeg },
        { "现场照片.JPEG", SampleFiles.Jpeg(), AttachmentKind.Jpeg },
        { "公示截图.png", SampleFiles.Png(), AttachmentKind.Png },
        { "会议录音.mp3", SampleFiles.Mp3WithId3(), AttachmentKind.Mp3 },
        { "询问录音.mp3", SampleFiles.Mp3FrameOnly(), AttachmentKind.Mp3 },
        { "执法记录仪.mp4", SampleFiles.Mp4(), AttachmentKind.Mp4 },
    };

    [Theory]
    [MemberData(nameof(AllowedFiles))]
    public void Check_WhenNameAndContentAgree_ReturnsTheKind(string fileName, byte[] content, AttachmentKind expected)
    {
        using var stream = new MemoryStream(content);

        AttachmentSniffer.Check(fileName, stream).ShouldBe(expected);
    }

    [Fact]
    public void Check_WhenDocxIsMadeWithOpenXml_IsAcceptedAsDocx()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document, autoSave: true))
        {
            document.AddMainDocumentPart().Document = new Document(new Body(new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("关于印发某某办法的通知")))));
        }

        AttachmentSniffer.Check("通知.docx", stream).ShouldBe(AttachmentKind.Docx);
    }

    [Fact]
    public void Check_WhenExeIsRenamedPdf_IsRefusedNamingWhatItReallyIs()
    {
        using var stream = new MemoryStream(SampleFiles.WindowsExe());

        var refused = Should.Throw<BusinessRuleException>(() => AttachmentSniffer.Check("报告.pdf", stream));

        refused.Code.ShouldBe("attachments.content-mismatch");
        refused.Message.ShouldContain("内容与扩展名不符");
        refused.Message.ShouldContain("Windows 可执行程序");
    }

    [Fact]
    public void Check_WhenPngIsNamedJpg_IsRefused()
    {
        using var stream = new MemoryStream(SampleFiles.Png());

        var refused = Should.Throw<BusinessRuleException>(() => AttachmentSniffer.Check("照片.jpg", stream));

        refused.Code.ShouldBe("attachments.content-mismatch");
        refused.Message.ShouldContain("PNG 图片");
    }

    [Fact]
    public void Check_WhenDocxIsNamedXlsx_IsRefused()
    {
        using var stream = new MemoryStream(SampleFiles.Docx());

        Should.Throw<BusinessRuleException>(() => AttachmentSniffer.Check("表格.xlsx", stream)).Code.ShouldBe("attachments.content-mismatch");
    }

    [Fact]
    public void Check_WhenPlainZipIsNamedDocx_IsRefusedAsZip()
    {
        using var stream = new MemoryStream(SampleFiles.Zip());

        Should.Throw<BusinessRuleException>(() => AttachmentSniffer.Check("文件.docx", stream)).Message.ShouldContain("ZIP 压缩包");
    }

    [Fact]
    public void Check_WhenTextIsNamedMp4_IsRefusedAsUnrecognised()
    {
        using var stream = new MemoryStream("hello, world"u8.ToArray());

        Should.Throw<BusinessRuleException>(() => AttachmentSniffer.Check("视频.mp4", stream)).Message.ShouldContain("无法识别");
    }

    [Theory]
    [InlineData("setup.exe")]
    [InlineData("动图.gif")]
    [InlineData("旧文件.doc")]
    [InlineData("没有扩展名")]
    public void Check_WhenExtensionIsNotAllowed_IsRefusedListingTheAllowedTypes(string fileName)
    {
        using var stream = new MemoryStream(SampleFiles.Pdf());

        var refused = Should.Throw<BusinessRuleException>(() => AttachmentSniffer.Check(fileName, stream));

        refused.Code.ShouldBe("attachments.type-not-allowed");
        refused.Message.ShouldContain("PDF、DOCX、XLSX、JPG、PNG、MP3、MP4");
    }

    [Fact]
    public void Detect_LeavesTheStreamAtTheStart()
    {
        using var stream = new MemoryStream(SampleFiles.Xlsx());

        AttachmentSniffer.Detect(stream).Kind.ShouldBe(AttachmentKind.Xlsx);
        stream.Position.ShouldBe(0);
    }
}
