namespace Exchange.Hub.Persistence.Migrations;

/// <summary>One numbered schema change of one SQL dialect: the script of its <c>NNNN_name.sql</c> file.</summary>
internal sealed record Migration(int Version, string Name, string Script);
