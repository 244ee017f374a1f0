namespace GovReports.Runner;

/// <summary>Writes output files so that a failed or killed run never leaves a partial file in place of a good one.</summary>
internal static class SafeFile
{
    /// <summary>
    /// Writes <paramref name="content"/> to a temporary file beside <paramref name="path"/>, then moves it into place.
    /// An existing file is replaced only when <paramref name="force"/> is set.
    /// </summary>
    /// <exception cref="OutputExistsException">The file exists and <paramref name="force"/> is not set.</exception>
    public static void Write(string path, Action<Stream> content, bool force)
    {
        var full = Path.GetFullPath(path);
        if (!force && File.Exists(full)) throw new OutputExistsException(full);
        var dir = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(dir);
        var temp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                content(stream);
                stream.Flush(flushToDisk: true);
            }
            if (force)
            {
                File.Move(temp, full, overwrite: true);
            }
            else
            {
                // A file that appeared while we were writing still wins: never replace it silently.
                try { File.Move(temp, full, overwrite: false); }
                catch (IOException) when (File.Exists(full)) { throw new OutputExistsException(full); }
            }
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}

/// <summary>The output file exists and the user did not ask to overwrite it.</summary>
internal sealed class OutputExistsException(string path)
    : IOException($"{path} already exists; use --force to overwrite it.")
{
    public string OutputPath { get; } = path;
}
