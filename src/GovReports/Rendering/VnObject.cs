using GovReports.Templating;

namespace GovReports.Rendering;

/// <summary>Builds the <c>vn</c> object that templates call: <c>vn.money</c>, <c>vn.percent</c>, ….</summary>
internal static class VnObject
{
    public static ScriptObject Create(VnFunctions f)
    {
        var vn = new ScriptObject();
        vn.Import("number", new Func<object?, int, string>(f.Number));
        vn.Import("money", new Func<object?, string, int, string>(f.Money));
        vn.Import("fraction", new Func<object?, object?, string, int, string>(f.Fraction));
        vn.Import("percent", new Func<object?, int, string>(f.Percent));
        vn.Import("date", new Func<object?, string>(f.Date));
        vn.Import("short_date", new Func<object?, bool, string>(f.ShortDate));
        vn.Import("place_date", new Func<string?, object?, string>(f.PlaceDate));
        vn.Import("period", new Func<object?, string>(f.Period));
        vn.Import("in_words", new Func<object?, string>(f.InWords));
        vn.Import("upper", new Func<object?, string>(f.Upper));
        vn.Import("number_symbol", new Func<object?, string>(f.NumberSymbol));
        return vn;
    }
}
