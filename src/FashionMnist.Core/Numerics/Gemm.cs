using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace FashionMnist.Numerics;

/// <summary>Which vector width the kernel runs with. <see cref="Auto"/> takes the widest the CPU accelerates;
/// the others exist so tests can force every path on any machine.</summary>
public enum GemmPath
{
    Auto,
    Vector512,
    Vector256,
    Scalar,
}

/// <summary>
/// C[M×N] = A[M×K]·B[K×N] in float32, the products that are nearly all of training's time.
/// B and C are row-major and dense. A is read through two strides, A(i,p) = a[i·rowStride + p·colStride],
/// so Xᵀ·δ (the weight gradient) runs on X as stored, without a transpose.
///
/// Register tiling: a tile of 8 rows × 2 vectors of C stays in 16 accumulators while p runs over K;
/// each step broadcasts one A element per row and multiplies it into two B vectors.
/// Every element of C is the fused-multiply-add chain over p = 0..K-1 in order, whichever tile,
/// edge loop or thread computes it, so results are bit-identical for any thread count and split.
/// </summary>
public static unsafe class Gemm
{
    private const int TileRows = 8;
    /// <summary>Rows of B per packed panel: 128 × 2 vectors of 16 floats = 16 KB, half of L1.</summary>
    private const int DepthBlock = 128;
    /// <summary>Below this many multiply-adds a second thread costs more than it saves.</summary>
    private const long ParallelThreshold = 1L << 18;
    /// <summary>Row chunks per thread: small enough that a late helper still finds work, large enough to amortise claiming.</summary>
    private const int ChunksPerThread = 3;

    public static GemmPath BestPath =>
        Vector512.IsHardwareAccelerated ? GemmPath.Vector512
        : Vector256.IsHardwareAccelerated ? GemmPath.Vector256
        : GemmPath.Scalar;

    /// <summary>C = A·B with A row-major [M×K].</summary>
    public static void Multiply(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c, int m, int n, int k,
        int threads = 1, GemmPath path = GemmPath.Auto) =>
        Multiply(a, k, 1, b, c, m, n, k, threads, path);

    /// <summary>C = Aᵀ·B where <paramref name="a"/> is stored row-major [K×M] (so Aᵀ is [M×K]).</summary>
    public static void MultiplyTransposedA(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c, int m, int n, int k,
        int threads = 1, GemmPath path = GemmPath.Auto) =>
        Multiply(a, 1, m, b, c, m, n, k, threads, path);

    /// <summary>C = A·B with A(i,p) = a[i·rowStride + p·colStride].</summary>
    public static void Multiply(ReadOnlySpan<float> a, int rowStride, int colStride, ReadOnlySpan<float> b, Span<float> c,
        int m, int n, int k, int threads = 1, GemmPath path = GemmPath.Auto)
    {
        if (m < 0 || n < 0 || k < 0) throw new ArgumentOutOfRangeException(nameof(m), "Matrix sizes cannot be negative.");
        if (m == 0 || n == 0) return;
        if (k == 0)
        {
            c[..(m * n)].Clear();
            return;
        }
        long lastA = (long)(m - 1) * rowStride + (long)(k - 1) * colStride;
        if (rowStride < 0 || colStride < 0 || lastA >= a.Length)
            throw new ArgumentException($"A needs element {lastA} for {m}×{k} with strides ({rowStride}, {colStride}); it holds {a.Length}.");
        if (b.Length < (long)k * n) throw new ArgumentException($"B must hold {k}×{n} = {k * n} values; it holds {b.Length}.");
        if (c.Length < (long)m * n) throw new ArgumentException($"C must hold {m}×{n} = {m * n} values; it holds {c.Length}.");
        if (path == GemmPath.Auto) path = BestPath;

        int strip = path switch { GemmPath.Vector512 => 2 * Vector512<float>.Count, GemmPath.Vector256 => 2 * Vector256<float>.Count, _ => 0 };
        fixed (float* pa = a)
        fixed (float* pb = b)
        fixed (float* pc = c)
        {
            // B is packed once per product and shared by every row chunk and thread (read-only).
            float* packed = strip > 0 ? ThreadBuffer(ref _packedB, (n + strip - 1) / strip * strip * k) : null;
            var job = new Job(pa, rowStride, colStride, pb, pc, n, k, path, packed, strip);
            if (strip > 0) job.PackB();
            int tiles = (m + TileRows - 1) / TileRows;
            int helpers = (long)m * n * k >= ParallelThreshold ? Math.Min(threads, tiles) - 1 : 0;
            if (helpers <= 0)
            {
                job.Run(0, m);
                return;
            }
            new RowChunks(job, m, Math.Min(tiles, ChunksPerThread * (helpers + 1)), helpers).Run();
        }
    }

    /// <summary>
    /// Row chunks of one product, claimed one at a time by the caller and by <see cref="GemmHelpers"/>.
    /// A helper that arrives late (its core busy with something else) finds fewer or no chunks left, so a
    /// loaded machine costs at most the chunks a helper has already claimed, never a wait for it to start.
    /// Chunks are whole row tiles, so who computes which chunk changes no result.
    /// </summary>
    internal sealed class RowChunks(Job job, int m, int chunks, int helpers)
    {
        private readonly int _rowsPerChunk = (m / chunks + TileRows - 1) / TileRows * TileRows;
        private int _next = -1;
        private int _done;
        private int _helperSlots = helpers;

        public void Run()
        {
            GemmHelpers.Offer(this);
            Execute();
            var spin = new SpinWait();
            while (Volatile.Read(ref _done) < chunks) spin.SpinOnce(sleep1Threshold: -1);
        }

        /// <summary>A helper joins only while the caller's thread budget allows it.</summary>
        public bool TryJoin() => Interlocked.Decrement(ref _helperSlots) >= 0;

        /// <summary>Claims and runs chunks until none is left; once all are claimed it never touches the job again,
        /// which keeps a late helper away from buffers the caller has released.</summary>
        public void Execute()
        {
            int chunk;
            while ((chunk = Interlocked.Increment(ref _next)) < chunks)
            {
                int start = chunk * _rowsPerChunk;
                int end = chunk == chunks - 1 ? m : Math.Min(m, start + _rowsPerChunk);
                if (start < end) job.Run(start, end);
                Interlocked.Increment(ref _done);
            }
        }
    }

    [ThreadStatic] private static float[]? _packedB;
    [ThreadStatic] private static float[]? _edgeBuffer;

    /// <summary>A per-thread scratch buffer of at least <paramref name="floats"/>, pinned so the kernel can hold a
    /// pointer to it; grown when needed and kept, so steady-state training allocates nothing.</summary>
    private static float* ThreadBuffer(ref float[]? buffer, int floats)
    {
        if (buffer is null || buffer.Length < floats)
            buffer = GC.AllocateUninitializedArray<float>(Math.Max(floats, 1 << 12), pinned: true);
        return (float*)Unsafe.AsPointer(ref buffer[0]);
    }

    /// <summary>The product's operands as raw pointers (valid while the caller keeps them pinned).</summary>
    internal readonly struct Job(float* a, int rowStride, int colStride, float* b, float* c, int n, int k, GemmPath path,
        float* packed, int strip)
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Run(int rowStart, int rowEnd)
        {
            switch (path)
            {
                case GemmPath.Vector512: Rows<Vector512<float>, Lanes512>(rowStart, rowEnd); break;
                case GemmPath.Vector256: Rows<Vector256<float>, Lanes256>(rowStart, rowEnd); break;
                default: ScalarRows(rowStart, rowEnd); break;
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Rows<TV, TL>(int rowStart, int rowEnd) where TV : struct where TL : ISimdLanes<TV>
        {
            int wideColumns = n / strip * strip;
            int edge = n - wideColumns;
            int rows = rowEnd - rowStart;
            int fullTiles = rows / TileRows * TileRows;
            // The last n mod strip columns (all ten of the output layer) come zero-padded from the packing and go
            // into a scratch tile of C, so they run on the vector tiles too instead of a latency-bound scalar loop.
            float* edgeC = edge > 0 ? ThreadBuffer(ref _edgeBuffer, rows * strip) : null;
            // K is cut into blocks so that a panel (DepthBlock × strip floats) stays in L1 while every row tile
            // streams past it; the tiles carry C over from one block to the next.
            for (int p0 = 0; p0 < k; p0 += DepthBlock)
            {
                int depth = Math.Min(DepthBlock, k - p0);
                for (int j = 0; j < n; j += strip)
                {
                    float* panel = packed + (long)(j / strip) * k * strip + (long)p0 * strip;
                    bool whole = j < wideColumns;
                    float* cStrip = whole ? c + (long)rowStart * n + j : edgeC;
                    long ldc = whole ? n : strip;
                    int r = 0;
                    for (; r < fullTiles; r += TileRows) Tile8x2<TV, TL>(rowStart + r, cStrip + r * ldc, ldc, p0, depth, panel);
                    for (; r < rows; r++) Tile1x2<TV, TL>(rowStart + r, cStrip + r * ldc, p0, depth, panel);
                }
            }
            for (int r = 0; r < rows && edge > 0; r++)
                new ReadOnlySpan<float>(edgeC + (long)r * strip, edge).CopyTo(new Span<float>(c + (long)(rowStart + r) * n + wideColumns, edge));
        }

        /// <summary>
        /// Copies B into strips of <c>strip</c> columns, each K rows deep and dense, the last one zero-padded.
        /// B's rows are n floats apart; at n = 256 that stride is a power of two and walking down a column
        /// strip thrashes a few cache sets, while a packed strip is read sequentially by every row tile.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void PackB()
        {
            float* panel = packed;
            for (int j = 0; j < n; j += strip)
            {
                int width = Math.Min(strip, n - j);
                float* source = b + j;
                for (int p = 0; p < k; p++, source += n, panel += strip)
                {
                    new ReadOnlySpan<float>(source, width).CopyTo(new Span<float>(panel, width));
                    if (width < strip) new Span<float>(panel + width, strip - width).Clear();
                }
            }
        }

        /// <summary>8 rows × 2 vectors of C, at <paramref name="cTile"/> with row stride <paramref name="ldc"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
        private void Tile8x2<TV, TL>(int i, float* cTile, long ldc, int p0, int depth, float* panel) where TV : struct where TL : ISimdLanes<TV>
        {
            int w = TL.Count;
            float* cRow = cTile;
            long cs = ldc;
            // The first depth block starts from 0; later ones continue the same FMA chain from C.
            bool first = p0 == 0;
            TV c00 = first ? TL.Zero : TL.Load(cRow), c01 = first ? TL.Zero : TL.Load(cRow + w);
            TV c10 = first ? TL.Zero : TL.Load(cRow + cs), c11 = first ? TL.Zero : TL.Load(cRow + cs + w);
            TV c20 = first ? TL.Zero : TL.Load(cRow + 2 * cs), c21 = first ? TL.Zero : TL.Load(cRow + 2 * cs + w);
            TV c30 = first ? TL.Zero : TL.Load(cRow + 3 * cs), c31 = first ? TL.Zero : TL.Load(cRow + 3 * cs + w);
            TV c40 = first ? TL.Zero : TL.Load(cRow + 4 * cs), c41 = first ? TL.Zero : TL.Load(cRow + 4 * cs + w);
            TV c50 = first ? TL.Zero : TL.Load(cRow + 5 * cs), c51 = first ? TL.Zero : TL.Load(cRow + 5 * cs + w);
            TV c60 = first ? TL.Zero : TL.Load(cRow + 6 * cs), c61 = first ? TL.Zero : TL.Load(cRow + 6 * cs + w);
            TV c70 = first ? TL.Zero : TL.Load(cRow + 7 * cs), c71 = first ? TL.Zero : TL.Load(cRow + 7 * cs + w);
            float* aRow = a + (long)i * rowStride + (long)p0 * colStride;
            float* bRow = panel;
            long rs = rowStride;
            for (int p = 0; p < depth; p++, aRow += colStride, bRow += 2 * w)
            {
                TV b0 = TL.Load(bRow), b1 = TL.Load(bRow + w);
                TV x = TL.Broadcast(aRow[0]);
                c00 = TL.MultiplyAdd(x, b0, c00); c01 = TL.MultiplyAdd(x, b1, c01);
                x = TL.Broadcast(aRow[rs]);
                c10 = TL.MultiplyAdd(x, b0, c10); c11 = TL.MultiplyAdd(x, b1, c11);
                x = TL.Broadcast(aRow[2 * rs]);
                c20 = TL.MultiplyAdd(x, b0, c20); c21 = TL.MultiplyAdd(x, b1, c21);
                x = TL.Broadcast(aRow[3 * rs]);
                c30 = TL.MultiplyAdd(x, b0, c30); c31 = TL.MultiplyAdd(x, b1, c31);
                x = TL.Broadcast(aRow[4 * rs]);
                c40 = TL.MultiplyAdd(x, b0, c40); c41 = TL.MultiplyAdd(x, b1, c41);
                x = TL.Broadcast(aRow[5 * rs]);
                c50 = TL.MultiplyAdd(x, b0, c50); c51 = TL.MultiplyAdd(x, b1, c51);
                x = TL.Broadcast(aRow[6 * rs]);
                c60 = TL.MultiplyAdd(x, b0, c60); c61 = TL.MultiplyAdd(x, b1, c61);
                x = TL.Broadcast(aRow[7 * rs]);
                c70 = TL.MultiplyAdd(x, b0, c70); c71 = TL.MultiplyAdd(x, b1, c71);
            }
            TL.Store(cRow, c00); TL.Store(cRow + w, c01); cRow += cs;
            TL.Store(cRow, c10); TL.Store(cRow + w, c11); cRow += cs;
            TL.Store(cRow, c20); TL.Store(cRow + w, c21); cRow += cs;
            TL.Store(cRow, c30); TL.Store(cRow + w, c31); cRow += cs;
            TL.Store(cRow, c40); TL.Store(cRow + w, c41); cRow += cs;
            TL.Store(cRow, c50); TL.Store(cRow + w, c51); cRow += cs;
            TL.Store(cRow, c60); TL.Store(cRow + w, c61); cRow += cs;
            TL.Store(cRow, c70); TL.Store(cRow + w, c71);
        }

        /// <summary>One row × two vectors: the rows left below a full tile.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Tile1x2<TV, TL>(int i, float* cRow, int p0, int depth, float* panel) where TV : struct where TL : ISimdLanes<TV>
        {
            int w = TL.Count;
            TV c0 = p0 == 0 ? TL.Zero : TL.Load(cRow), c1 = p0 == 0 ? TL.Zero : TL.Load(cRow + w);
            float* aRow = a + (long)i * rowStride + (long)p0 * colStride;
            float* bRow = panel;
            for (int p = 0; p < depth; p++, aRow += colStride, bRow += 2 * w)
            {
                TV x = TL.Broadcast(aRow[0]);
                c0 = TL.MultiplyAdd(x, TL.Load(bRow), c0);
                c1 = TL.MultiplyAdd(x, TL.Load(bRow + w), c1);
            }
            TL.Store(cRow, c0);
            TL.Store(cRow + w, c1);
        }

        /// <summary>Plain loops over rows [r0,r1): the whole product on a CPU without vector units.
        /// Same FMA chain as the vector tiles.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void ScalarRows(int r0, int r1)
        {
            for (int r = r0; r < r1; r++)
            {
                float* aRow = a + (long)r * rowStride;
                float* cRow = c + (long)r * n;
                for (int j = 0; j < n; j++)
                {
                    float sum = 0;
                    float* ap = aRow;
                    float* bp = b + j;
                    for (int p = 0; p < k; p++, ap += colStride, bp += n) sum = MathF.FusedMultiplyAdd(*ap, *bp, sum);
                    cRow[j] = sum;
                }
            }
        }
    }
}
