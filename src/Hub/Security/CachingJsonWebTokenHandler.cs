using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Exchange.Hub.Security;

/// <summary>The JSON Web Token handler of the hub's bearer authentication: answers from the
/// <see cref="ValidatedTokenCache"/> for a token it has already validated, and validates every other token in full.</summary>
public sealed class CachingJsonWebTokenHandler(ValidatedTokenCache cache) : JsonWebTokenHandler
{
    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        if (!string.IsNullOrEmpty(token) && cache.Find(token) is { } earlier)
        {
            return earlier;
        }

        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid)
        {
            cache.Store(token, result);
        }

        return result;
    }
}
