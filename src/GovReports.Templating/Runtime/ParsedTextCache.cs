using System.Collections.Concurrent;

namespace GovReports.Templating.Runtime;

/// <summary>
/// Parsed includes whose path the loader does not let be cached (text that comes with the data, e.g. a report's narrative),
/// kept by their path and exact text: the same text under the same path always parses to the same template, and a batch of
/// reports built from one set of texts parses each of them once. Bounded; emptied when full.
/// </summary>
internal static class ParsedTextCache
{
    private const int MaxEntries = 256;
    private const long MaxCharacters = 1024 * 1024;

    private static readonly ConcurrentDictionary<Key, Template> Templates = new(new KeyComparer());
    private static long _characters;

    /// <summary>Gets the number of templates held (for tests).</summary>
    internal static int Count => Templates.Count;

    public static Template GetOrParse(string text, string path)
    {
        var key = new Key(path, text);
        if (Templates.TryGetValue(key, out var template))
        {
            return template;
        }

        template = Template.Parse(text, path);
        if (Templates.Count >= MaxEntries || Interlocked.Read(ref _characters) + text.Length > MaxCharacters)
        {
            // Racing threads may clear twice or count a little wrong; the bound only has to hold roughly.
            Templates.Clear();
            Interlocked.Exchange(ref _characters, 0);
        }

        if (Templates.TryAdd(key, template))
        {
            Interlocked.Add(ref _characters, text.Length);
        }

        return template;
    }

    private readonly record struct Key(string Path, string Text);

    /// <summary>Compares path and text in full; hashes the path, the length and a sample of the text, which is far cheaper than hashing it all.</summary>
    private sealed class KeyComparer : IEqualityComparer<Key>
    {
        private const int Samples = 32;

        public bool Equals(Key x, Key y) =>
            string.Equals(x.Path, y.Path, StringComparison.Ordinal) && string.Equals(x.Text, y.Text, StringComparison.Ordinal);

        public int GetHashCode(Key key)
        {
            var hash = new HashCode();
            hash.Add(key.Path, StringComparer.Ordinal);
            var text = key.Text;
            hash.Add(text.Length);
            var step = Math.Max(1, text.Length / Samples);
            for (var i = 0; i < text.Length; i += step)
            {
                hash.Add(text[i]);
            }

            return hash.ToHashCode();
        }
    }
}
