using Exchange.Hub.Security;
using Exchange.Hub.Web.University;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Exchange.Hub.Web.Pages.University;

/// <summary>
/// A case's status as server-sent events (/university/cases/{caseId}/events), fed by the case grain's long poll as
/// the API's WatchRecognitionCase is: the current status first, then one event per stored change, a comment line
/// while nothing changes, and the end once the case is final. Another institution's case is not found.
/// </summary>
public sealed class EventsModel(IGrainFactory grains) : PageModel
{
    /// <summary>As the API's watch: a poll ends after this long unanswered, and the stream says it is alive.</summary>
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(15);

    public async Task<IActionResult> OnGetAsync(string caseId)
    {
        var gone = HttpContext.RequestAborted;
        var state = await UniversityCases.FindAsync(grains, caseId, CallerIdentity.From(User), gone);
        if (state is null)
        {
            return NotFound();
        }

        Response.ContentType = "text/event-stream; charset=utf-8";
        Response.Headers.CacheControl = "no-cache, no-store";
        // Each event goes out as it is written, not when a buffer fills (nor held back by a proxy that honours this).
        Response.Headers["X-Accel-Buffering"] = "no";
        HttpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var grain = UniversityCases.Case(grains, caseId);
        try
        {
            await Response.WriteAsync(CaseLiveUpdate.RetryLine(), gone);
            var sent = -1L;
            while (!gone.IsCancellationRequested)
            {
                await Response.WriteAsync(state.Version != sent ? CaseLiveUpdate.Of(state).ToEvent() : CaseLiveUpdate.KeepAlive, gone);
                await Response.Body.FlushAsync(gone);
                sent = state.Version;
                if (state.IsFinal)
                {
                    break;
                }

                // The grain ends the poll as soon as the browser goes away.
                state = await grain.WaitForChangeAsync(state.Version, Poll, gone);
            }
        }
        catch (OperationCanceledException) when (gone.IsCancellationRequested)
        {
        }

        return new EmptyResult();
    }
}
