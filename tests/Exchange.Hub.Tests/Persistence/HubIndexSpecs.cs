using Exchange.Adapters.Recognition;
using Exchange.Hub.Grains.Federation;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Registry;
using Exchange.Hub.Grains.Review;
using Exchange.Hub.Persistence.Indexes;
using Orleans.Serialization;

namespace Exchange.Hub.Tests.Persistence;

/// <summary>What the index tables beside the case index do, whatever the database: the embedded SQLite file and
/// PostgreSQL run the same specifications. Each spec has a database of its own.</summary>
public abstract class HubIndexSpecs
{
    private static readonly DateTimeOffset Start = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);

    private protected abstract Task<IndexDatabase> DatabaseAsync();

    private protected abstract Serializer<T> Serializer<T>();

    [Fact]
    public async Task A_directory_lists_its_items_by_id_and_a_change_replaces_the_item()
    {
        var database = await DatabaseAsync();
        var institutions = new SqlRegistryDirectory<InstitutionSummary>(database, Serializer<InstitutionSummary>());
        var programmes = new SqlRegistryDirectory<ProgrammeSummary>(database, Serializer<ProgrammeSummary>());
        await institutions.UpsertAsync("UA-knu", Institution("UA-knu", active: true));
        await institutions.UpsertAsync("UA-Zed", Institution("UA-Zed", active: true));
        await institutions.UpsertAsync("UA-knu", Institution("UA-knu", active: false));
        await programmes.UpsertAsync("P-1", new ProgrammeSummary("P-1", "UA-KNU", 1, [new TextValue("en", "Law")], ProgrammeListing.Listed, null));

        var listed = await institutions.ListAsync();

        // Code-point order (upper-case letters before lower-case), as StringComparer.Ordinal sorts, whatever the collation.
        Assert.Equal(["UA-Zed", "UA-knu"], listed.Select(i => i.InstitutionId));
        Assert.False(listed[1].Active);
        Assert.Equal(["en:Law"], (await programmes.ListAsync()).SelectMany(p => p.Titles).Select(t => $"{t.Language}:{t.Text}"));
    }

    [Fact]
    public async Task The_open_registry_is_searched_by_its_columns_and_titles_newest_first()
    {
        var registry = new SqlOpenRegistry(await DatabaseAsync(), Serializer<OpenRegistryItem>());
        await registry.UpsertAsync(Line("c-1", "KZ-1", "inst-a", "prog-x", issuedAfter: 1, "Data analysis"));
        await registry.UpsertAsync(Line("c-2", "KZ-2", "inst-a", "prog-y", issuedAfter: 2, "Constitutional law"));
        await registry.UpsertAsync(Line("c-3", "KZ-3", "inst-b", "prog-x", issuedAfter: 2, "Data science"));
        await registry.UpsertAsync(Line("c-1", "KZ-1", "inst-a", "prog-x", issuedAfter: 1, "Data analysis") with { RevokedAt = Start.AddDays(5) });

        Assert.Equal(["KZ-2", "KZ-3", "KZ-1"], await Numbers(new OpenRegistryFilter()));
        Assert.Equal(["KZ-2", "KZ-1"], await Numbers(new OpenRegistryFilter(InstitutionId: "inst-a")));
        Assert.Equal(["KZ-3", "KZ-1"], await Numbers(new OpenRegistryFilter(ProgrammeId: "prog-x")));
        Assert.Equal(["KZ-3"], await Numbers(new OpenRegistryFilter(RegistryNumber: "KZ-3")));
        Assert.Equal(["KZ-3", "KZ-1"], await Numbers(new OpenRegistryFilter(TitleContains: "DATA")));
        Assert.Equal(["KZ-1"], await Numbers(new OpenRegistryFilter(IssuedFrom: Start.AddDays(1), IssuedTo: Start.AddDays(2))));
        Assert.Equal(CredentialState.Revoked, (await registry.SearchAsync(new OpenRegistryFilter(RegistryNumber: "KZ-1")))[0].StateAt(Start.AddDays(6)));

        async Task<IEnumerable<string>> Numbers(OpenRegistryFilter filter) => (await registry.SearchAsync(filter)).Select(i => i.Entry.RegistryNumber);
    }

    [Fact]
    public async Task The_queue_keeps_the_newest_version_and_a_removal_is_not_undone_by_an_older_upsert()
    {
        var queue = new SqlReviewQueue(await DatabaseAsync(), Serializer<ReviewQueueEntry>());
        await queue.UpsertAsync(Entry("case-1", version: 3, receivedAfter: 0));
        await queue.UpsertAsync(Entry("case-1", version: 2, receivedAfter: 0) with { AssignedOfficerId = "stale" });
        await queue.UpsertAsync(Entry("case-2", version: 1, receivedAfter: 1));
        await queue.RemoveAsync("case-2", 4);
        await queue.UpsertAsync(Entry("case-2", version: 4, receivedAfter: 1));
        await queue.RemoveAsync("case-1", 2);

        var page = await queue.ListAsync(All(), Start);

        Assert.Equal(["case-1"], page.Items.Select(e => e.CaseId));
        Assert.Null(page.Items[0].AssignedOfficerId);
        await queue.UpsertAsync(Entry("case-2", version: 5, receivedAfter: 1));
        await queue.RemoveAsync("case-1", 3);
        Assert.Equal(["case-2"], (await queue.ListAsync(All(), Start)).Items.Select(e => e.CaseId));
    }

    [Fact]
    public async Task The_queue_filters_orders_and_counts_as_the_console_asks()
    {
        var queue = new SqlReviewQueue(await DatabaseAsync(), Serializer<ReviewQueueEntry>());
        var now = Start.AddDays(40);
        await queue.UpsertAsync(Entry("old-late", 1, receivedAfter: 0, deadlineAfter: 30, flagged: [Criterion.Level], officer: "o-1"));
        await queue.UpsertAsync(Entry("old-flagged-overdue", 1, receivedAfter: 1, flagged: [Criterion.Workload]) with { Overdue = true });
        await queue.UpsertAsync(Entry("new-appeal", 1, receivedAfter: 35, deadlineAfter: 60) with { IsAppeal = true, Purpose = RecognitionPurpose.Employment });
        await queue.UpsertAsync(Entry("new", 1, receivedAfter: 39, deadlineAfter: 50));

        var byDeadline = await queue.ListAsync(All(), now);
        Assert.Equal(["old-late", "new", "new-appeal", "old-flagged-overdue"], byDeadline.Items.Select(e => e.CaseId));
        Assert.Equal((4, 2, null), (byDeadline.Total, byDeadline.OverdueCount, byDeadline.Next));
        Assert.Equal(["old-late", "old-flagged-overdue", "new-appeal", "new"], await Ids(All() with { OldestFirst = true }));
        Assert.Equal(["old-late", "old-flagged-overdue"], await Ids(All() with { Flagged = [Criterion.Level, Criterion.Workload] }));
        Assert.Equal(["old-late", "old-flagged-overdue"], await Ids(All() with { MinAgeDays = 39 }));
        Assert.Equal(["old-late", "old-flagged-overdue"], await Ids(All() with { OverdueOnly = true }));
        Assert.Equal(["old-late", "new"], await Ids(All() with { DeadlineBefore = Start.AddDays(55) }));
        Assert.Equal(["old-late"], await Ids(All() with { AssignedTo = "o-1" }));
        Assert.Equal(["new", "new-appeal", "old-flagged-overdue"], await Ids(All() with { UnassignedOnly = true }));
        Assert.Equal(["new-appeal"], await Ids(All() with { AppealsOnly = true }));
        Assert.Equal(["new-appeal"], await Ids(All() with { Purpose = RecognitionPurpose.Employment }));
        var filtered = await queue.ListAsync(All() with { AppealsOnly = true }, now);
        Assert.Equal((1, 2), (filtered.Total, filtered.OverdueCount));

        async Task<IEnumerable<string>> Ids(ReviewQueueQuery query) => (await queue.ListAsync(query, now)).Items.Select(e => e.CaseId);
    }

    [Fact]
    public async Task The_queue_filters_by_a_country_any_credential_comes_from_and_fills_rows_stored_without_it()
    {
        var database = await DatabaseAsync();
        var queue = new SqlReviewQueue(database, Serializer<ReviewQueueEntry>());
        await queue.UpsertAsync(Entry("from-kz", 1, receivedAfter: 0));
        await queue.UpsertAsync(Entry("from-ua-and-lv", 1, receivedAfter: 1) with { IssuingCountries = ["UA", "LV"] });
        await queue.UpsertAsync(Entry("from-lv", 1, receivedAfter: 2) with { IssuingCountries = ["lv"] });

        Assert.Equal(["from-ua-and-lv", "from-lv"], await Ids(All() with { OriginCountry = "LV" }));
        Assert.Equal(["from-kz"], await Ids(All() with { OriginCountry = "KZ" }));
        Assert.Empty(await Ids(All() with { OriginCountry = "EE" }));

        // A row stored before the column existed holds no countries until the queue fills it from its entry.
        await database.ExecuteAsync($"UPDATE {ReviewQueueSql.Table} SET origin_countries = NULL WHERE case_id <> 'from-lv'", _ => { });
        Assert.Equal(["from-lv"], await Ids(All() with { OriginCountry = "LV" }));
        Assert.Equal(2, await queue.FillOriginCountriesAsync());
        Assert.Equal(["from-ua-and-lv", "from-lv"], await Ids(All() with { OriginCountry = "LV" }));
        Assert.Equal(0, await queue.FillOriginCountriesAsync());

        async Task<IEnumerable<string>> Ids(ReviewQueueQuery query) => (await queue.ListAsync(query, Start)).Items.Select(e => e.CaseId);
    }

    [Fact]
    public async Task A_long_queue_is_paged_by_keyset_so_cases_joining_before_the_cursor_shift_no_page()
    {
        var queue = new SqlReviewQueue(await DatabaseAsync(), Serializer<ReviewQueueEntry>());
        const int Cases = 2_500;
        // Many cases share a deadline and an arrival instant: the case id breaks the tie.
        await Task.WhenAll(Enumerable.Range(0, Cases).Select(i =>
            queue.UpsertAsync(Entry($"case-{i:D5}", 1, receivedAfter: i % 7, deadlineAfter: i % 3 == 0 ? null : 30 + (i % 11)))));
        var expected = (await queue.ListAsync(All() with { PageSize = Cases }, Start)).Items.Select(e => e.CaseId).ToList();

        var seen = new List<string>();
        ReviewQueueCursor? after = null;
        var pages = 0;
        do
        {
            var page = await queue.ListAsync(All() with { After = after, PageSize = 100 }, Start);
            Assert.Equal(Cases + pages, page.Total);
            seen.AddRange(page.Items.Select(e => e.CaseId));
            after = page.Next;
            // A case that sorts before every other joins between pages: an offset would now repeat a case.
            await queue.UpsertAsync(Entry($"early-{pages++:D3}", 1, receivedAfter: 0, deadlineAfter: 1));
        }
        while (after is not null);

        Assert.Equal(Cases / 100, pages);
        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task An_outbox_keeps_each_peers_messages_in_sequence_until_dropped_through_a_sequence()
    {
        var outbox = new SqlPeerOutbox(await DatabaseAsync(), Serializer<OutboxEntry>());
        await outbox.AppendAsync("hub-kz", [Message("m-2", 2), Message("m-1", 1)]);
        await outbox.AppendAsync("hub-kz", [Message("m-3", 3), Message("m-1-again", 1)]);
        await outbox.AppendAsync("hub-ua", [Message("u-1", 1)]);
        await outbox.AppendAsync("hub-ua", []);
        await outbox.UpdateAsync("hub-kz", Message("m-1", 1) with { Attempts = 2, LastError = "unreachable" });

        var pending = await outbox.PendingAsync("hub-kz");
        Assert.Equal(["m-1", "m-2", "m-3"], pending.Select(e => e.MessageId));
        Assert.Equal((2, "unreachable"), (pending[0].Attempts, pending[0].LastError));
        Assert.Equal([7, 7, 7], pending[1].Message.Body);

        await outbox.RemoveThroughAsync("hub-kz", 2);

        Assert.Equal(["m-3"], (await outbox.PendingAsync("hub-kz")).Select(e => e.MessageId));
        Assert.Equal(["u-1"], (await outbox.PendingAsync("hub-ua")).Select(e => e.MessageId));
    }

    private static OutboxEntry Message(string id, long sequence) =>
        new(id, sequence, new OutboxMessage(OutboxMessageKind.RecognitionDecision, [7, 7, 7]), Start.AddMinutes(sequence));

    private static ReviewQueueQuery All() => new([], 0, null, false, null, false, false, null, false, null, 100);

    private static ReviewQueueEntry Entry(string caseId, long version, int receivedAfter, int? deadlineAfter = null,
        IReadOnlyList<Criterion>? flagged = null, string? officer = null) => new(
        caseId, version, CaseStatus.InReview, RecognitionPurpose.CreditTransfer, "Informatics", "LV-LU",
        [[new LocalText("en", "Data analysis")]], ["KZ"], flagged ?? [], Start.AddDays(receivedAfter),
        deadlineAfter is { } d ? Start.AddDays(d) : null, false, officer, false, false);

    private static InstitutionSummary Institution(string id, bool active) =>
        new(id, [new TextValue("en", id)], id, [InstitutionCapability.Issuer], active);

    private static OpenRegistryItem Line(string credentialId, string number, string institution, string programme, int issuedAfter, string title) =>
        new(new OpenRegistryEntryData(number, credentialId, institution, programme, Start.AddDays(issuedAfter), [new TextValue("en", title)], [1, 2, 3]),
            null, null);
}
