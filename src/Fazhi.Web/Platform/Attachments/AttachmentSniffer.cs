using System.IO.Compression;
using System.Text;

namespace Fazhi.Platform.Attachments;

/// <summary>Names, content types and Chinese labels of the allowed kinds.</summary>
internal static class AttachmentKinds
{
    public static AttachmentKind? FromFileName(string fileName) =>
        Path.GetExtension(fileName).ToUpperInvariant() switch
        {
            ".PDF" => AttachmentKind.Pdf,
            ".DOCX" => AttachmentKind.Docx,
            ".XLSX" => AttachmentKind.Xlsx,
            ".JPG" or ".JPEG" => AttachmentKind.Jpeg,
            ".PNG" => AttachmentKind.Png,
            ".MP3" => AttachmentKind.Mp3,
            ".MP4" => AttachmentKind.Mp4,
            _ => null,
        };

    public static string ContentType(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Pdf => "application/pdf",
        AttachmentKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        AttachmentKind.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        AttachmentKind.Jpeg => "image/jpeg",
        AttachmentKind.Png => "image/png",
        AttachmentKind.Mp3 => "audio/mpeg",
        AttachmentKind.Mp4 => "video/mp4",
        _ => "application/octet-stream",
    };

    public static string Label(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Pdf => "PDF 文档",
        AttachmentKind.Docx => "Word 文档（DOCX）",
        AttachmentKind.Xlsx => "Excel 表格（XLSX）",
        AttachmentKind.Jpeg => "JPG 图片",
        AttachmentKind.Png => "PNG 图片",
        AttachmentKind.Mp3 => "MP3 音频",
        AttachmentKind.Mp4 => "MP4 视频",
        _ => kind.ToString(),
    };
}

/// <summary>
/// Identifies a file by its bytes (magic numbers, and for DOCX/XLSX the package parts), never trusting the name or
/// the browser's content type.
/// </summary>
internal static class AttachmentSniffer
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The kind the content is, or null with a Chinese description of what it is instead.</summary>
    public static (AttachmentKind? Kind, string? Description) Detect(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        content.Position = 0;
        var header = new byte[16];
        var read = content.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        var h = header.AsSpan(0, read);
        content.Position = 0;

        if (h.StartsWith("%PDF-"u8))
        {
            return (AttachmentKind.Pdf, AttachmentKinds.Label(AttachmentKind.Pdf));
        }

        if (h.StartsWith(PngSignature))
        {
            return (AttachmentKind.Png, AttachmentKinds.Label(AttachmentKind.Png));
        }

        if (h.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return (AttachmentKind.Jpeg, AttachmentKinds.Label(AttachmentKind.Jpeg));
        }

        if (h.StartsWith("ID3"u8) || IsMpegAudioFrame(h))
        {
            return (AttachmentKind.Mp3, AttachmentKinds.Label(AttachmentKind.Mp3));
        }

        if (h.Length >= 8 && h.Slice(4, 4).SequenceEqual("ftyp"u8))
        {
            return (AttachmentKind.Mp4, AttachmentKinds.Label(AttachmentKind.Mp4));
        }

        if (h.StartsWith("PK\x03\x04"u8))
        {
            var office = OfficePackageKind(content);
            content.Position = 0;
            return office is { } kind ? (kind, AttachmentKinds.Label(kind)) : (null, "ZIP 压缩包");
        }

        if (h.StartsWith("MZ"u8))
        {
            return (null, "Windows 可执行程序");
        }

        if (h.StartsWith((ReadOnlySpan<byte>)[0x7F, 0x45, 0x4C, 0x46]))
        {
            return (null, "Linux 可执行程序");
        }

        if (h.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            return (null, "旧版 Office 文档（DOC/XLS）");
        }

        if (h.StartsWith("GIF8"u8))
        {
            return (null, "GIF 图片");
        }

        return (null, null);
    }

    /// <summary>An MPEG audio frame header: 11 sync bits, a valid version and a valid layer.</summary>
    private static bool IsMpegAudioFrame(ReadOnlySpan<byte> h) =>
        h.Length >= 2 && h[0] == 0xFF && (h[1] & 0xE0) == 0xE0
        && ((h[1] >> 3) & 0x03) != 0x01   // version bits 01 are reserved
        && ((h[1] >> 1) & 0x03) != 0x00;  // layer bits 00 are reserved

    /// <summary>An OOXML package has [Content_Types].xml and its main part under word/ or xl/.</summary>
    private static AttachmentKind? OfficePackageKind(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true, entryNameEncoding: Encoding.UTF8);
            var names = zip.Entries.Select(e => e.FullName).ToList();
            if (!names.Contains("[Content_Types].xml", StringComparer.Ordinal))
            {
                return null;
            }

            if (names.Any(n => n.StartsWith("word/", StringComparison.Ordinal)))
            {
                return AttachmentKind.Docx;
            }

            return names.Any(n => n.StartsWith("xl/", StringComparison.Ordinal)) ? AttachmentKind.Xlsx : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>Checks name and content; throws the broken rule's <see cref="ErrorHandling.BusinessRuleException"/>.</summary>
    public static AttachmentKind Check(string fileName, Stream content, AttachmentOptions? limits = null)
    {
        limits ??= new AttachmentOptions();
        var byName = AttachmentKinds.FromFileName(fileName);
        ErrorHandling.BusinessRule.Check(new AttachmentTypeMustBeAllowed(fileName, byName));
        var (byContent, description) = Detect(content);
        ErrorHandling.BusinessRule.Check(new AttachmentContentMustMatchName(fileName, byName!.Value, description, byContent == byName));
        if (byName is AttachmentKind.Docx or AttachmentKind.Xlsx)
        {
            try
            {
                EnsurePackageWithinLimits(fileName, content, limits);
            }
            catch (InvalidDataException)
            {
                // Parts that cannot be inflated: a damaged package is no DOCX/XLSX at all.
                ErrorHandling.BusinessRule.Check(new AttachmentContentMustMatchName(fileName, byName.Value, "损坏的压缩包", Matches: false));
            }
        }

        return byName.Value;
    }

    /// <summary>
    /// Inflates every part of an OOXML package, counting, and refuses it once the parts or the bytes pass the limits
    /// (<see cref="PackageMustStayWithinLimits"/>): the declared sizes are checked first, then the real ones.
    /// </summary>
    /// <exception cref="InvalidDataException">The content is no ZIP package, or a part of it cannot be inflated.</exception>
    public static void EnsurePackageWithinLimits(string fileName, Stream content, AttachmentOptions limits)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        content.Position = 0;
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true, entryNameEncoding: Encoding.UTF8);
            var entries = zip.Entries;
            var declared = entries.Aggregate(0L, (sum, e) => sum > long.MaxValue - e.Length ? long.MaxValue : sum + e.Length);
            ErrorHandling.BusinessRule.Check(new PackageMustStayWithinLimits(fileName, entries.Count, declared, limits));
            var inflated = 0L;
            var buffer = new byte[81920];
            foreach (var entry in entries)
            {
                using var part = entry.Open();
                int read;
                while ((read = part.Read(buffer)) > 0)
                {
                    inflated += read;
                    ErrorHandling.BusinessRule.Check(new PackageMustStayWithinLimits(fileName, entries.Count, inflated, limits));
                }
            }
        }
        finally
        {
            content.Position = 0;
        }
    }
}
