using System.Reflection;
using System.Text;

namespace GovReports.Templating;

/// <summary>Renames .NET members for templates the way Scriban does: <c>OrderID</c> → <c>order_id</c>.</summary>
public static class StandardMemberRenamer
{
    /// <summary>Gets the default renamer delegate.</summary>
    public static Func<MemberInfo, string> Default { get; } = member => Rename(member.Name);

    /// <summary>Lower-cases each upper-case letter and puts <c>_</c> before it unless it is first or follows another upper-case letter.</summary>
    /// <param name="name">The .NET member name.</param>
    public static string Rename(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder(name.Length + 4);
        var previousUpper = false;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && !previousUpper)
                {
                    sb.Append('_');
                }

                sb.Append(char.ToLowerInvariant(c));
                previousUpper = true;
            }
            else
            {
                sb.Append(c);
                previousUpper = false;
            }
        }

        return sb.ToString();
    }
}
