namespace Landscape.Symmetry.Groups;

/// <summary>
/// Recursive-descent parser for <see cref="GroupSpec"/>. Every error is a
/// <see cref="GroupSpecException"/> whose message quotes the spec and gives the 1-based position
/// of the offending text (the exception's <c>Position</c> is 0-based).
/// </summary>
internal sealed class GroupSpecParser
{
    private const string NameList =
        "S, A, C, D, Hyperoctahedral, Cells, CellsWithSecondLayer, DiagonalCells, DiagonalCellsWithSecondLayer, Diagonal or Group";

    private static readonly string[] Names =
    {
        "S", "A", "C", "D", "Hyperoctahedral", "Cells", "CellsWithSecondLayer",
        "DiagonalCells", "DiagonalCellsWithSecondLayer", "Diagonal", "Group",
    };

    private readonly string text;
    private readonly int? requestedDegree;
    private bool requestedDegreeUsed;
    private int pos;
    private int depth;

    private GroupSpecParser(string text, int? requestedDegree)
    {
        this.text = text;
        this.requestedDegree = requestedDegree;
    }

    public static GroupSpec Parse(string text, int? degree)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new GroupSpecParser(text, degree).ParseWhole();
    }

    private GroupSpec ParseWhole()
    {
        if (requestedDegree is { } d && (d < 1 || d > GroupSpec.MaxDegree))
            throw new GroupSpecException(text, 0,
                $"The degree {d} requested for \"{text}\" is out of range: it must lie in 1..{GroupSpec.MaxDegree}.");
        SkipSpace();
        if (pos == text.Length)
            throw new GroupSpecException(text, 0,
                $"Empty group spec \"{text}\": expected a group such as S(3), S(3) wr S(2), Cells(4,3) or (1,2,3),(1,2).");

        GroupSpec spec;
        if (AtPermutation())
        {
            int start = pos;
            var perms = ParsePermutations();
            SkipSpace();
            if (pos < text.Length)
                throw Error(pos, $"Unexpected {Found(pos)}",
                    "expected ',' and another permutation, or the end of the spec; a bare list of generators must be the whole spec, so write Group(...) to combine it with other groups.");
            spec = MakeGenerated(start, perms, null, -1, whole: true);
        }
        else
        {
            spec = ParseProduct();
            SkipSpace();
            if (pos < text.Length)
            {
                if (text[pos] == ')')
                    throw Error(pos, "Unmatched ')'", "there is no '(' for it to close.");
                throw Error(pos, $"Unexpected {Found(pos)}", "expected 'x', 'wr' or the end of the spec.");
            }
        }

        if (requestedDegree is { } n && !requestedDegreeUsed && spec.Degree != n)
            throw new GroupSpecException(text, 0,
                $"The degree {n} requested for \"{text}\" does not match its degree {spec.Degree}: a degree can be chosen only for a list of generators, and must otherwise equal the spec's own.");
        return spec;
    }

    private GroupSpec ParseProduct()
    {
        // Parentheses and Diagonal(...) recurse through here; bound the recursion before the stack does.
        if (++depth > GroupSpec.MaxDepth)
            throw Error(pos, "Spec nested too deeply", NestingDetail);
        var left = ParseWreath();
        while (true)
        {
            SkipSpace();
            int op = pos;
            if (!TryOperator("x") && !TryOperator("×"))
            {
                depth--;
                return left;
            }
            var right = ParseWreath();
            CheckDegree(op, (long)left.Degree + right.Degree, $"the product would act on {left.Degree} + {right.Degree} = {(long)left.Degree + right.Degree} points");
            CheckHeight(op, left, right);
            left = new DirectProductGroupSpec(left, right);
        }
    }

    private static string NestingDetail =>
        $"specs may nest at most {GroupSpec.MaxDepth} levels, each 'x', 'wr', Diagonal(...) and pair of parentheses counting one.";

    private void CheckHeight(int at, params GroupSpec[] children)
    {
        if (1 + children.Max(c => c.Height) > GroupSpec.MaxDepth)
            throw Error(at, "Spec nested too deeply", NestingDetail);
    }

    private GroupSpec ParseWreath()
    {
        var left = ParseAtom();
        while (true)
        {
            SkipSpace();
            int op = pos;
            if (!TryOperator("wr")) return left;
            var right = ParseAtom();
            CheckDegree(op, (long)left.Degree * right.Degree, $"the wreath product would act on {left.Degree} · {right.Degree} = {(long)left.Degree * right.Degree} points");
            CheckHeight(op, left, right);
            left = new WreathProductGroupSpec(left, right);
        }
    }

    private GroupSpec ParseAtom()
    {
        SkipSpace();
        int start = pos;
        if (pos == text.Length)
            throw Error(pos, "Missing group", "expected a group such as S(3), a parenthesised spec or Group(...).");
        char c = text[pos];
        if (c == '(')
        {
            if (AtPermutation())
                throw Error(pos, "Permutation inside a larger spec",
                    "a bare list of generators must be the whole spec; write Group(...) to use it as part of one, e.g. Group((1,2,3), (1,2)) x S(2).");
            pos++;
            var inner = ParseProduct();
            ExpectClose(start);
            return inner;
        }
        if (!char.IsAsciiLetter(c))
            throw Error(pos, $"Unexpected {Found(pos)}", $"expected a group name ({NameList}) or '('.");

        while (pos < text.Length && char.IsAsciiLetter(text[pos])) pos++;
        string name = text[start..pos];
        switch (name)
        {
            case "S":
            case "A":
            case "C":
            case "D":
            {
                int open = ExpectOpen(name);
                var (n, at) = ParseNumber();
                ExpectClose(open);
                CheckPositive(at, n, $"{name}({n}) would act on no points; the number of points must be positive.");
                CheckDegree(at, n, $"{name}({n}) would act on {n} points");
                return name switch
                {
                    "S" => new SymmetricGroupSpec((int)n),
                    "A" => new AlternatingGroupSpec((int)n),
                    "C" => new CyclicGroupSpec((int)n),
                    _ => new DihedralGroupSpec((int)n),
                };
            }
            case "Hyperoctahedral":
            {
                int open = ExpectOpen(name);
                var (d, at) = ParseNumber();
                ExpectClose(open);
                CheckPositive(at, d, "the dimension d of Hyperoctahedral(d) must be positive.");
                CheckDegree(at, 2 * d, $"{name}({d}) would act on 2·{d} = {2 * d} points");
                return new HyperoctahedralGroupSpec((int)d);
            }
            case "Cells":
            case "CellsWithSecondLayer":
            {
                bool second = name == "CellsWithSecondLayer";
                int open = ExpectOpen(name);
                var (k, kAt) = ParseNumber();
                ExpectComma(name);
                var (d, dAt) = ParseNumber();
                ExpectClose(open);
                CheckPositive(kAt, k, $"the number of rows k of {name}(k,d) must be positive.");
                CheckPositive(dAt, d, $"the number of columns d of {name}(k,d) must be positive.");
                long degree = k * d + (second ? k : 0);
                CheckDegree(start, degree, $"{name}({k},{d}) would act on {degree} points");
                return new CellsGroupSpec((int)k, (int)d, second);
            }
            case "DiagonalCells":
            case "DiagonalCellsWithSecondLayer":
            {
                bool second = name == "DiagonalCellsWithSecondLayer";
                int open = ExpectOpen(name);
                var (d, at) = ParseNumber();
                ExpectClose(open);
                CheckPositive(at, d, $"the matrix size d of {name}(d) must be positive.");
                long degree = d * d + (second ? d : 0);
                CheckDegree(at, degree, $"{name}({d}) would act on {degree} points");
                return new DiagonalCellsGroupSpec((int)d, second);
            }
            case "Diagonal":
            {
                int open = ExpectOpen(name);
                var inner = ParseProduct();
                ExpectClose(open);
                CheckDegree(start, 2L * inner.Degree, $"Diagonal(H) acts on twice the {inner.Degree} points of H, {2L * inner.Degree}");
                CheckHeight(start, inner);
                return new DiagonalGroupSpec(inner);
            }
            case "Group":
                return ParseGroup(start);
            case "x":
            case "wr":
                throw Error(start, $"Missing group before '{name}'", $"'{name}' joins two groups, as in S(3) {name} S(2).");
            default:
            {
                var hint = Names.FirstOrDefault(x => string.Equals(x, name, StringComparison.OrdinalIgnoreCase));
                throw Error(start, $"Unknown group name '{name}'",
                    hint is null ? $"expected {NameList}." : $"expected {NameList} (names are case-sensitive: did you mean '{hint}'?).");
            }
        }
    }

    /// <summary>Group([n;] perm, perm, …); the name has been read.</summary>
    private GroupSpec ParseGroup(int start)
    {
        int open = ExpectOpen("Group");
        SkipSpace();
        long? explicitDegree = null;
        int degreeAt = -1;
        if (pos < text.Length && char.IsAsciiDigit(text[pos]))
        {
            (long n, degreeAt) = ParseNumber();
            SkipSpace();
            if (pos == text.Length || text[pos] != ';')
                throw Error(pos, $"Expected ';' after the degree {n}", $"found {Found(pos)}; write Group({n}; (1,2), …) to give the degree.");
            pos++;
            CheckPositive(degreeAt, n, $"Group({n}; …) would act on no points; the degree must be positive.");
            CheckDegree(degreeAt, n, $"Group({n}; …) would act on {n} points");
            explicitDegree = n;
        }
        var perms = ParsePermutations();
        ExpectClose(open);
        bool whole = OnlyParenthesesAndSpace(0, start) && OnlyParenthesesAndSpace(pos, text.Length);
        return MakeGenerated(start, perms, (int?)explicitDegree, degreeAt, whole);
    }

    /// <summary>perm (',' perm)*, each perm a run of cycles such as (1,2)(3,4).</summary>
    private List<(Permutation Perm, int At)> ParsePermutations()
    {
        var perms = new List<(Permutation, int)>();
        while (true)
        {
            SkipSpace();
            if (pos == text.Length || text[pos] != '(')
                throw Error(pos, "Expected a permutation", $"found {Found(pos)}; write generators in cycle notation with points from 1, such as (1,2,3).");
            perms.Add(ScanPermutation());
            SkipSpace();
            if (pos < text.Length && text[pos] == ',') { pos++; continue; }
            return perms;
        }
    }

    private (Permutation, int) ScanPermutation()
    {
        int start = pos;
        int end;
        while (true)
        {
            int close = text.IndexOf(')', pos);
            pos = close < 0 ? text.Length : close + 1;
            end = pos;
            SkipSpace();
            if (AtPermutation()) continue;
            pos = end;
            break;
        }
        string perm = text[start..end];
        try
        {
            return (CycleNotation.Parse(perm), start);
        }
        catch (FormatException e)
        {
            throw Error(start, $"Malformed permutation {perm.Trim()}", e.Message, e);
        }
    }

    private GeneratedGroupSpec MakeGenerated(int start, List<(Permutation Perm, int At)> perms, int? explicitDegree, int degreeAt, bool whole)
    {
        int? degree = explicitDegree;
        if (whole && requestedDegree is { } requested)
        {
            if (explicitDegree is { } given && given != requested)
                throw Error(degreeAt, $"Degree {given} conflicts with the requested degree {requested}",
                    "give the degree once, or make the two agree.");
            degree = requested;
            requestedDegreeUsed = true;
        }
        var (largest, largestAt) = (0, start);
        foreach (var (p, at) in perms)
            if (p.Degree > largest) (largest, largestAt) = (p.Degree, at);
        CheckDegree(largestAt, largest, $"the generators name point {largest}");
        if (degree is { } n && largest > n)
            throw Error(largestAt, $"Point {largest} exceeds the degree {n}",
                $"the permutation here names point {largest}, so the degree must be at least {largest}.");
        int final = degree ?? largest;
        if (final == 0)
            throw Error(start, "No points",
                "the generators move no point, so the degree is unknown; give it, as in Group(3; ()), or request a degree.");
        return new GeneratedGroupSpec(final, perms.Select(p => p.Perm.Extend(final)));
    }

    /// <summary>At '(' that opens a permutation (a digit or ')' follows) rather than a parenthesised spec.</summary>
    private bool AtPermutation()
    {
        if (pos >= text.Length || text[pos] != '(') return false;
        int i = pos + 1;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i == text.Length || char.IsAsciiDigit(text[i]) || text[i] == ')';
    }

    private bool TryOperator(string op)
    {
        if (string.CompareOrdinal(text, pos, op, 0, op.Length) != 0) return false;
        pos += op.Length;
        return true;
    }

    private (long Value, int At) ParseNumber()
    {
        SkipSpace();
        int start = pos;
        while (pos < text.Length && char.IsAsciiDigit(text[pos])) pos++;
        if (pos == start)
        {
            var what = pos < text.Length && text[pos] == '-' ? "Negative size" : "Expected a number";
            throw Error(start, what, $"found {Found(start)}; sizes are positive integers, as in S(3).");
        }
        // Past 18 digits a long overflows; any such number is far beyond the degree limit anyway.
        if (pos - start > 18 || !long.TryParse(text.AsSpan(start, pos - start), out long value))
            throw Error(start, "Number too large", $"specs act on at most {GroupSpec.MaxDegree} points.");
        return (value, start);
    }

    private int ExpectOpen(string name)
    {
        SkipSpace();
        if (pos < text.Length && text[pos] == '(') return pos++;
        throw Error(pos, $"Expected '(' after {name}", $"found {Found(pos)}; write {name}(...).");
    }

    private void ExpectComma(string name)
    {
        SkipSpace();
        if (pos < text.Length && text[pos] == ',') { pos++; return; }
        throw Error(pos, "Expected ','", $"found {Found(pos)}; {name} takes two sizes, as in {name}(4,3).");
    }

    private void ExpectClose(int open)
    {
        SkipSpace();
        if (pos < text.Length && text[pos] == ')') { pos++; return; }
        throw Error(pos, "Missing ')'", $"expected ')' to close the '(' at position {open + 1}, found {Found(pos)}.");
    }

    private void CheckPositive(int at, long n, string detail)
    {
        if (n < 1) throw Error(at, $"Invalid size {n}", detail);
    }

    private void CheckDegree(int at, long degree, string what)
    {
        if (degree > GroupSpec.MaxDegree)
            throw Error(at, "Too many points", $"{what}, more than the limit of {GroupSpec.MaxDegree} points.");
    }

    private bool OnlyParenthesesAndSpace(int from, int to)
    {
        for (int i = from; i < to; i++)
            if (text[i] != '(' && text[i] != ')' && !char.IsWhiteSpace(text[i])) return false;
        return true;
    }

    private void SkipSpace()
    {
        while (pos < text.Length && char.IsWhiteSpace(text[pos])) pos++;
    }

    /// <summary>The text at a position for a message: a whole word, one character, or the end.</summary>
    private string Found(int at)
    {
        if (at >= text.Length) return "the end of the spec";
        int end = at;
        if (char.IsAsciiLetter(text[at]))
            while (end < text.Length && char.IsAsciiLetter(text[end])) end++;
        else
            end = at + 1;
        return $"'{text[at..end]}'";
    }

    private GroupSpecException Error(int at, string what, string detail, Exception? inner = null)
    {
        string where = at >= text.Length ? $"at the end of \"{text}\"" : $"at position {at + 1} of \"{text}\"";
        return new GroupSpecException(text, at, $"{what} {where}: {detail}", inner);
    }
}
