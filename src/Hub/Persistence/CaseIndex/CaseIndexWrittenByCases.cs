using Exchange.Hub.Grains.Recognition;

namespace Exchange.Hub.Persistence.CaseIndex;

/// <summary>For an index the grain storage knows nothing of (PostgreSQL beside Orleans' ADO.NET storage, or any index
/// beside memory storage in tests): the case writes its row itself, before its first state write and after each
/// stored change.</summary>
internal sealed class CaseIndexWrittenByCases(ICaseIndex index) : ICaseIndexWriter
{
    public Task WriteRowAsync(RecognitionCaseState state) => index.UpsertAsync(state.RequesterInstitutionId, CaseListEntry.From(state));

    public Task HandedOverAsync(string institutionId, string caseId) => index.HandedOverAsync(institutionId, caseId);
}
