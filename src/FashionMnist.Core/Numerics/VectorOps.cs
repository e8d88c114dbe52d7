using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace FashionMnist.Numerics;

/// <summary>
/// The element-wise loops of a training step (bias add, scaling, optimiser updates). TensorPrimitives does the
/// same, but measured here it ran several times slower until its precompiled code was re-jitted, which a short
/// training run never reaches; these small loops are jitted fully optimised on first use instead.
/// Element-wise, so the result does not depend on the vector width.
/// </summary>
public static class VectorOps
{
    /// <summary>
    /// Weights and optimiser state below this are set to 0. A network does not feel a weight of 1e-30 (its products
    /// are a hundred orders of magnitude below float precision of the sums they join), but values that weight decay
    /// or a decaying moment drive towards 0 pass through the subnormal range, where every x86 multiply is
    /// microcoded: measured here, Adam with L2 went from 1 ms to 14 ms a step over 60 epochs.
    /// </summary>
    public const float Negligible = 1e-30f;

    /// <summary>destination[i] = x[i]·a + y[i], with one rounding (fused multiply-add).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void MultiplyAdd(ReadOnlySpan<float> x, float a, ReadOnlySpan<float> y, Span<float> destination)
    {
        CheckLengths(x.Length, y.Length, destination.Length);
        ref float xr = ref MemoryMarshal.GetReference(x);
        ref float yr = ref MemoryMarshal.GetReference(y);
        ref float dr = ref MemoryMarshal.GetReference(destination);
        var va = new Vector<float>(a);
        int i = 0;
        for (; i <= x.Length - Vector<float>.Count; i += Vector<float>.Count)
            Vector.FusedMultiplyAdd(Vector.LoadUnsafe(ref xr, (nuint)i), va, Vector.LoadUnsafe(ref yr, (nuint)i)).StoreUnsafe(ref dr, (nuint)i);
        for (; i < x.Length; i++) destination[i] = MathF.FusedMultiplyAdd(x[i], a, y[i]);
    }

    /// <summary>destination[i] = x[i]·a.</summary>
    public static void Multiply(ReadOnlySpan<float> x, float a, Span<float> destination) =>
        ElementwiseWithScalar<MultiplyOp>(x, a, destination);

    /// <summary>destination[i] = x[i]·y[i].</summary>
    public static void Multiply(ReadOnlySpan<float> x, ReadOnlySpan<float> y, Span<float> destination) =>
        Elementwise<MultiplyOp>(x, y, destination);

    /// <summary>destination[i] = x[i] + y[i].</summary>
    public static void Add(ReadOnlySpan<float> x, ReadOnlySpan<float> y, Span<float> destination) =>
        Elementwise<AddOp>(x, y, destination);

    /// <summary>One loop for every element-wise binary operation; the JIT specialises it per operation struct.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Elementwise<TOp>(ReadOnlySpan<float> x, ReadOnlySpan<float> y, Span<float> destination)
        where TOp : struct, IBinaryOp
    {
        CheckLengths(x.Length, y.Length, destination.Length);
        ref float xr = ref MemoryMarshal.GetReference(x);
        ref float yr = ref MemoryMarshal.GetReference(y);
        ref float dr = ref MemoryMarshal.GetReference(destination);
        int i = 0;
        for (; i <= x.Length - Vector<float>.Count; i += Vector<float>.Count)
            TOp.Apply(Vector.LoadUnsafe(ref xr, (nuint)i), Vector.LoadUnsafe(ref yr, (nuint)i)).StoreUnsafe(ref dr, (nuint)i);
        for (; i < x.Length; i++) destination[i] = TOp.Apply(x[i], y[i]);
    }

    /// <summary>destination[i] = op(x[i], a): the loop of <see cref="Elementwise{TOp}"/> with a broadcast operand.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ElementwiseWithScalar<TOp>(ReadOnlySpan<float> x, float a, Span<float> destination)
        where TOp : struct, IBinaryOp
    {
        CheckLengths(x.Length, x.Length, destination.Length);
        ref float xr = ref MemoryMarshal.GetReference(x);
        ref float dr = ref MemoryMarshal.GetReference(destination);
        var va = new Vector<float>(a);
        int i = 0;
        for (; i <= x.Length - Vector<float>.Count; i += Vector<float>.Count)
            TOp.Apply(Vector.LoadUnsafe(ref xr, (nuint)i), va).StoreUnsafe(ref dr, (nuint)i);
        for (; i < x.Length; i++) destination[i] = TOp.Apply(x[i], a);
    }

    private interface IBinaryOp
    {
        static abstract Vector<float> Apply(Vector<float> a, Vector<float> b);
        static abstract float Apply(float a, float b);
    }

    private readonly struct MultiplyOp : IBinaryOp
    {
        public static Vector<float> Apply(Vector<float> a, Vector<float> b) => a * b;
        public static float Apply(float a, float b) => a * b;
    }

    private readonly struct AddOp : IBinaryOp
    {
        public static Vector<float> Apply(Vector<float> a, Vector<float> b) => a + b;
        public static float Apply(float a, float b) => a + b;
    }

    /// <summary>max(a, b) that keeps a NaN in a (Vector.Max and MathF.Max disagree on NaN).</summary>
    private readonly struct MaxKeepingNaNOp : IBinaryOp
    {
        public static Vector<float> Apply(Vector<float> a, Vector<float> b) =>
            Vector.ConditionalSelect(Vector.GreaterThan(a, b) | ~Vector.Equals(a, a), a, b);
        public static float Apply(float a, float b) => a > b || float.IsNaN(a) ? a : b;
    }

    /// <summary>destination[i] = max(x[i], floor); NaN stays NaN so a diverging network is still noticed.</summary>
    public static void Max(ReadOnlySpan<float> x, float floor, Span<float> destination) =>
        ElementwiseWithScalar<MaxKeepingNaNOp>(x, floor, destination);

    /// <summary>Sets every |x| &lt; <see cref="Negligible"/> to 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void FlushNegligibleToZero(Span<float> x)
    {
        ref float xr = ref MemoryMarshal.GetReference(x);
        var smallest = new Vector<float>(Negligible);
        int i = 0;
        for (; i <= x.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            var v = Vector.LoadUnsafe(ref xr, (nuint)i);
            Vector.ConditionalSelect(Vector.LessThan(Vector.Abs(v), smallest), Vector<float>.Zero, v).StoreUnsafe(ref xr, (nuint)i);
        }
        for (; i < x.Length; i++)
            if (Math.Abs(x[i]) < Negligible) x[i] = 0;
    }

    /// <summary>Index of the largest value (the first one on ties).</summary>
    public static int IndexOfMax(ReadOnlySpan<float> x)
    {
        int best = 0;
        for (int i = 1; i < x.Length; i++)
            if (x[i] > x[best]) best = i;
        return best;
    }

    private static void CheckLengths(int x, int y, int destination)
    {
        if (x != y || destination < x)
            throw new ArgumentException($"Vector lengths differ: {x}, {y}, destination {destination}.");
    }
}
