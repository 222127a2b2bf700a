namespace Landscape.Symmetry.Groups;

/// <summary>
/// The finite field GF(q), q = p^k, for the small q that the primitive groups of small degree need
/// (GF(4), GF(8), GF(9), …). Elements are the integers 0..q−1: the base-p digits of an element are
/// the coefficients of a polynomial of degree &lt; k, reduced modulo a monic irreducible polynomial
/// of degree k. Addition and multiplication are tables (q ≤ <see cref="MaxOrder"/>).
/// </summary>
public sealed class FiniteField
{
    /// <summary>The largest field order supported (tables of q² entries).</summary>
    public const int MaxOrder = 1024;

    private readonly int[,] add;
    private readonly int[,] mul;
    private readonly int[] inverse;

    private FiniteField(int p, int k, int[] modulus)
    {
        Characteristic = p;
        Degree = k;
        Order = (int)Math.Pow(p, k);
        Modulus = modulus;
        int q = Order;
        add = new int[q, q];
        mul = new int[q, q];
        for (int a = 0; a < q; a++)
            for (int b = 0; b < q; b++)
            {
                add[a, b] = AddDigits(a, b);
                mul[a, b] = MultiplyPolynomials(a, b);
            }
        inverse = new int[q];
        for (int a = 1; a < q; a++)
            for (int b = 1; b < q; b++)
                if (mul[a, b] == 1) { inverse[a] = b; break; }
        PrimitiveElement = Enumerable.Range(2, Math.Max(0, q - 2)).FirstOrDefault(a => MultiplicativeOrder(a) == q - 1, 1);
    }

    /// <summary>The characteristic p.</summary>
    public int Characteristic { get; }

    /// <summary>k with q = p^k.</summary>
    public int Degree { get; }

    /// <summary>q, the number of elements.</summary>
    public int Order { get; }

    /// <summary>Coefficients c₀..c_{k−1} of the modulus x^k + c_{k−1}x^{k−1} + … + c₀ (empty for a prime field).</summary>
    public IReadOnlyList<int> Modulus { get; }

    /// <summary>A generator of the multiplicative group (order q − 1).</summary>
    public int PrimitiveElement { get; }

    /// <summary>The field of order q: q must be a prime power, at most <see cref="MaxOrder"/>.</summary>
    /// <exception cref="ArgumentException">q is not a prime power in range.</exception>
    public static FiniteField Of(int q)
    {
        if (q < 2 || q > MaxOrder)
            throw new ArgumentException($"A finite field here has order 2..{MaxOrder}; got {q}.", nameof(q));
        int p = 2;
        while (q % p != 0) p++;
        int k = 0;
        for (int r = q; r > 1; r /= p)
        {
            if (r % p != 0) throw new ArgumentException($"{q} is not a prime power, so there is no field of that order.", nameof(q));
            k++;
        }
        if (k == 1) return new FiniteField(p, 1, Array.Empty<int>());
        // The first monic polynomial of degree k (in base-p order of its low coefficients) without zero divisors in the quotient.
        for (int code = 0; code < q; code++)
        {
            var modulus = Digits(code, p, k);
            var field = new FiniteField(p, k, modulus);
            if (field.IsField()) return field;
        }
        throw new InvalidOperationException($"No irreducible polynomial of degree {k} over GF({p}) was found.");
    }

    /// <summary>a + b.</summary>
    public int Add(int a, int b) => add[a, b];

    /// <summary>a · b.</summary>
    public int Multiply(int a, int b) => mul[a, b];

    /// <summary>−a.</summary>
    public int Negate(int a)
    {
        for (int b = 0; b < Order; b++) if (add[a, b] == 0) return b;
        throw new InvalidOperationException("unreachable: every element has a negative");
    }

    /// <summary>a⁻¹ for a ≠ 0.</summary>
    /// <exception cref="DivideByZeroException">a = 0.</exception>
    public int Inverse(int a) => a == 0 ? throw new DivideByZeroException("0 has no inverse in a field.") : inverse[a];

    /// <summary>a^e for e ≥ 0.</summary>
    public int Power(int a, int e)
    {
        int r = 1;
        for (int i = 0; i < e; i++) r = mul[r, a];
        return r;
    }

    /// <summary>The Frobenius automorphism a ↦ a^p.</summary>
    public int Frobenius(int a) => Power(a, Characteristic);

    private int MultiplicativeOrder(int a)
    {
        int x = a, order = 1;
        while (x != 1) { x = mul[x, a]; order++; if (order > Order) return 0; }
        return order;
    }

    private bool IsField()
    {
        for (int a = 1; a < Order; a++)
            for (int b = 1; b < Order; b++)
                if (mul[a, b] == 0) return false;
        return true;
    }

    private int AddDigits(int a, int b)
    {
        int p = Characteristic, result = 0, place = 1;
        for (int i = 0; i < Degree; i++, place *= p, a /= p, b /= p)
            result += (a % p + b % p) % p * place;
        return result;
    }

    private int MultiplyPolynomials(int a, int b)
    {
        int p = Characteristic, k = Degree;
        var x = Digits(a, p, k);
        var y = Digits(b, p, k);
        var product = new int[2 * k];
        for (int i = 0; i < k; i++)
            for (int j = 0; j < k; j++) product[i + j] = (product[i + j] + x[i] * y[j]) % p;
        // x^k ≡ −(c_{k−1}x^{k−1} + … + c₀): reduce from the top degree down.
        for (int d = 2 * k - 1; d >= k; d--)
        {
            int c = product[d];
            if (c == 0) continue;
            product[d] = 0;
            for (int i = 0; i < k && k > 1; i++)
                product[d - k + i] = ((product[d - k + i] - c * Modulus[i]) % p + p) % p;
        }
        int result = 0;
        for (int i = k - 1; i >= 0; i--) result = result * p + product[i];
        return result;
    }

    private static int[] Digits(int value, int p, int k)
    {
        var d = new int[k];
        for (int i = 0; i < k; i++, value /= p) d[i] = value % p;
        return d;
    }
}
