using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Persistence.Embedded;
using Exchange.Hub.Tests.Recognition;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;

namespace Exchange.Hub.Tests.Persistence;

/// <summary>The embedded hub's state payloads are Orleans' storage format, byte for byte, however often a thread
/// reuses its buffer.</summary>
public sealed class StatePayloadSerializerSpecs : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddSerializer().BuildServiceProvider();

    [Fact]
    public void A_payload_is_byte_for_byte_what_the_Orleans_storage_serializer_writes_and_each_reads_the_other()
    {
        var payloads = new StatePayloadSerializer(_services.GetRequiredService<Serializer>());
        var orleans = new OrleansGrainStorageSerializer(_services.GetRequiredService<Serializer>());
        var state = Case("KZ-1", notes: 40);

        var written = payloads.Serialize(state);

        Assert.Equal(orleans.Serialize(state).ToArray(), written);
        Assert.Equal(state.Journal.Count, orleans.Deserialize<RecognitionCaseState>(new BinaryData(written))!.Journal.Count);
        Assert.Equal("KZ-1", payloads.Deserialize<RecognitionCaseState>(orleans.Serialize(state).ToArray()).CaseId);
    }

    [Fact]
    public void A_small_state_written_after_a_large_one_on_the_same_thread_carries_nothing_of_it()
    {
        var payloads = new StatePayloadSerializer(_services.GetRequiredService<Serializer>());
        var fresh = new OrleansGrainStorageSerializer(_services.GetRequiredService<Serializer>());
        var small = Case("KZ-2", notes: 1);

        payloads.Serialize(Case("KZ-LARGE", notes: 500));
        var written = payloads.Serialize(small);

        Assert.Equal(fresh.Serialize(small).ToArray(), written);
    }

    public void Dispose() => _services.Dispose();

    private static RecognitionCaseState Case(string caseId, int notes)
    {
        var state = new RecognitionCaseState { CaseId = caseId, Submission = CaseSamples.Submission(caseId, "UA-CRED-1"), Status = CaseStatus.Received, Version = 1 };
        for (var i = 0; i < notes; i++)
        {
            state.Journal.Add(new CaseJournalEntry(i + 1, DateTimeOffset.UnixEpoch.AddMinutes(i), CaseActor.System, null, CaseStatus.Received, "noted", new string('x', 100) + i));
        }

        return state;
    }
}
