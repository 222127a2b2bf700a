namespace Landscape.Symmetry.Landscape;

/// <summary>
/// A model whose parameters are the weights (and optional biases) of a fully connected network with widths n_0, …, n_N,
/// and which says which unit permutations it is invariant under: what <see cref="LayeredPointIsotropy"/> needs to read
/// the isotropy of a point layer by layer.
/// </summary>
public interface ILayeredNetwork
{
    /// <summary>n_0 (inputs), n_1, …, n_N (outputs).</summary>
    IReadOnlyList<int> Widths { get; }

    /// <summary>Whether the layers have biases.</summary>
    bool Bias { get; }

    /// <summary>Whether the loss is invariant under permuting the inputs (the columns of W_1) too, not only the hidden units.</summary>
    bool InputSymmetry { get; }

    /// <summary>Flat index of W_l[i, j], layer l, i and j 0-based (layer 0 is W_1).</summary>
    int WeightIndex(int layer, int i, int j);

    /// <summary>Flat index of b_l[i], 0-based; only when <see cref="Bias"/>.</summary>
    int BiasIndex(int layer, int i);
}
