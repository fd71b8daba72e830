namespace CategoryMatch.Core.Text;

/// <summary>
/// Marks the content words a negation cue governs: up to <see cref="Window"/> content words after a cue
/// ("без машинного обучения", Lithuanian "nepriima skambučių"), or up to two before a cue that follows its
/// word (Turkish "canlı temsilci yok", "kullanmıyoruz") or a negated verb that ends its clause
/// ("Голосовых звонков мы не принимаем."), never across a clause break.
/// </summary>
internal static class NegationMarker
{
    private const int Window = 3;

    // A cue that follows its words (Turkish "canlı temsilci yok") governs the words right before it, as far
    // back as a fronted object reaches ("Взысканием долгов команда не занимается"), within the clause.
    private const int WindowBefore = 4;

    public static void Mark(string text, Token[] tokens, LanguageProfile profile)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = tokens[i].Normalized;
            if (word.Length == 0 || char.IsDigit(word[0])) continue;
            if (profile.NegationBefore.Contains(word))
            {
                // "не только", "не более 25": a cue that starts a fixed phrase negates nothing.
                if (StartsNotNegatingPhrase(tokens, i, profile)) continue;
                MarkFollowing(text, tokens, i, profile);
                // The object was fronted: "ИИ-модели не используются." negates what came before.
                if (EndsClause(text, tokens, i + 1)) MarkPreceding(text, tokens, i, profile);
            }
            else if (profile.NegationPrefixes.Length > 0 && !tokens[i].IsStopWord && profile.HasNegatingPrefix(word))
            {
                MarkFollowing(text, tokens, i, profile);
                if (EndsClause(text, tokens, i)) MarkPreceding(text, tokens, i, profile);
            }
            if (profile.NegationAfter.Contains(word) || (!tokens[i].IsStopWord && profile.HasNegatingSuffix(word)))
                MarkPreceding(text, tokens, i, profile);
        }
    }

    private static bool StartsNotNegatingPhrase(Token[] tokens, int cue, LanguageProfile profile)
    {
        foreach (var phrase in profile.NotNegating)
            if (phrase.MatchesAt(tokens, cue)) return true;
        return false;
    }

    // Windows count content words, so "не разговаривает с клиентами по телефону" reaches "телефону".
    private static void MarkFollowing(string text, Token[] tokens, int cue, LanguageProfile profile)
    {
        var marked = 0;
        for (var j = cue + 1; j < tokens.Length && marked < Window; j++)
        {
            if (ClauseBreaks.Between(text, tokens[j - 1], tokens[j]) || profile.ScopeEnds.Contains(tokens[j].Normalized)) return;
            if (!IsContent(tokens[j])) continue;
            tokens[j] = tokens[j] with { IsNegated = true };
            marked++;
        }
    }

    private static void MarkPreceding(string text, Token[] tokens, int cue, LanguageProfile profile)
    {
        var marked = 0;
        for (var j = cue - 1; j >= 0 && marked < WindowBefore; j--)
        {
            if (ClauseBreaks.Between(text, tokens[j], tokens[j + 1]) || profile.ScopeEnds.Contains(tokens[j].Normalized)) return;
            if (!IsContent(tokens[j])) continue;
            tokens[j] = tokens[j] with { IsNegated = true };
            marked++;
        }
    }

    // True when token <paramref name="last"/> is the last word of its clause.
    private static bool EndsClause(string text, Token[] tokens, int last) =>
        last < tokens.Length && (last + 1 == tokens.Length || ClauseBreaks.Between(text, tokens[last], tokens[last + 1]));

    private static bool IsContent(in Token token) =>
        !token.IsStopWord && token.Normalized.Length > 0 && !char.IsDigit(token.Normalized[0]);
}
