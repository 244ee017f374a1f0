using System.Diagnostics;

namespace GovReports.Runner;

/// <summary>Turns a .docx into a PDF with LibreOffice, when it is installed.</summary>
internal static class PdfConverter
{
    /// <summary>The LibreOffice executable on PATH, or <see langword="null"/> when it is not installed.</summary>
    public static string? FindOffice()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in new[] { "soffice", "libreoffice" })
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate)) return candidate;
            }
        }
        return null;
    }

    /// <summary>Converts <paramref name="docxPath"/> and writes the PDF to <paramref name="pdfPath"/> through <see cref="SafeFile"/>.</summary>
    /// <exception cref="InvalidOperationException">LibreOffice failed or produced no PDF.</exception>
    public static void Convert(string office, string docxPath, string pdfPath, bool force, TimeSpan timeout)
    {
        var work = Directory.CreateTempSubdirectory("govreports-pdf-");
        try
        {
            var profile = new Uri(Path.Combine(work.FullName, "profile")).AbsoluteUri;
            var psi = new ProcessStartInfo(office)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { $"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", work.FullName, Path.GetFullPath(docxPath) })
                psi.ArgumentList.Add(arg);
            using var process = Process.Start(psi) ?? throw new InvalidOperationException($"Could not start {office}.");
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"LibreOffice did not finish converting {docxPath} within {timeout.TotalSeconds:0} s.");
            }
            var produced = Path.Combine(work.FullName, Path.GetFileNameWithoutExtension(docxPath) + ".pdf");
            if (process.ExitCode != 0 || !File.Exists(produced))
                throw new InvalidOperationException($"LibreOffice could not convert {docxPath} (exit code {process.ExitCode}): {stderr.Result.Trim()}");
            SafeFile.Write(pdfPath, s => { using var src = File.OpenRead(produced); src.CopyTo(s); }, force);
        }
        finally
        {
            try { work.Delete(recursive: true); } catch (IOException) { }
        }
    }
}
