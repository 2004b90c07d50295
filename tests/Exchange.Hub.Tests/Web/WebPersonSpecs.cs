using System.Security.Claims;
using Exchange.Hub.Web;

namespace Exchange.Hub.Tests.Web;

/// <summary>Who the layout says is signed in: the same claims as a bearer token, and the console's navigation only for
/// officers and administrators.</summary>
public sealed class WebPersonSpecs
{
    [Fact]
    public void The_person_is_read_from_the_tokens_claims_or_the_frameworks_claim_types()
    {
        var officer = WebPerson.From(Signed(new Claim("sub", "lv-officer"), new Claim("name", "Ilze Bērziņa"), new Claim("role", "officer"), new Claim("commission", "true")));
        var admin = WebPerson.From(Signed(new Claim(ClaimTypes.NameIdentifier, "lv-admin"), new Claim(ClaimTypes.Role, "admin")));
        var learner = WebPerson.From(Signed(new Claim("sub", "lv-learner"), new Claim("name", "Anna Kalniņa"), new Claim("role", "learner")));

        Assert.Equal(new WebPerson("Ilze Bērziņa", "officer", true), officer);
        Assert.Equal(new WebPerson("lv-admin", "admin", false), admin);
        Assert.Equal((true, true, false), (officer!.SeesConsole, admin!.SeesConsole, learner!.SeesConsole));
    }

    [Theory]
    [InlineData("officer", "/console", false, false)]
    [InlineData("admin", "/console", false, false)]
    [InlineData("learner", "/my", true, false)]
    [InlineData("institution", "/university", false, true)]
    [InlineData("auditor", null, false, false)]
    public void Each_role_has_its_home_and_navigation(string role, string? home, bool learnerPages, bool universityPages)
    {
        var person = new WebPerson("Someone", role, false);

        Assert.Equal((home, learnerPages, universityPages), (person.Home, person.SeesLearnerPages, person.SeesUniversityPages));
    }

    [Fact]
    public void Nobody_is_shown_for_an_anonymous_request_or_a_principal_without_a_role()
    {
        Assert.Null(WebPerson.From(new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "x"), new Claim("role", "officer")]))));
        Assert.Null(WebPerson.From(Signed(new Claim("sub", "x"))));
    }

    private static ClaimsPrincipal Signed(params Claim[] claims) => new(new ClaimsIdentity(claims, authenticationType: "test"));
}
