using System.Security.Claims;
using Exchange.Hub.Identity;
using Exchange.Hub.Identity.WebSignIn;

namespace Exchange.Hub.Tests.Identity;

public sealed class ExternalClaimMappingSpecs
{
    [Fact]
    public void The_providers_claims_become_the_hubs_by_the_configured_names_and_values()
    {
        var identity = new ClaimsIdentity([
            new Claim("sub", "49001011234"), new Claim("name", "Oksana K."), new Claim("groups", "staff"), new Claim("groups", "recognition-officers"),
            new Claim("org_id", "UA-KNU"), new Claim("board", "yes"), new Claim("role", "admin"),
        ], "external");
        var map = new ExternalClaimOptions
        {
            Role = "groups",
            RoleValues = { ["recognition-officers"] = "officer" },
            Institution = "org_id",
            Commission = "board",
            CommissionValue = "yes",
        };

        ExternalClaimMapping.Apply(identity, map);

        Assert.Equal("49001011234", identity.FindFirst("sub")?.Value);
        Assert.Equal(["officer"], identity.FindAll("role").Select(c => c.Value));
        Assert.Equal("UA-KNU", identity.FindFirst("institution")?.Value);
        Assert.Equal("true", identity.FindFirst("commission")?.Value);
    }

    [Fact]
    public void A_role_value_the_map_does_not_name_gives_no_role_even_under_the_hubs_own_claim_name()
    {
        var identity = new ClaimsIdentity([new Claim("sub", "x"), new Claim("role", "admin"), new Claim("commission", "true")], "external");
        var map = new ExternalClaimOptions { RoleValues = { ["officer"] = "officer" }, Commission = "board" };

        ExternalClaimMapping.Apply(identity, map);

        Assert.Null(identity.FindFirst("role"));
        Assert.Null(identity.FindFirst("commission"));
    }

    [Fact]
    public void Without_a_value_map_only_values_that_are_hub_roles_pass()
    {
        var officer = new ClaimsIdentity([new Claim("sub", "x"), new Claim("role", "officer")], "external");
        var superuser = new ClaimsIdentity([new Claim("sub", "y"), new Claim("role", "superuser")], "external");

        ExternalClaimMapping.Apply(officer, new ExternalClaimOptions());
        ExternalClaimMapping.Apply(superuser, new ExternalClaimOptions());

        Assert.Equal("officer", officer.FindFirst("role")?.Value);
        Assert.Null(superuser.FindFirst("role"));
    }
}
