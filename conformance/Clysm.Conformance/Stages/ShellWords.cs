using System.Text;

namespace Clysm.Conformance.Stages;

/// <summary>
/// Splits a stage command template into words the way a POSIX shell would, without running one:
/// blanks separate words; '...' is literal; "..." is literal except that a backslash escapes
/// <c>" \ $ `</c> and newline; outside quotes a backslash escapes the next character. Leading
/// <c>NAME=value</c> words are environment assignments. What only a shell could do (pipes,
/// redirections, <c>;</c> <c>&amp;</c>, <c>$</c> expansions, command substitution, globs, <c>~</c>, comments)
/// is refused with the reason, so a template never silently means something else than it did
/// under /bin/sh: put such a command in a script and name the script in the template.
/// </summary>
internal static class ShellWords
{
    /// <summary>The template as environment assignments and the command's words.</summary>
    public sealed record Command(IReadOnlyList<KeyValuePair<string, string>> Environment, IReadOnlyList<string> Words);

    /// <exception cref="ArgumentException">unbalanced quotes, nothing to run, or shell syntax.</exception>
    public static Command Parse(string template)
    {
        var words = Split(template);
        var env = new List<KeyValuePair<string, string>>();
        var i = 0;
        for (; i < words.Count && words[i].AssignmentAt is { } eq; i++)
            env.Add(new(words[i].Text[..eq], words[i].Text[(eq + 1)..]));
        if (i == words.Count) throw new ArgumentException($"the stage command has nothing to run: {template}");
        return new Command(env, words.Skip(i).Select(w => w.Text).ToList());
    }

    private sealed record Word(string Text, int? AssignmentAt);

    private static List<Word> Split(string s)
    {
        var words = new List<Word>();
        var sb = new StringBuilder();
        var inWord = false;
        var allUnquotedSoFar = true;             // for NAME=value: the name and '=' must be unquoted
        int? assignmentAt = null;

        void Refuse(string what, int at) =>
            throw new ArgumentException($"the stage command runs without a shell, so {what} (at character {at + 1}) cannot be used: "
                + "put the command in a script and name the script in the template");

        void EndWord()
        {
            if (!inWord) return;
            words.Add(new Word(sb.ToString(), assignmentAt));
            sb.Clear(); inWord = false; allUnquotedSoFar = true; assignmentAt = null;
        }

        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case ' ' or '\t' or '\n' or '\r':
                    EndWord();
                    break;
                case '\'':
                {
                    var end = s.IndexOf('\'', i + 1);
                    if (end < 0) throw new ArgumentException($"the stage command has an unterminated ' quote (at character {i + 1})");
                    sb.Append(s, i + 1, end - i - 1);
                    inWord = true; allUnquotedSoFar = false;
                    i = end;
                    break;
                }
                case '"':
                {
                    inWord = true; allUnquotedSoFar = false;
                    var j = i + 1;
                    for (; j < s.Length && s[j] != '"'; j++)
                    {
                        if (s[j] is '$' or '`') Refuse($"{s[j]} inside double quotes (an expansion)", j);
                        if (s[j] == '\\' && j + 1 < s.Length && s[j + 1] is '"' or '\\' or '$' or '`' or '\n')
                        {
                            j++;
                            if (s[j] != '\n') sb.Append(s[j]);
                            continue;
                        }
                        sb.Append(s[j]);
                    }
                    if (j >= s.Length) throw new ArgumentException($"the stage command has an unterminated \" quote (at character {i + 1})");
                    i = j;
                    break;
                }
                case '\\':
                    if (i + 1 >= s.Length) throw new ArgumentException("the stage command ends with a lone backslash");
                    i++;
                    if (s[i] == '\n') break;            // a line continuation
                    sb.Append(s[i]);
                    inWord = true; allUnquotedSoFar = false;
                    break;
                case '|' or '&' or ';' or '<' or '>' or '(' or ')':
                    Refuse($"'{c}'", i);
                    break;
                case '$' or '`':
                    Refuse($"'{c}' (an expansion)", i);
                    break;
                case '*' or '?' or '[':
                    Refuse($"'{c}' (a file name pattern; quote it to pass it as it is)", i);
                    break;
                case '~' or '#' when !inWord:
                    Refuse(c == '~' ? "'~' (the home directory)" : "'#' (a comment)", i);
                    break;
                case '=' when allUnquotedSoFar && assignmentAt is null && sb.Length > 0 && IsName(sb.ToString()) && words.All(w => w.AssignmentAt is not null):
                    assignmentAt = sb.Length;
                    sb.Append(c);
                    inWord = true;
                    break;
                default:
                    sb.Append(c);
                    inWord = true;
                    break;
            }
        }
        EndWord();
        return words;
    }

    private static bool IsName(string s) =>
        s.Length > 0 && (char.IsAsciiLetter(s[0]) || s[0] == '_') && s.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
