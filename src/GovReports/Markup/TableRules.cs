namespace GovReports.Markup;

/// <summary>
/// The table conventions of MARKUP.md, for both markup parsers: <c>{total}</c> or <c>{header}</c> at the start of a row's
/// first cell, a cell holding only <c>&lt;</c> merged into its left neighbour, a cell holding only <c>^</c> merged into the
/// cell above (which must span the same columns), and short rows padded with empty cells.
/// </summary>
/// <param name="width">The number of columns.</param>
/// <param name="fail">Makes the exception for a broken rule from its message and the markup it is about (a cell, a row or the table, as the caller passed it).</param>
internal sealed class TableRules(int width, Func<string, object?, Exception> fail)
{
    private readonly List<List<Cell>> _rows = [];
    private readonly List<(bool Header, bool Total)> _flags = [];
    private List<Cell> _cells = [];
    private bool _header;
    private bool _total;
    private bool _headerDone;

    /// <summary>Starts a row; <paramref name="header"/> says whether it is the table's header row.</summary>
    public void StartRow(bool header)
    {
        _cells = new List<Cell>(width);
        _header = header;
        _total = false;
        if (!header) _headerDone = true;
    }

    /// <summary>Takes a <c>{total}</c> or <c>{header}</c> marker off the start of the row's first cell.</summary>
    /// <returns>Whether the cell started with a marker.</returns>
    public bool StripMarker(List<Inline> firstCell, object? cell)
    {
        if (InlineList.StripMarker(firstCell, "{total}"))
        {
            _total = true;
            return true;
        }
        if (!InlineList.StripMarker(firstCell, "{header}")) return false;
        if (_rows.Count == 0 || (_headerDone && !_flags[^1].Header)) throw fail("'{header}' rows must directly follow the header row", cell);
        _header = true;
        return true;
    }

    /// <summary>Adds the cell of column <paramref name="column"/>, or merges it into its left neighbour (<c>&lt;</c>) or the cell above (<c>^</c>).</summary>
    public void AddCell(IReadOnlyList<Inline> inlines, int column, object? cell)
    {
        switch (MergeMark(inlines))
        {
            case '<':
                if (_cells.Count == 0) throw fail("'<' merges a cell into its left neighbour, but this is the first cell of the row", cell);
                _cells[^1] = _cells[^1] with { Span = _cells[^1].Span + 1 };
                break;
            case '^':
                var above = _rows.Count > 0 ? StartingAt(_rows[^1], column) : -1;
                if (above < 0) throw fail("'^' merges a cell into the one above, but no cell above starts in this column", cell);
                var a = _rows[^1][above];
                if (a.Merge == VerticalMerge.None) _rows[^1][above] = a with { Merge = VerticalMerge.Start };
                _cells.Add(new Cell([], column, a.Span, VerticalMerge.Continue));
                break;
            default:
                _cells.Add(new Cell(inlines, column, 1, VerticalMerge.None));
                break;
        }
    }

    /// <summary>Ends the row, padding it with empty cells to the table's width.</summary>
    public void EndRow(object? row)
    {
        for (var c = _cells.Count == 0 ? 0 : _cells[^1].Column + _cells[^1].Span; c < width; c++)
            _cells.Add(new Cell([], c, 1, VerticalMerge.None));
        if (_header && _total) throw fail("a row cannot be both a header and a totals row", row);
        _rows.Add(_cells);
        _flags.Add((_header, _total));
    }

    /// <summary>Makes the table; <paramref name="finish"/> gives each cell's final inlines.</summary>
    public Table Build(ColumnAlignment[] columns, object? table, Func<IReadOnlyList<Inline>, IReadOnlyList<Inline>> finish)
    {
        var rows = new TableRow[_rows.Count];
        for (var r = 0; r < rows.Length; r++)
        {
            var cells = new TableCell[_rows[r].Count];
            for (var i = 0; i < cells.Length; i++)
            {
                var x = _rows[r][i];
                if (x.Merge == VerticalMerge.Continue && StartingAt(_rows[r - 1], x.Column) is var above && (above < 0 || _rows[r - 1][above].Span != x.Span))
                    throw fail("a '^' cell must span the same columns as the cell above it", table);
                cells[i] = new TableCell(finish(x.Inlines), x.Column, x.Span, x.Merge);
            }
            rows[r] = new TableRow(cells, _flags[r].Header, _flags[r].Total);
        }
        return new Table(columns, rows);
    }

    // The index of the cell of the row that starts in the column, or -1.
    private static int StartingAt(List<Cell> row, int column)
    {
        for (var i = 0; i < row.Count; i++)
            if (row[i].Column == column) return i;
        return -1;
    }

    // '<' or '^' when the cell's text is only that mark (runs only, white space around it ignored); otherwise '\0'.
    private static char MergeMark(IReadOnlyList<Inline> inlines)
    {
        if (inlines.Count == 0) return '\0';
        for (var i = 0; i < inlines.Count; i++)
            if (inlines[i] is not TextRun) return '\0';
        var text = inlines.Count == 1 ? ((TextRun)inlines[0]).Text.Trim() : string.Concat(inlines.Select(i => ((TextRun)i).Text)).Trim();
        return text is "<" or "^" ? text[0] : '\0';
    }

    private readonly record struct Cell(IReadOnlyList<Inline> Inlines, int Column, int Span, VerticalMerge Merge);
}
