using FluentAssertions;
using GovReports.Model;

namespace GovReports.Tests.Model;

public class ReportingPeriodTests
{
    [Fact]
    public void Text_EachKind_UsesTheVietnameseWording()
    {
        ReportingPeriod.FirstHalfOf(2021).Text.Should().Be("6 tháng đầu năm 2021");
        ReportingPeriod.SecondHalfOf(2021).Text.Should().Be("6 tháng cuối năm 2021");
        ReportingPeriod.WholeYear(2022).Text.Should().Be("năm 2022");
        ReportingPeriod.NineMonthsOf(2022).Text.Should().Be("9 tháng đầu năm 2022");
        ReportingPeriod.Since(2021, 7).Text.Should().Be("từ tháng 7/2021 đến nay");
        ReportingPeriod.PhaseOf(2021, 2025).Text.Should().Be("giai đoạn 2021-2025");
    }
}

public class ProgramCatalogTests
{
    [Fact]
    public void Projects_Catalogue_HasSevenProjectsWithTheirSubProjects()
    {
        ProgramCatalog.Projects.Select(p => p.SubProjects.Count).Should().Equal(2, 0, 2, 3, 0, 2, 2);
        ProgramCatalog.Find(6)!.FindSubProject(2)!.Name.Should().Be("Truyền thông về giảm nghèo đa chiều");
        ProgramCatalog.Find(8).Should().BeNull();
        ProgramCatalog.Find(2)!.ToString().Should().Be("Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo");
    }

    [Fact]
    public void All_DeprivationIndicators_AreTwelveInStandardOrder()
    {
        DeprivationIndicator.All.Select(i => i.Number).Should().Equal(Enumerable.Range(1, 12));
        DeprivationIndicator.All[9].Name.Should().Be("nhà tiêu hợp vệ sinh");
        DeprivationIndicator.Find("telecom")!.Domain.Should().Be("thông tin");
    }
}
