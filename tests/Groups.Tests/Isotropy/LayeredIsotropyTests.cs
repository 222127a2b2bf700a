namespace Landscape.Symmetry.Groups.Tests.IsotropyTests;

public class LayeredIsotropyTests
{
    private static double[,] Real(int[,] w)
    {
        var r = new double[w.GetLength(0), w.GetLength(1)];
        for (int i = 0; i < w.GetLength(0); i++)
            for (int j = 0; j < w.GetLength(1); j++) r[i, j] = w[i, j] + 1e-12 * ((i + j) % 3);
        return r;
    }

    // A random network of 1–3 layers of widths 1–3 (output width 1 or 2), entries from an alphabet of 1–3 labels so
    // that symmetry is common, hidden biases half the time.
    private static (int[][,] W, int[]?[]? B) Network(int seed)
    {
        var random = new Random(seed);
        int depth = random.Next(1, 4);
        var widths = Enumerable.Range(0, depth + 1).Select(l => l == depth ? random.Next(1, 3) : random.Next(1, 4)).ToArray();
        int labels = random.Next(1, 4);
        var weights = new int[depth][,];
        for (int l = 0; l < depth; l++)
        {
            weights[l] = new int[widths[l + 1], widths[l]];
            for (int i = 0; i < widths[l + 1]; i++)
                for (int j = 0; j < widths[l]; j++) weights[l][i, j] = random.Next(labels);
        }
        int[]?[]? biases = random.Next(2) == 0 ? null
            : Enumerable.Range(0, depth).Select(l => (int[]?)Enumerable.Range(0, widths[l + 1]).Select(_ => random.Next(2)).ToArray()).ToArray();
        return (weights, biases);
    }

    [Property(Replay = "(20261203,11400714819323198485)", MaxTest = 200)]
    public Property Joint_stabiliser_and_each_layers_image_agree_with_brute_force_over_every_tuple_of_unit_permutations() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue - 1).SelectMany(s => Gen.Elements(true, false).Select(p => (s, p))).Arb(), t =>
        {
            var (seed, permuteInputs) = t;
            var (w, b) = Network(seed);
            var g = LayeredIsotropy.Of(w.Select(Real).ToList(), b?.Select(x => x?.Select(v => (double)v).ToArray()).ToList(), permuteInputs, 1e-9);
            var expected = NaiveLayeredIsotropy.Elements(w, b, permuteInputs);
            Assert.Equal(new BigInteger(expected.Count), g.Joint.Order);
            for (int l = 0; l < w.Length; l++)
            {
                var h = g.Layers[l];
                Assert.Equal(w[l].GetLength(0), h.Rows);
                Assert.Equal(w[l].GetLength(1), h.Columns);
                var projected = expected.Select(e => NaiveLayeredIsotropy.Projection(e, l)).ToHashSet();
                Assert.True(NaiveGroup.Closure(h.Rows + h.Columns, h.PointGroup.Generators).SetEquals(projected));
                Assert.Equal(new BigInteger(projected.Count), h.Order);
            }
        });

    [Fact]
    public void Layered_identity_teacher_has_the_diagonal_symmetric_group_on_every_layer_when_inputs_move_and_nothing_when_they_do_not()
    {
        const int d = 4;
        var identity = new double[d, d];
        for (int i = 0; i < d; i++) identity[i, i] = 1;
        var ones = new double[1, d];
        for (int j = 0; j < d; j++) ones[0, j] = 1;
        var teacher = new[] { identity, identity, ones };

        var moving = LayeredIsotropy.Of(teacher, null, permuteInputs: true);
        Assert.Equal(new BigInteger(24), moving.Joint.Order);
        Assert.Equal("ΔS_4", moving.Layers[0].Type.Name);
        Assert.Equal("ΔS_4", moving.Layers[1].Type.Name);
        Assert.Equal(new BigInteger(24), moving.Layers[2].Order); // S_1 × S_4 on the output row

        var pinned = LayeredIsotropy.Of(teacher, null, permuteInputs: false);
        Assert.Equal(BigInteger.One, pinned.Joint.Order);
        Assert.All(pinned.Layers, h => Assert.Equal(BigInteger.One, h.Order));
    }

    [Fact]
    public void A_layers_image_can_be_smaller_than_the_isotropy_of_that_layer_alone()
    {
        // W_1 = 0 is fixed by all of S_2 × S_2, but W_2 = (1 2) pins the hidden units, so H_1 is S_1×S_1 (rows) × S_2 (columns).
        var w1 = new double[2, 2];
        var w2 = new double[,] { { 1, 2 } };
        var g = LayeredIsotropy.Of([w1, w2], null, permuteInputs: true);
        Assert.Equal(new BigInteger(4), MatrixIsotropy.Of(w1).Order);
        Assert.Equal(new BigInteger(2), g.Layers[0].Order);
        Assert.Equal(2, g.Layers[0].RowPartition.Length);
        Assert.Single(g.Layers[0].ColumnPartition);
    }

    [Fact]
    public void Layers_that_do_not_chain_are_refused_with_the_shapes()
    {
        var e = Assert.Throws<ArgumentException>(() => LayeredIsotropy.Of([new double[3, 2], new double[1, 2]], null, true));
        Assert.Contains("W2 has 2 columns but W1 has 3 rows", e.Message);
        Assert.Throws<ArgumentException>(() => LayeredIsotropy.Of([new double[2, 2]], [new double[3]], true));
        Assert.Throws<ArgumentException>(() => LayeredIsotropy.Of([new double[,] { { double.NaN } }], null, true));
        Assert.Throws<ArgumentException>(() => LayeredIsotropy.Of(Array.Empty<double[,]>(), null, true));
    }
}
