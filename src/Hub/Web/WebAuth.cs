namespace Exchange.Hub.Web;
/// <summary>Authentication scheme and policy names of the hub's web pages; the sign-in itself is wired in Identity.</summary>
public static class WebAuth
{
    /// <summary>The session cookie of a person signed in to the hub's web pages.</summary>
    public const string CookieScheme = "exchange.web";
    /// <summary>OpenID Connect sign-in (the hub's own provider or the country's configured one).</summary>
    public const string OidcScheme = "exchange.oidc";
    /// <summary>Officers and the centre's administrators (read-only) may open the console.</summary>
    public const string ConsoleRead = "console.read";
    /// <summary>Officers only: take, decide, start commissions.</summary>
    public const string ConsoleDecide = "console.decide";
    /// <summary>Commission members: vote.</summary>
    public const string CommissionVote = "console.vote";
    /// <summary>Learners (role learner with a <c>learner</c> claim): their own credentials, shares and records,
    /// pages under <c>/My</c>.</summary>
    public const string LearnerPages = "web.learner";
    /// <summary>Universities (role institution with an <c>institution</c> claim): their institution's recognition
    /// cases, pages under <c>/University</c>.</summary>
    public const string UniversityPages = "web.university";
}
