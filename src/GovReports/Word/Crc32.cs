using System.Buffers.Binary;

namespace GovReports.Word;

// The CRC-32 zip stores for every entry (reflected polynomial 0xEDB88320, initial and final value all ones).
// Eight tables let the loop take eight bytes per step instead of one ("slicing by 8").
internal static class Crc32
{
    private const uint Polynomial = 0xEDB88320;

    // Tables[k * 256 + b]: the CRC contribution of byte b followed by k zero bytes.
    private static readonly uint[] Tables = CreateTables();

    /// <summary>Continues <paramref name="crc"/> (0 for a fresh start) over <paramref name="data"/>.</summary>
    public static uint Append(uint crc, ReadOnlySpan<byte> data)
    {
        ReadOnlySpan<uint> t = Tables;
        crc = ~crc;
        while (data.Length >= 8)
        {
            var low = BinaryPrimitives.ReadUInt32LittleEndian(data) ^ crc;
            var high = BinaryPrimitives.ReadUInt32LittleEndian(data[4..]);
            crc = t[(7 * 256) + (int)(low & 0xFF)]
                ^ t[(6 * 256) + (int)((low >> 8) & 0xFF)]
                ^ t[(5 * 256) + (int)((low >> 16) & 0xFF)]
                ^ t[(4 * 256) + (int)(low >> 24)]
                ^ t[(3 * 256) + (int)(high & 0xFF)]
                ^ t[(2 * 256) + (int)((high >> 8) & 0xFF)]
                ^ t[256 + (int)((high >> 16) & 0xFF)]
                ^ t[(int)(high >> 24)];
            data = data[8..];
        }
        foreach (var b in data) crc = t[(int)((crc ^ b) & 0xFF)] ^ (crc >> 8);
        return ~crc;
    }

    private static uint[] CreateTables()
    {
        var tables = new uint[8 * 256];
        for (uint b = 0; b < 256; b++)
        {
            var crc = b;
            for (var bit = 0; bit < 8; bit++) crc = (crc & 1) != 0 ? (crc >> 1) ^ Polynomial : crc >> 1;
            tables[b] = crc;
        }
        for (var k = 1; k < 8; k++)
        {
            for (var b = 0; b < 256; b++)
            {
                var previous = tables[((k - 1) * 256) + b];
                tables[(k * 256) + b] = (previous >> 8) ^ tables[previous & 0xFF];
            }
        }
        return tables;
    }
}
