using Exchange.Adapters.Recognition;
using Exchange.Hub.Grains.Recognition;

namespace Exchange.Hub.Tests.Persistence;

/// <summary>What every case index does, whatever the database: the embedded SQLite file and PostgreSQL run the same
/// specifications.</summary>
public abstract class CaseIndexSpecs
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    protected abstract Task<ICaseIndex> IndexAsync();

    [Fact]
    public async Task A_newer_version_replaces_the_row_and_an_older_or_equal_one_changes_nothing()
    {
        var index = await IndexAsync();
        var institution = Unique("UNI");
        await index.UpsertAsync(institution, Entry("c1", 3, CaseStatus.Decided, 0));

        await index.UpsertAsync(institution, Entry("c1", 2, CaseStatus.Received, 0));
        await index.UpsertAsync(institution, Entry("c1", 3, CaseStatus.InReview, 0));
        Assert.Equal(0, (await index.ListAsync(institution, Query(CaseStatus.Received))).Total);
        Assert.Equal(0, (await index.ListAsync(institution, Query(CaseStatus.InReview))).Total);

        await index.UpsertAsync(institution, Entry("c1", 4, CaseStatus.Appealed, 0));
        Assert.Equal(["c1"], (await index.ListAsync(institution, Query(CaseStatus.Appealed))).CaseIds);
    }

    [Fact]
    public async Task An_institution_sees_its_own_cases_newest_first_filtered_and_paged()
    {
        var index = await IndexAsync();
        var institution = Unique("UNI");
        var other = Unique("OTHER");
        await index.UpsertAsync(institution, Entry("b", 1, CaseStatus.Decided, 1));
        await index.UpsertAsync(institution, Entry("a", 1, CaseStatus.Decided, 1));
        await index.UpsertAsync(institution, Entry("c", 1, CaseStatus.InReview, 2, RecognitionPurpose.Employment));
        await index.UpsertAsync(institution, Entry("d", 1, CaseStatus.Received, 0));
        await index.UpsertAsync(other, Entry("x", 1, CaseStatus.Decided, 3));

        var first = await index.ListAsync(institution, Query() with { PageSize = 3 });
        Assert.Equal(["c", "a", "b"], first.CaseIds);
        Assert.Equal((4, 3), (first.Total, first.NextOffset));
        var second = await index.ListAsync(institution, Query() with { Offset = 3, PageSize = 3 });
        Assert.Equal(["d"], second.CaseIds);
        Assert.Null(second.NextOffset);

        Assert.Equal(["a", "b"], (await index.ListAsync(institution, Query(CaseStatus.Decided))).CaseIds);
        Assert.Equal(["c", "d"], (await index.ListAsync(institution, Query(CaseStatus.InReview, CaseStatus.Received))).CaseIds);
        Assert.Equal(["c"], (await index.ListAsync(institution, Query() with { Purpose = RecognitionPurpose.Employment })).CaseIds);
        Assert.Equal(["c"], (await index.ListAsync(institution, Query() with { UpdatedSince = Start.AddMinutes(2) })).CaseIds);
        Assert.Equal(["x"], (await index.ListAsync(other, Query())).CaseIds);
    }

    [Fact]
    public async Task Received_and_waiting_cases_are_unfinished_until_they_move_on_or_are_removed()
    {
        var index = await IndexAsync();
        var institution = Unique("UNI");
        var received = Unique("received");
        var waiting = Unique("waiting");
        var decided = Unique("decided");
        await index.UpsertAsync(institution, Entry(received, 1, CaseStatus.Received, 0));
        await index.UpsertAsync(institution, Entry(waiting, 2, CaseStatus.WaitingForPeer, 0));
        await index.UpsertAsync(institution, Entry(decided, 2, CaseStatus.Decided, 0));

        var unfinished = await index.UnfinishedAsync(CancellationToken.None);
        Assert.Contains(new IndexedCase(institution, received), unfinished);
        Assert.Contains(new IndexedCase(institution, waiting), unfinished);
        Assert.DoesNotContain(unfinished, c => c.CaseId == decided);

        await index.UpsertAsync(institution, Entry(waiting, 3, CaseStatus.Decided, 0));
        await index.RemoveAsync(institution, received);
        unfinished = await index.UnfinishedAsync(CancellationToken.None);
        Assert.DoesNotContain(unfinished, c => c.InstitutionId == institution);
        Assert.Equal(2, (await index.ListAsync(institution, Query())).Total);
    }

    [Fact]
    public async Task A_case_is_found_by_its_credentials_only_under_the_hub_that_issued_them()
    {
        var index = await IndexAsync();
        var institution = Unique("UNI");
        var first = Unique("UA-CRED") + "-a";
        var second = first[..^1] + "b";
        await index.UpsertAsync(institution, Entry("c1", 1, CaseStatus.Received, 0) with { Credentials = [new("hub-ua", first)] });
        // Written again with every change, and once a supplement adds a credential: each credential's row stays one row.
        await index.UpsertAsync(institution, Entry("c1", 2, CaseStatus.InReview, 0) with { Credentials = [new("hub-ua", first), new("hub-ua", second)] });
        await index.UpsertAsync(institution, Entry("c1", 2, CaseStatus.InReview, 0) with { Credentials = [new("hub-ua", first), new("hub-ua", second)] });
        await index.UpsertAsync(institution, Entry("c2", 1, CaseStatus.Received, 1) with { Credentials = [new("hub-ua", first)] });

        Assert.Equal(
            [new CredentialCaseRow(first, "c2", institution), new CredentialCaseRow(first, "c1", institution), new CredentialCaseRow(second, "c1", institution)],
            await index.CasesOnCredentialsAsync("hub-ua", [first, second], CancellationToken.None));
        Assert.Empty(await index.CasesOnCredentialsAsync("hub-lv", [first, second], CancellationToken.None));

        await index.RemoveAsync(institution, "c2");
        Assert.Equal(["c1"], (await index.CasesOnCredentialsAsync("hub-ua", [first], CancellationToken.None)).Select(r => r.CaseId));
    }

    private static CaseListEntry Entry(string caseId, long version, CaseStatus status, int minute, RecognitionPurpose purpose = RecognitionPurpose.FurtherStudy) =>
        new(caseId, version, status, purpose, Start.AddMinutes(minute), Start.AddMinutes(minute));

    private static CaseListQuery Query(params CaseStatus[] statuses) => new(statuses, null, null, 0, 50);

    private static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}";
}
