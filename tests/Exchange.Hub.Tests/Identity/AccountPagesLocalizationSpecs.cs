using System.Globalization;
using System.Resources;
using Exchange.Hub.Hosting;

namespace Exchange.Hub.Tests.Identity;

/// <summary>The sign-in pages' translations are built where the view localizer looks for them
/// (<c>Web/Resources/&lt;view path&gt;.&lt;culture&gt;.resx</c>), in every interface language.</summary>
public sealed class AccountPagesLocalizationSpecs
{
    [Theory]
    [InlineData("uk", "Увійти")]
    [InlineData("kk", "Кіру")]
    [InlineData("ru", "Войти")]
    [InlineData("lv", "Pieteikties")]
    public void The_login_page_is_translated(string culture, string signIn)
    {
        var resources = new ResourceManager("Exchange.Hub.Web.Resources.Web.Pages.Account.Login", typeof(HubOptions).Assembly);

        Assert.Equal(signIn, resources.GetString("Sign in", CultureInfo.GetCultureInfo(culture)));
        Assert.NotEqual("The username or password is not correct.",
            resources.GetString("The username or password is not correct.", CultureInfo.GetCultureInfo(culture)));
    }
}
