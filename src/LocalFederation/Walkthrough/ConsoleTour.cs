using Exchange.LocalFederation.Launch;

namespace Exchange.LocalFederation.Walkthrough;

/// <summary>Where a newcomer goes next in a browser: each hub's console and the cases waiting there, the learner's pages
/// and share links, and the demo accounts with their passwords.</summary>
internal static class ConsoleTour
{
    /// <summary>The setting under which each hub seeds <c>seed/&lt;CC&gt;/accounts.json</c> into its own sign-in.</summary>
    public static readonly IReadOnlyDictionary<string, string> HubSettings = new Dictionary<string, string>
    {
        ["Hub__Identity__DemoAccounts"] = "true",
    };

    private const string LearnerAccount = "ua-learner";

    public static void Print(Narrator say, RunningFederation federation, RepositoryLayout layout, WaitingCases waiting)
    {
        say.Plain("");
        say.Plain("Open the officers' consoles in a browser (each hub has its own self-signed certificate: accept the warning,");
        say.Plain("or trust the hub's keys/tls-certificate.pem):");
        foreach (var hub in federation.Hubs)
        {
            var cc = hub.Country.ToLowerInvariant();
            var what = hub.HubId switch
            {
                "hub-lv" => $"case {waiting.LatvianQueueCaseId} waits in the queue: sign in as {cc}-officer, take it and decide",
                "hub-kz" => $"case {waiting.KazakhCommissionCaseId} is before a commission: sign in as {cc}-commission-1, -2 and -3 in turn and vote",
                _ => "the hub that issued the credential: its console is empty until a case is referred here",
            };
            say.Plain($"  {hub.HubId}  {new Uri(hub.HttpAddress, "console")}   {what}");
        }

        var ua = federation["hub-ua"];
        var learner = DemoAccounts.Read(layout.SeedFolder, ua.Country).Single(a => a.Username == LearnerAccount);
        say.Plain("");
        say.Plain($"The learner's pages: {new Uri(ua.HttpAddress, "my")}   sign in as {learner.Username} / {learner.Password}");
        say.Plain($"  a link anyone may open (the page that checks the credential): {waiting.Links.ForAnyone}");
        say.Plain($"  the link shared with hub-kz (it opens on hub-kz's pages):     {waiting.Links.ForKazakhstan}");

        say.Plain("");
        say.Plain("Demo accounts (username / password; from seed/<CC>/accounts.json, seeded because the hubs run with Hub__Identity__DemoAccounts=true):");
        foreach (var hub in federation.Hubs)
        {
            foreach (var account in DemoAccounts.Read(layout.SeedFolder, hub.Country))
            {
                say.Plain($"  {hub.HubId}  {account.Username,-18} {account.Password,-28} {account.Role}{(account.CommissionMember ? ", commission" : "")}: {account.DisplayName}");
            }
        }
    }
}
