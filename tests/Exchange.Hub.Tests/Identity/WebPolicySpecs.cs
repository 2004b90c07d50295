using System.Security.Claims;
using Exchange.Hub.Hosting;
using Exchange.Hub.Identity.WebSignIn;
using Exchange.Hub.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Exchange.Hub.Tests.Identity;

/// <summary>Who the console's policies let in, as registered for the web cookie.</summary>
public sealed class WebPolicySpecs
{
    private readonly IAuthorizationService _authorization;

    public WebPolicySpecs()
    {
        var services = new ServiceCollection().AddLogging();
        WebSignInRegistration.Add(services, new HubOptions(), new Uri("https://127.0.0.1:5101/"), certificate: null, external: null);
        _authorization = services.BuildServiceProvider().GetRequiredService<IAuthorizationService>();
    }

    [Theory]
    [InlineData("officer", false, true, true, false)]
    [InlineData("officer", true, true, true, true)]
    [InlineData("admin", false, true, false, false)]
    [InlineData("learner", false, false, false, false)]
    [InlineData("institution", false, false, false, false)]
    public async Task Officers_read_and_decide_administrators_read_commission_members_vote(string role, bool commission, bool read, bool decide, bool vote)
    {
        var claims = new List<Claim> { new("sub", "someone"), new("role", role) };
        if (commission)
        {
            claims.Add(new Claim("commission", "true"));
        }

        var person = new ClaimsPrincipal(new ClaimsIdentity(claims, WebAuth.CookieScheme, "name", "role"));

        Assert.Equal(read, (await _authorization.AuthorizeAsync(person, WebAuth.ConsoleRead)).Succeeded);
        Assert.Equal(decide, (await _authorization.AuthorizeAsync(person, WebAuth.ConsoleDecide)).Succeeded);
        Assert.Equal(vote, (await _authorization.AuthorizeAsync(person, WebAuth.CommissionVote)).Succeeded);
    }

    [Theory]
    [InlineData("learner", "learner", "UA-L-000101", true, false)]
    [InlineData("learner", "learner", "", false, false)]
    [InlineData("learner", null, null, false, false)]
    [InlineData("institution", "institution", "UA-KNU", false, true)]
    [InlineData("institution", "institution", " ", false, false)]
    [InlineData("institution", null, null, false, false)]
    [InlineData("officer", "institution", "UA-KNU", false, false)]
    [InlineData("admin", "learner", "UA-L-000101", false, false)]
    public async Task Learners_pages_need_a_learner_id_and_universities_pages_an_institution_id(string role, string? claim, string? value, bool learnerPages, bool universityPages)
    {
        var claims = new List<Claim> { new("sub", "someone"), new("role", role) };
        if (claim is not null)
        {
            claims.Add(new Claim(claim, value!));
        }

        var person = new ClaimsPrincipal(new ClaimsIdentity(claims, WebAuth.CookieScheme, "name", "role"));

        Assert.Equal(learnerPages, (await _authorization.AuthorizeAsync(person, WebAuth.LearnerPages)).Succeeded);
        Assert.Equal(universityPages, (await _authorization.AuthorizeAsync(person, WebAuth.UniversityPages)).Succeeded);
    }

    [Fact]
    public async Task Nobody_who_has_not_signed_in_passes_any_console_policy()
    {
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity([new Claim("role", "officer")]));

        Assert.False((await _authorization.AuthorizeAsync(anonymous, WebAuth.ConsoleRead)).Succeeded);
        Assert.False((await _authorization.AuthorizeAsync(new ClaimsPrincipal(new ClaimsIdentity([new Claim("role", "learner"), new Claim("learner", "L-1")])), WebAuth.LearnerPages)).Succeeded);
    }
}
