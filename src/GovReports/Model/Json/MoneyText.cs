using GovReports.Formatting;

namespace GovReports.Model.Json;

/// <summary>
/// Reads and writes amounts in Vietnamese notation for the JSON format (<c>84.530 triệu đồng</c>, <c>1,5 tỷ đồng</c>,
/// <c>5.155.540.000đ</c>), through the strict parser and formatter of <see cref="VietnameseFormat"/>.
/// </summary>
internal static class MoneyText
{
    private static readonly MoneyFormat InMillions = new() { Unit = MoneyUnit.MillionDong, Suffix = MoneySuffix.Word };
    private static readonly MoneyFormat InDong = new() { Unit = MoneyUnit.Dong, Suffix = MoneySuffix.Word };

    public static bool TryParse(string text, out Money money, out string error)
    {
        try
        {
            money = VietnameseFormat.ParseMoney(text);
            error = "";
            return true;
        }
        catch (VietnameseParseException ex)
        {
            money = default;
            error = ex.Message;
            return false;
        }
    }

    /// <summary>Writes an amount the way the JSON format reads it back: whole millions as <c>triệu đồng</c>, anything else in <c>đồng</c>.</summary>
    public static string Format(Money money) =>
        VietnameseFormat.Amount(money, money.Dong != 0 && money.Dong % Money.DongPerMillion == 0 ? InMillions : InDong);
}
