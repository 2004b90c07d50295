using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Hosting;

/// <summary>Checks a nested section of the hub options (the data-annotation check of <see cref="HubOptions"/> does
/// not descend into them) and fails the way every other bad setting does: a message naming the setting.</summary>
internal static class NestedOptionsValidation
{
    public static void ThrowIfInvalid(object section, string sectionName)
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(section, new ValidationContext(section), results, validateAllProperties: true))
        {
            throw new OptionsValidationException(sectionName, section.GetType(),
                results.Select(r => $"{sectionName}:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}"));
        }
    }
}
