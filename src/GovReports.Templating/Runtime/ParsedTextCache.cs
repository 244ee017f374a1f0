using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace GovReports.Templating.Runtime;

/// <summary>
/// Parsed includes whose path the loader does not let be cached (text that comes with the data, e.g. a report's narrative),
/// kept by their path and exact text: the same text under the same path always parses to the same template, and a batch of
/// reports built from one set of texts parses each of them once.
/// </summary>
/// <remarks>
/// A text seen before as the same string object (a report rendered again) is found by identity, without reading it.
/// Otherwise texts are found by content in two bounded generations: when the young one is full it becomes the old one,
/// and a text found in the old one moves back to the young one, so texts every report of a batch shares stay parsed
/// while texts of single reports age out.
/// </remarks>
internal static class ParsedTextCache
{
    /// <summary>The most texts one generation holds.</summary>
    internal const int MaxEntries = 256;

    private const long MaxCharacters = 512 * 1024;

    // Entries live as long as their text: a template only refers back to its own text, which does not keep it alive here.
    private static readonly ConditionalWeakTable<string, Template> ByIdentity = new();
    private static readonly object Gate = new();
    private static Generation _young = new();
    private static Generation _old = new();

    /// <summary>Gets the number of templates held by content, in both generations (for tests).</summary>
    internal static int Count => _young.Templates.Count + _old.Templates.Count;

    public static Template GetOrParse(string text, string path)
    {
        if (ByIdentity.TryGetValue(text, out var known) && string.Equals(known.SourcePath, path, StringComparison.Ordinal))
        {
            return known;
        }

        var key = new Key(path, text);
        if (!_young.Templates.TryGetValue(key, out var template))
        {
            if (!_old.Templates.TryGetValue(key, out template))
            {
                template = Template.Parse(text, path);
            }

            Add(key, template);
        }

        ByIdentity.AddOrUpdate(text, template);
        return template;
    }

    private static void Add(Key key, Template template)
    {
        var young = _young;
        if (young.Templates.Count >= MaxEntries || Interlocked.Read(ref young.Characters) + key.Text.Length > MaxCharacters)
        {
            lock (Gate)
            {
                // Another thread may have started a new generation already.
                if (ReferenceEquals(young, _young))
                {
                    _old = young;
                    _young = new Generation();
                }

                young = _young;
            }
        }

        if (young.Templates.TryAdd(key, template))
        {
            Interlocked.Add(ref young.Characters, key.Text.Length);
        }
    }

    private sealed class Generation
    {
        public readonly ConcurrentDictionary<Key, Template> Templates = new(new KeyComparer());

        public long Characters;
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
