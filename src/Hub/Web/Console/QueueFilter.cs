using Exchange.Adapters.Recognition;
using Exchange.Hub.Grains.Review;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Exchange.Hub.Web.Console;

/// <summary>The queue's filter form as the browser sent it (a GET, so a filtered queue can be bookmarked and shared).
/// Field names follow the API's ListReviewQueueRequest where it has the same filter.</summary>
public sealed record QueueFilterInput(
    IReadOnlyList<string> Criteria,
    string? OriginCountry,
    string? Purpose,
    bool OverdueOnly,
    bool AssignedToMe,
    string? PageToken)
{
    public const string CriterionField = "criterion";
    public const string OriginCountryField = "origin_country";
    public const string PurposeField = "purpose";
    public const string OverdueField = "overdue_only";
    public const string MineField = "assigned_to_me";
    public const string PageTokenField = "page_token";

    public static QueueFilterInput Empty { get; } = new([], null, null, false, false, null);

    public static QueueFilterInput From(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        var values = query.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        string? One(string name) => values.TryGetValue(name, out var v) && !StringValues.IsNullOrEmpty(v) ? v[^1] : null;
        bool Flag(string name) => One(name) is { } v && (v.Equals("true", StringComparison.OrdinalIgnoreCase) || v.Equals("on", StringComparison.OrdinalIgnoreCase));
        var criteria = values.TryGetValue(CriterionField, out var c) ? c.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!).ToList() : [];
        return new QueueFilterInput(criteria, One(OriginCountryField), One(PurposeField), Flag(OverdueField), Flag(MineField), One(PageTokenField));
    }

    /// <summary>This filter's URL for the page after <paramref name="pageToken"/> (null: the first page).</summary>
    public string Href(string? pageToken)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        pairs.AddRange(Criteria.Select(c => new KeyValuePair<string, string?>(CriterionField, c)));
        if (!string.IsNullOrWhiteSpace(OriginCountry))
        {
            pairs.Add(new(OriginCountryField, OriginCountry));
        }

        if (!string.IsNullOrWhiteSpace(Purpose))
        {
            pairs.Add(new(PurposeField, Purpose));
        }

        if (OverdueOnly)
        {
            pairs.Add(new(OverdueField, "true"));
        }

        if (AssignedToMe)
        {
            pairs.Add(new(MineField, "true"));
        }

        if (pageToken is not null)
        {
            pairs.Add(new(PageTokenField, pageToken));
        }

        return QueryHelpers.AddQueryString(QueuePage.Path, pairs);
    }
}

/// <summary>The queue's filter once read: what the review queue index is asked for.</summary>
public sealed record QueueFilter(
    IReadOnlyList<Criterion> Criteria,
    string? OriginCountry,
    RecognitionPurpose? Purpose,
    bool OverdueOnly,
    bool AssignedToMe,
    ReviewQueueCursor? After)
{
    public ReviewQueueQuery ToQuery(string officerId, int pageSize) => new(
        Criteria, 0, null, OverdueOnly, AssignedToMe ? officerId : null, false, false, Purpose, false, After, pageSize, OriginCountry);
}

/// <summary>Reads the form into a filter, with every problem next to the field it concerns, in the API's words where
/// the API has the same filter (<see cref="ReviewQueueFilterRules"/>).</summary>
public static class QueueFilterReader
{
    public static (QueueFilter? Filter, IReadOnlyList<(string Field, string Problem)> Problems) Read(QueueFilterInput input)
    {
        var problems = new List<(string, string)>();
        var criteria = new List<Criterion>();
        foreach (var value in input.Criteria)
        {
            if (ConsoleLabels.Criteria.FirstOrDefault(c => string.Equals(ConsoleLabels.Code(c), value.Trim(), StringComparison.OrdinalIgnoreCase)) is var criterion
                && criterion != default)
            {
                criteria.Add(criterion);
            }
            else
            {
                problems.Add((QueueFilterInput.CriterionField,
                    $"criterion must be one of {string.Join(", ", ConsoleLabels.Criteria.Select(ConsoleLabels.Code))}."));
            }
        }

        if (!ReviewQueueFilterRules.TryReadOriginCountry(input.OriginCountry, out var origin, out var originProblem))
        {
            problems.Add((QueueFilterInput.OriginCountryField, originProblem));
        }

        RecognitionPurpose? purpose = null;
        if (!string.IsNullOrWhiteSpace(input.Purpose))
        {
            var found = ConsoleLabels.Purposes.FirstOrDefault(p => string.Equals(ConsoleLabels.Code(p), input.Purpose.Trim(), StringComparison.OrdinalIgnoreCase));
            if (found == default)
            {
                problems.Add((QueueFilterInput.PurposeField,
                    $"purpose must be one of {string.Join(", ", ConsoleLabels.Purposes.Select(ConsoleLabels.Code))}."));
            }
            else
            {
                purpose = found;
            }
        }

        if (!ReviewQueueFilterRules.TryReadPageToken(input.PageToken, out var after, out var tokenProblem))
        {
            problems.Add((QueueFilterInput.PageTokenField, tokenProblem));
        }

        return problems.Count > 0
            ? (null, problems)
            : (new QueueFilter([.. criteria.Distinct()], origin, purpose, input.OverdueOnly, input.AssignedToMe, after), problems);
    }
}
