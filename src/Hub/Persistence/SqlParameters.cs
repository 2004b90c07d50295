using System.Data.Common;

namespace Exchange.Hub.Persistence;

/// <summary>Binds a parameter on any ADO.NET command, so statements shared by SQLite and PostgreSQL bind alike.</summary>
internal static class SqlParameters
{
    public static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
