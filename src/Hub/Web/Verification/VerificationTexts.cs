namespace Exchange.Hub.Web.Verification;

/// <summary>The verification page's translations: <c>IStringLocalizer&lt;VerificationTexts&gt;</c> reads
/// <c>Web/Resources/Web/Verification/VerificationTexts.&lt;uk|kk|ru|lv&gt;.resx</c>, whose keys are the English texts of
/// <see cref="VerificationWords"/> and of the page itself.</summary>
public sealed class VerificationTexts;
