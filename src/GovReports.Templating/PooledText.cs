using System.Buffers;

namespace GovReports.Templating;

/// <summary>
/// Rendered text in a buffer rented from <see cref="ArrayPool{T}.Shared"/> (see <see cref="Template.RenderPooled"/>). Disposing it
/// returns the buffer, after which <see cref="Text"/> must not be read; dispose it once, through <c>using</c>.
/// </summary>
internal readonly struct PooledText(char[] buffer, int length) : IDisposable
{
    /// <summary>The text.</summary>
    public ReadOnlyMemory<char> Text => buffer.AsMemory(0, length);

    /// <summary>Returns the buffer to the pool.</summary>
    public void Dispose() => ArrayPool<char>.Shared.Return(buffer);
}
