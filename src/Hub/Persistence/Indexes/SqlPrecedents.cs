using System.Globalization;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Review;
using static Exchange.Hub.Persistence.SqlParameters;

namespace Exchange.Hub.Persistence.Indexes;

/// <summary>The precedents as rows of <see cref="PrecedentSql.Table"/>: a case's decisions are stored in one
/// transaction; a lookup is one indexed query.</summary>
internal sealed class SqlPrecedents(IndexDatabase database) : IPrecedents
{
    public Task RecordAsync(IReadOnlyList<Precedent> decisions) =>
        database.ExecuteEachAsync(PrecedentSql.Upsert, [.. decisions.Select(d => (Action<System.Data.Common.DbCommand>)(command =>
            PrecedentSql.BindUpsert(command, database.ServiceId, d)))]);

    public async Task<IReadOnlyList<PrecedentMatch>> ForAsync(PrecedentSubject subject, string excludingCaseId, int limit)
    {
        if (!subject.IsKnown || limit <= 0)
        {
            return [];
        }

        var rows = await database.ReadAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            PrecedentSql.BindForSubject(command, database.ServiceId, subject, excludingCaseId, Math.Min(limit, IPrecedents.MaxMatches));
            return await PrecedentSql.ReadAllAsync(command);
        });
        return [.. rows.Select(p => new PrecedentMatch(p, subject.SameProgrammeAs(p.Subject)))];
    }

    public Task<PrecedentPage> DecidedAsync(int offset, int pageSize)
    {
        offset = Math.Max(0, offset);
        pageSize = Math.Clamp(pageSize, 1, IPrecedents.MaxPageSize);
        return database.ReadAsync(async connection =>
        {
            await using var count = connection.CreateCommand();
            await using var page = connection.CreateCommand();
            PrecedentSql.BindDecided(count, page, database.ServiceId, offset, pageSize);
            var total = Convert.ToInt32(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
            return new PrecedentPage(await PrecedentSql.ReadAllAsync(page), total, offset, pageSize);
        });
    }

    public Task<IReadOnlyList<string>> UnrecordedCasesAsync(CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<string>>(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = PrecedentSql.Unrecorded;
            Add(command, "@service", database.ServiceId);
            Add(command, "@decided", (int)CaseStatus.Decided);
            Add(command, "@appealed", (int)CaseStatus.Appealed);
            var cases = new List<string>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                cases.Add(reader.GetString(0));
            }

            return cases;
        });
}
