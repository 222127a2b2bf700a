namespace Landscape.Symmetry.Plugins;

/// <summary>
/// Composite Gauss–Legendre nodes on [lo, hi] graded toward a point p: one panel [p − x₀, p + x₀], then panels whose width
/// equals their distance from p (doubling) until the width reaches <see cref="MaxWidth"/>, then panels of that width.
/// </summary>
/// <remarks>
/// For an integrand with a layer of width x₀ at p (softplus_β(|w| z) near z = 0 has x₀ ~ 1/(β|w|)) each panel sees the
/// integrand on its own scale: its complex singularities lie at distance ≳ x₀ from p, a fixed fraction of the panel
/// width near p, and far from p the non-polynomial part decays like e^{−|z − p|/x₀} faster than the panels widen. The
/// cost grows like log(1/x₀) instead of 1/x₀. A point outside [lo, hi] (or x₀ = ∞) gives panels graded from the nearer
/// end; x₀ = ∞ gives plain panels of width at most <see cref="MaxWidth"/>.
/// </remarks>
internal static class GradedPanels
{
    /// <summary>The widest panel: Gauss–Legendre of order 20 integrates the Gaussian weight on it to rounding.</summary>
    public const double MaxWidth = 1;

    /// <summary>
    /// The nodes on [lo, hi], both given as offsets from the graded point (which is 0 in these coordinates), with their weights.
    /// The caller keeps the point within 60·x₀ of the interval: farther, the layer is below rounding and plain panels
    /// (x₀ = ∞) in the caller's own coordinates serve.
    /// </summary>
    /// <param name="x0">The half-width of the central panel; ∞ (or ≥ <see cref="MaxWidth"/>/2) for plain panels.</param>
    /// <param name="lo">The lower end.</param>
    /// <param name="hi">The upper end.</param>
    /// <param name="order">Gauss–Legendre nodes per panel (≤ <see cref="QuadratureRule.MaxOrder"/>).</param>
    public static List<(double Node, double Weight)> Nodes(double x0, double lo, double hi, int order)
    {
        var gl = QuadratureRule.GaussLegendre(order);
        var nodes = new List<(double, double)>();
        void Panel(double from, double to)
        {
            double half = 0.5 * (to - from), mid = 0.5 * (to + from);
            if (!(half > 0)) return;
            for (int i = 0; i < gl.Order; i++) nodes.Add((mid + half * gl.Nodes[i], half * gl.Weights[i]));
        }
        if (!(x0 > 0)) throw new ArgumentException($"The central panel's half-width must be positive; got {x0}.", nameof(x0));
        if (!(x0 < 0.5 * MaxWidth))
        {
            // No layer on a scale below the panel width: plain panels.
            int count = (int)Math.Ceiling((hi - lo) / MaxWidth - 1e-12);
            for (int k = 0; k < count; k++) Panel(lo + k * (hi - lo) / count, lo + (k + 1) * (hi - lo) / count);
            return nodes;
        }
        Panel(Math.Max(-x0, lo), Math.Min(x0, hi));
        // Right of the point, then left (mirrored).
        for (int side = 1; side >= -1; side -= 2)
        {
            double end = side > 0 ? hi : -lo, start = side > 0 ? lo : -hi;
            double e = Math.Max(x0, start);
            while (e < end)
            {
                double next = Math.Min(e + Math.Min(e, MaxWidth), end);
                if (side > 0) Panel(e, next); else Panel(-next, -e);
                e = next;
            }
        }
        return nodes;
    }
}
