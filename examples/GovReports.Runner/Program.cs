Console.WriteLine("GovReports runner: not yet wired.");
return 0;
