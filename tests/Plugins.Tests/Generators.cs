namespace Landscape.Symmetry.Plugins.Tests;

/// <summary>The FsCheck generators of this test project, in one place.</summary>
public static class Generators
{
    /// <summary>Every built-in activation, leaky ReLU slopes in (−1, 3] and softplus sharpness in (0, 40].</summary>
    public static Gen<Activation> Activations =>
        Gen.Choose(0, 5).SelectMany(kind => Gen.Choose(1, 4000).Select(n => kind switch
        {
            0 => (Activation)new LeakyRelu(n / 1000.0 - 1),
            1 => new Softplus(n / 100.0),
            2 => Relu.Instance,
            3 => Erf.Instance,
            4 => Tanh.Instance,
            _ => Gelu.Instance,
        }));

    /// <summary>Uniform cubes [lower, upper]^d with lower &lt; upper, ends multiples of 1/7 in [−71.4, 71.4].</summary>
    public static Gen<IInputDistribution> UniformCubes =>
        Gen.Choose(-500, 500).Two().Where(t => t.Item1 < t.Item2)
            .Select(t => (IInputDistribution)new UniformCube(t.Item1 / 7.0, t.Item2 / 7.0));

    /// <summary>Strings over letters, digits and punctuation that spec strings use: mostly not specs.</summary>
    public static Gen<string> Garbage =>
        Gen.Elements("relusofpgdanxcvt()=,-.0123456789 \"'#;:".ToCharArray()).ArrayOf().Select(cs => new string(cs));

    /// <summary>The smooth activations whose deep-net Hessian–vector products are checked by differences.</summary>
    public static readonly Activation[] Smooth = [Tanh.Instance, new Softplus(1), Erf.Instance];

    /// <summary>Activation, biases, 1–3 hidden layers of widths 1–4, input dimension 1–4, seed of the point and direction.</summary>
    public static Gen<(Activation Act, bool Bias, int[] Hidden, int D, int Seed)> SmoothDeepNets =>
        from a in Gen.Choose(0, Smooth.Length - 1)
        from bias in Gen.Elements(true, false)
        from layers in Gen.Choose(1, 3)
        from hidden in Gen.ArrayOf(Gen.Choose(1, 4), layers)
        from d in Gen.Choose(1, 4)
        from seed in Gen.Choose(0, 10_000)
        select (Act: Smooth[a], Bias: bias, Hidden: hidden, D: d, Seed: seed);

    /// <summary>
    /// Kernel quadrature cases: tanh (poles at ±iπ/2) at norms up to 3 or an activation with poles at ±i/2 at norms up to
    /// 2, fixed steps 0.1 … 0.8, cosines in [−1, 1].
    /// </summary>
    public static Gen<(bool Near, double Step, double A, double B, double Cos)> QuadratureCases =>
        Gen.Choose(0, 1).SelectMany(kind => Gen.Choose(10, 80).SelectMany(step => Gen.Choose(2, 30).SelectMany(a =>
            Gen.Choose(2, 30).SelectMany(b => Gen.Choose(-100, 100).Select(c =>
                (Near: kind == 1, Step: step / 100.0, A: a / (kind == 1 ? 15.0 : 10.0), B: b / (kind == 1 ? 15.0 : 10.0), Cos: c / 100.0))))));
}
