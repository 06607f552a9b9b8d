namespace Clysm.Reference.Compiler;

/// <summary>A construct this compiler does not support: the stage answers exit 77 naming it.</summary>
public sealed class UnsupportedConstructException(string construct) : Exception("unsupported: " + construct)
{
    public string Construct { get; } = construct;
}

/// <summary>A compile-time error a Lisp would also report (bad syntax of a special form...).</summary>
public sealed class LispCompileException(string message) : Exception(message);
