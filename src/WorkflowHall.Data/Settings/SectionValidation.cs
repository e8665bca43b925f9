using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace WorkflowHall.Data.Settings;

/// <summary>
/// Checks options with their data annotations and, when they have one, their own <see cref="IValidatableObject"/> rule; each
/// failure names its key (<c>section:Member</c>) before the rule's message, which says in Chinese and English what is wrong.
/// </summary>
internal sealed class SectionValidation<T>(string section) : IValidateOptions<T> where T : class
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true)) return ValidateOptionsResult.Success;
        return ValidateOptionsResult.Fail(results.Select(result =>
            $"{string.Join("、", result.MemberNames.DefaultIfEmpty("").Select(member => member.Length == 0 ? section : $"{section}:{member}"))}: {result.ErrorMessage}"));
    }
}
