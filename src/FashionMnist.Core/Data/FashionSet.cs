namespace FashionMnist.Data;

/// <summary>Which official file pair: <c>train-*</c> (60,000 images) or <c>t10k-*</c> (10,000 images).</summary>
public enum FashionSet
{
    Train,
    Test,
}
