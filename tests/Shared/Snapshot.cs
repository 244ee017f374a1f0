using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace GovReports.Testing;

/// <summary>
/// Snapshot assertions that follow Verify's file conventions: the accepted output lives in
/// <c>{TestFile}.{Method}[_{name}].verified.{ext}</c> beside the test source; a mismatch writes
/// <c>*.received.{ext}</c> next to it and fails with a line diff. Accept a change by renaming the
/// received file over the verified one.
/// </summary>
public static class Snapshot
{
    /// <summary>Compares <paramref name="actual"/> with the verified file for the calling test.</summary>
    public static void Verify(
        string actual,
        string? name = null,
        string extension = "txt",
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string member = "")
    {
        var basePath = BasePath(sourceFile, member, name);
        var verified = $"{basePath}.verified.{extension}";
        var received = $"{basePath}.received.{extension}";
        actual = Normalize(actual);

        if (File.Exists(verified))
        {
            var expected = Normalize(File.ReadAllText(verified, Encoding.UTF8));
            if (expected == actual)
            {
                if (File.Exists(received)) File.Delete(received);
                return;
            }
            File.WriteAllText(received, actual, new UTF8Encoding(false));
            throw new SnapshotMismatchException(
                $"Snapshot mismatch: {Path.GetFileName(verified)}\nReceived written to {received}\n{Diff(expected, actual)}");
        }

        File.WriteAllText(received, actual, new UTF8Encoding(false));
        throw new SnapshotMismatchException(
            $"No verified snapshot yet: {verified}\nReceived written to {received}; review it and rename it to accept.");
    }

    /// <summary>Compares bytes with the verified binary file for the calling test.</summary>
    public static void VerifyBytes(
        byte[] actual,
        string extension,
        string? name = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string member = "")
    {
        var basePath = BasePath(sourceFile, member, name);
        var verified = $"{basePath}.verified.{extension}";
        var received = $"{basePath}.received.{extension}";
        if (File.Exists(verified) && File.ReadAllBytes(verified).AsSpan().SequenceEqual(actual))
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        File.WriteAllBytes(received, actual);
        throw new SnapshotMismatchException(File.Exists(verified)
            ? $"Snapshot mismatch: {Path.GetFileName(verified)} differs from {received}"
            : $"No verified snapshot yet: {verified}\nReceived written to {received}");
    }

    /// <summary>A readable line diff: lines only in the verified file start with '-', new ones with '+'.</summary>
    public static string Diff(string expected, string actual)
    {
        var model = new InlineDiffBuilder(new DiffPlex.Differ()).BuildDiffModel(expected, actual);
        var sb = new StringBuilder();
        var lineNo = 0;
        foreach (var line in model.Lines)
        {
            if (line.Type != ChangeType.Inserted) lineNo++;
            var mark = line.Type switch
            {
                ChangeType.Inserted => "+ ",
                ChangeType.Deleted => "- ",
                ChangeType.Modified => "~ ",
                _ => null,
            };
            if (mark is not null) sb.Append(mark).Append(lineNo.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)).Append(": ").AppendLine(line.Text);
        }
        return sb.ToString();
    }

    private static string BasePath(string sourceFile, string member, string? name)
    {
        var dir = Path.GetDirectoryName(sourceFile)!;
        var type = Path.GetFileNameWithoutExtension(sourceFile);
        var suffix = string.IsNullOrEmpty(name) ? "" : "_" + Sanitize(name);
        return Path.Combine(dir, $"{type}.{member}{suffix}");
    }

    private static string Sanitize(string name)
    {
        var invalid = Path.GetInvalidFileNameChars();
        return new string(name.Select(c => invalid.Contains(c) || c == ' ' ? '_' : c).ToArray());
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n");
}

/// <summary>Raised when output differs from its verified snapshot.</summary>
public sealed class SnapshotMismatchException : Exception
{
    /// <summary>Creates the exception with the diff text.</summary>
    public SnapshotMismatchException(string message) : base(message) { }
}
