using Fazhi.Platform.ErrorHandling;
using SkiaSharp;

namespace Fazhi.Platform.Attachments;

/// <summary>
/// Photos that will be public (a 普法 activity's pictures on the portal) are decoded and encoded again before they are
/// stored: the new file carries pixels only, so the camera's EXIF block — GPS position, phone model, owner's name — and
/// any XMP or IPTC data never reach the store, let alone the public (《个人信息保护法》第二十八条: 行踪轨迹 is sensitive
/// personal information). The camera's orientation is applied to the pixels first, so the picture stays upright
/// once the tag is gone, and a phone's 12-megapixel photo is scaled to a maximum edge in pixels on its long
/// side, which is what a portal page needs.
/// </summary>
public static class PhotoCleaner
{
    /// <summary>Returns the cleaned bytes and the kind; refuses content that is not a JPEG or PNG picture.</summary>
    public static (byte[] Content, string FileName) Clean(Stream photo, string fileName, int maxEdge = 1920)
    {
        ArgumentNullException.ThrowIfNull(photo);
        using var buffer = new MemoryStream();
        photo.CopyTo(buffer);
        buffer.Position = 0;
        using var data = SKData.Create(buffer);
        using var codec = data is null ? null : SKCodec.Create(data);
        if (codec is null || (codec.EncodedFormat != SKEncodedImageFormat.Jpeg && codec.EncodedFormat != SKEncodedImageFormat.Png))
        {
            throw new BusinessRuleException("attachments.photo-format", $"“{Path.GetFileName(fileName)}”不是 JPG 或 PNG 照片，请用手机相机拍摄或选择相册中的照片。", "Photos");
        }

        using var decoded = SKBitmap.Decode(codec);
        if (decoded is null)
        {
            throw new BusinessRuleException("attachments.photo-unreadable", $"照片“{Path.GetFileName(fileName)}”无法读取，可能已损坏，请重新拍摄。", "Photos");
        }

        using var upright = Orient(decoded, codec.EncodedOrigin);
        using var scaled = Scale(upright, maxEdge);
        using var image = SKImage.FromBitmap(scaled);
        var png = codec.EncodedFormat == SKEncodedImageFormat.Png;
        using var encoded = image.Encode(png ? SKEncodedImageFormat.Png : SKEncodedImageFormat.Jpeg, 85);
        var name = Path.GetFileNameWithoutExtension(Path.GetFileName(fileName.Replace('\\', '/')));
        return (encoded.ToArray(), (name.Length == 0 ? "photo" : name) + (png ? ".png" : ".jpg"));
    }

    private static SKBitmap Orient(SKBitmap source, SKEncodedOrigin origin)
    {
        if (origin is SKEncodedOrigin.TopLeft or SKEncodedOrigin.Default)
        {
            return source.Copy();
        }

        var swap = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var result = new SKBitmap(swap ? source.Height : source.Width, swap ? source.Width : source.Height);
        using var canvas = new SKCanvas(result);
        var w = source.Width;
        var h = source.Height;
        // The EXIF orientation names where row 0 / column 0 of the stored pixels belong; each case maps stored pixels to
        // the upright picture.
        var matrix = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
            _ => SKMatrix.Identity,
        };
        canvas.SetMatrix(matrix);
        canvas.DrawBitmap(source, 0, 0);
        return result;
    }

    private static SKBitmap Scale(SKBitmap source, int maxEdge)
    {
        var longest = Math.Max(source.Width, source.Height);
        if (longest <= maxEdge)
        {
            return source.Copy();
        }

        var factor = (double)maxEdge / longest;
        var info = new SKImageInfo(Math.Max(1, (int)Math.Round(source.Width * factor)), Math.Max(1, (int)Math.Round(source.Height * factor)));
        return source.Resize(info, new SKSamplingOptions(SKCubicResampler.Mitchell)) ?? source.Copy();
    }
}
