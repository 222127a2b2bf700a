namespace Landscape.Symmetry.Plugins.Tests.Models;

/// <summary>
/// The batch path of deep SGD (<see cref="DeepNetwork.TransposedWeights"/>, four units per vector lane) against the
/// per-sample scalar forward pass and backpropagation it replaced: the same numbers bit for bit, so recorded deep sweeps
/// resume and reproduce exactly.
/// </summary>
public class DeepBatchKernelTests
{
    [Property(Replay = "(20261203,11400714819323198485)", MaxTest = 60)]
    public Property Transposed_forward_and_backprop_equal_the_scalar_ones_bit_for_bit() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue - 1).ToArbitrary(), seed =>
        {
            var random = new Random(seed);
            int depth = random.Next(1, 5);
            var widths = Enumerable.Range(0, depth + 1).Select(l => l == depth ? 1 : random.Next(1, 11)).ToArray();
            bool bias = random.Next(2) == 0;
            var activation = random.Next(3) switch { 0 => (Activation)Relu.Instance, 1 => Tanh.Instance, _ => new LeakyRelu(0.01) };
            var net = new DeepNetwork(widths, activation, bias);
            var p = net.RandomPoint(seed);
            var transposed = net.TransposedWeights(p);
            var input = new double[widths[0]];
            for (int j = 0; j < input.Length; j++) input[j] = 2 * random.NextDouble() - 1;
            // A pre-activation exactly at ReLU's kink: the derivative convention must agree too.
            if (random.Next(4) == 0) Array.Clear(input);
            double target = random.NextDouble();
            var one = net.CreateWorkspace();
            var two = net.CreateWorkspace();
            Assert.Equal(BitConverter.DoubleToInt64Bits(net.Output(p, input, one)), BitConverter.DoubleToInt64Bits(net.Output(p, transposed, input, two)));
            var g1 = new double[net.Dimension];
            var g2 = new double[net.Dimension];
            for (int t = 0; t < g1.Length; t++) g1[t] = random.NextDouble() - 0.5;
            g1.CopyTo(g2, 0); // accumulates into what is there
            double l1 = net.Backprop(p, input, target, g1, one), l2 = net.Backprop(p, transposed, input, target, g2, two);
            Assert.Equal(BitConverter.DoubleToInt64Bits(l1), BitConverter.DoubleToInt64Bits(l2));
            Assert.Equal(g1.Select(BitConverter.DoubleToInt64Bits), g2.Select(BitConverter.DoubleToInt64Bits));
        });
}
