using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Review;
using Exchange.Hub.Security;
using Exchange.Hub.Signing.KeyRing;
using Exchange.Hub.Web.Console;
using Exchange.Hub.Web.Console.Commissions;
using Google.Protobuf;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using V1 = Exchange.Contracts.V1;

namespace Exchange.Hub.Web.Pages.Console.Cases;

/// <summary>
/// A case's sealed commission protocol (/console/cases/{id}/protocol), printable (css/print.css). What is shown is
/// decoded from the protocol bytes exactly as sealed, and the seal is checked on every view against this hub's
/// attestation keys (<see cref="ProtocolSeal"/>); the page says whether it verified and under which key.
/// </summary>
public sealed class ProtocolModel(IGrainFactory grains, HubKeyRing keys) : PageModel
{
    public RecognitionCaseState Case { get; private set; } = null!;

    /// <summary>The protocol as sealed, or null when its bytes cannot be read as a protocol.</summary>
    public V1.CommissionProtocol? Protocol { get; private set; }

    public SealedProtocol? Seal { get; private set; }

    public ProtocolCheck? Check { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (await ConsoleCases.ReferredAsync(grains, id, CallerIdentity.From(User), HttpContext.RequestAborted) is not { } state)
        {
            return NotFound();
        }

        Case = state;
        if (state.SealedProtocol is { } seal)
        {
            Seal = seal;
            Check = ProtocolSeal.Check(seal, keys.AttestationKeys, state.Protocol?.ProducedAt ?? state.UpdatedAt);
            try
            {
                Protocol = V1.CommissionProtocol.Parser.ParseFrom(seal.ProtocolBytes);
            }
            catch (InvalidProtocolBufferException)
            {
                Protocol = null;
            }
        }

        return Page();
    }
}
