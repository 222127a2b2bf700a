using System.Xml.Linq;
using SkiaSharp;

namespace Landscape.Symmetry.Cli.Tests;

/// <summary>Checks on written pictures: a PNG that decodes to a sane, non-blank image; an SVG that is well-formed XML.</summary>
internal static class PictureAssert
{
    /// <summary>Decodes <paramref name="path"/> as PNG (signature checked first) and asserts a sane size and real content.</summary>
    public static SKBitmap Png(string path, int minWidth = 200, int minHeight = 150)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 8 && bytes.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }),
            $"{path} does not start with the PNG signature");
        var bitmap = SKBitmap.Decode(bytes);
        Assert.NotNull(bitmap);
        Assert.InRange(bitmap.Width, minWidth, 10_000);
        Assert.InRange(bitmap.Height, minHeight, 20_000);
        // A blank or single-colour image would pass the decoder; a plot has lines, fills and (fonts permitting) text.
        Assert.True(DistinctColours(bitmap) > 8, $"{path} has only {DistinctColours(bitmap)} colours");
        return bitmap;
    }

    /// <summary>Parses <paramref name="path"/> as XML and asserts an &lt;svg&gt; root with a positive size.</summary>
    public static XDocument Svg(string path)
    {
        var doc = XDocument.Load(path);
        Assert.Equal("svg", doc.Root!.Name.LocalName);
        Assert.True(double.Parse((string)doc.Root.Attribute("width")!, System.Globalization.CultureInfo.InvariantCulture) > 100);
        Assert.True(doc.Root.Descendants().Count() > 10, "the SVG draws almost nothing");
        return doc;
    }

    public static int DistinctColours(SKBitmap bitmap)
    {
        var seen = new HashSet<uint>();
        for (int y = 0; y < bitmap.Height; y += 2)
            for (int x = 0; x < bitmap.Width; x += 2)
                seen.Add((uint)bitmap.GetPixel(x, y));
        return seen.Count;
    }

    /// <summary>Pixels within <paramref name="tolerance"/> (per channel) of <paramref name="colour"/>.</summary>
    public static int CountNear(SKBitmap bitmap, SKColor colour, int tolerance = 24)
    {
        int count = 0;
        for (int y = 0; y < bitmap.Height; y++)
            for (int x = 0; x < bitmap.Width; x++)
            {
                var c = bitmap.GetPixel(x, y);
                if (Math.Abs(c.Red - colour.Red) <= tolerance && Math.Abs(c.Green - colour.Green) <= tolerance && Math.Abs(c.Blue - colour.Blue) <= tolerance) count++;
            }
        return count;
    }
}
