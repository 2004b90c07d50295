using Exchange.Hub.Errors;
using Exchange.Hub.Hosting;

namespace Exchange.Hub.Grains.Registry;

[GenerateSerializer, Alias("exchange.ProgrammeState")]
public sealed class ProgrammeState
{
    [Id(0)]
    public ProgrammeSnapshot? Programme { get; set; }

    [Id(1)]
    public long IndexedVersion { get; set; }
}

internal sealed class ProgrammeGrain(
    [PersistentState("programme", HubStorage.Name)] IPersistentState<ProgrammeState> state,
    TimeProvider time)
    : Grain, IProgrammeGrain
{
    /// <summary>The directory caught up with a version that is not yet in the stored state.</summary>
    private bool _indexedVersionUnsaved;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // A crash before the directory's catch-up was stored: upsert the same summary again (a repeat is harmless).
        if (state.State.Programme is { } p && state.State.IndexedVersion != p.Version)
        {
            await IndexAsync();
        }
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_indexedVersionUnsaved)
        {
            await state.WriteStateAsync(cancellationToken);
        }
    }

    public async Task<ProgrammeSnapshot> CreateAsync(ProgrammeProfile profile, CancellationToken cancellationToken)
    {
        if (state.State.Programme is not null)
        {
            throw new HubException(ErrorKind.AlreadyExists, "PROGRAMME_EXISTS", $"Programme {profile.ProgrammeId} is already registered.", "programme.programme_id");
        }

        var now = time.GetUtcNow();
        return await CommitAsync(new ProgrammeSnapshot(profile with { ProgrammeId = this.GetPrimaryKeyString() }, null, null, ProgrammeListing.Draft, null, null, now, 0));
    }

    public Task<ProgrammeSnapshot?> GetAsync(CancellationToken cancellationToken) => Task.FromResult(state.State.Programme);

    public async Task<ProgrammeSnapshot> UpdateAsync(ProgrammeProfile profile, long expectedVersion, CancellationToken cancellationToken)
    {
        var current = Require();
        if (expectedVersion != 0 && expectedVersion != current.Version)
        {
            throw new HubException(ErrorKind.FailedPrecondition, "VERSION_CONFLICT",
                $"The programme changed since version {expectedVersion} (now {current.Version}); read it again.", "expected_version");
        }

        return await CommitAsync(current with { Profile = profile with { ProgrammeId = current.Profile.ProgrammeId, InstitutionId = current.Profile.InstitutionId } });
    }

    public async Task<ProgrammeSnapshot> RecordReviewAsync(ProgrammeReviewRecord review, CancellationToken cancellationToken)
    {
        var current = Require();
        var now = time.GetUtcNow();
        var updated = review.Kind == ProgrammeReviewKind.Internal ? current with { InternalReview = review } : current with { ExternalReview = review };
        var listing = ProgrammeListingRule.Next(current.Listing, updated.InternalReview, updated.ExternalReview, now);
        updated = updated with { Listing = listing };
        if (listing == ProgrammeListing.Listed && current.RegistryNumber is null)
        {
            var sequence = RegistryNumbers.SequenceKey(current.Profile.Country, RegistryNumbers.Programme, now.Year);
            var number = await GrainFactory.Keyed<IRegistryNumberAllocatorGrain>(sequence).NextAsync(CancellationToken.None);
            updated = updated with { RegistryNumber = number, ListedAt = now };
        }

        return await CommitAsync(updated);
    }

    private ProgrammeSnapshot Require() =>
        state.State.Programme ?? throw new HubException(ErrorKind.NotFound, "PROGRAMME_NOT_FOUND", $"No programme {this.GetPrimaryKeyString()} is registered.", "programme_id");

    /// <summary>
    /// The change's one write, then the programme directory (another grain's store, so it cannot share the write).
    /// That the directory reached this version is kept in memory and stored with the next write or when the grain
    /// deactivates: a crash before then only makes the next activation upsert the same summary again.
    /// </summary>
    private async Task<ProgrammeSnapshot> CommitAsync(ProgrammeSnapshot next)
    {
        state.State.Programme = next with { UpdatedAt = time.GetUtcNow(), Version = next.Version + 1 };
        await state.WriteStateAsync();
        _indexedVersionUnsaved = false;
        await IndexAsync();
        return state.State.Programme;
    }

    private async Task IndexAsync()
    {
        var programme = state.State.Programme!;
        await GrainFactory.Keyed<IProgrammeDirectoryGrain>(RegistryDirectory.Key).UpsertAsync(programme.ToSummary());
        state.State.IndexedVersion = programme.Version;
        _indexedVersionUnsaved = true;
    }
}
