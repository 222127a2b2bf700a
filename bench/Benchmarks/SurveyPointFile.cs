using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/Benchmarks -- write-survey-point D FILE</c>: writes the ΔS_{D−1}×ΔS_1
/// spurious minimum of the ReLU identity-teacher model (found by the survey) as the D×D matrix W, as <c>.npy</c>
/// (little-endian doubles) or JSON <c>{"rows": …}</c> by the extension: the input of the whole-process
/// <c>symmetry spectrum --point FILE</c> measurements in docs/PERFORMANCE.md.
/// </summary>
public static class SurveyPointFile
{
    public static void Write(int d, string path)
    {
        var model = SurveyModel.Identity(ReluGaussianKernel.Instance, d);
        var result = LandscapeSurvey.Run(model, new SurveyOptions { Types = new[] { $"S_{d - 1} x S_1" } });
        var x = result.Points.First(p => p.IsSpuriousMinimum || d < 6).Embed();
        if (path.EndsWith(".npy", StringComparison.OrdinalIgnoreCase)) File.WriteAllBytes(path, Npy(x, d));
        else
        {
            var text = new StringBuilder("{\"rows\": [");
            for (int i = 0; i < d; i++)
            {
                text.Append(i == 0 ? "[" : ",\n[");
                for (int j = 0; j < d; j++) text.Append(j == 0 ? "" : ", ").Append(x[i * d + j].ToString("R", CultureInfo.InvariantCulture));
                text.Append(']');
            }
            File.WriteAllText(path, text.Append("]}\n").ToString());
        }
        Console.WriteLine($"wrote {path}: {d}×{d}");
    }

    private static byte[] Npy(double[] x, int d)
    {
        var dict = $"{{'descr': '<f8', 'fortran_order': False, 'shape': ({d}, {d}), }}";
        int unpadded = 10 + dict.Length + 1;
        var header = dict + new string(' ', (64 - unpadded % 64) % 64) + "\n";
        var bytes = new byte[10 + header.Length + 8 * d * d];
        new byte[] { 0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', 1, 0 }.CopyTo(bytes, 0);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(8), (ushort)header.Length);
        Encoding.ASCII.GetBytes(header).CopyTo(bytes, 10);
        for (int i = 0; i < d * d; i++) BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(10 + header.Length + 8 * i), x[i]);
        return bytes;
    }
}
