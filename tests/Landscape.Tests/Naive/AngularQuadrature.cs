namespace Landscape.Symmetry.Landscape.Tests.Naive;

/// <summary>
/// E[relu(w·x) relu(v·x)] by reducing to the plane of w and v: in polar coordinates the radial integral is
/// ∫ r³ e^{−r²/2} dr = 2, so K = |w||v|/π · ∫ max(cos α, 0) max(cos(α − θ), 0) dα, integrated here by
/// composite Simpson over the arc where both factors are positive (no closed form used).
/// </summary>
internal static class AngularQuadrature
{
    public static double Kernel(double normW, double normV, double theta, int intervals = 4000)
    {
        // cos α > 0 on (−π/2, π/2) and cos(α − θ) > 0 on (θ − π/2, θ + π/2): the overlap is (θ − π/2, π/2).
        double lo = theta - Math.PI / 2, hi = Math.PI / 2;
        if (hi <= lo) return 0;
        double h = (hi - lo) / intervals, sum = 0;
        for (int t = 0; t <= intervals; t++)
        {
            double alpha = lo + t * h;
            double f = Math.Cos(alpha) * Math.Cos(alpha - theta);
            sum += f * (t == 0 || t == intervals ? 1 : t % 2 == 1 ? 4 : 2);
        }
        return normW * normV / Math.PI * sum * h / 3;
    }
}
