namespace Clysm.Reference.Compiler;

/// <summary>Operators compiled inline (CodeGen.EmitPrim implements each), with the argument counts
/// for which they are inline. A call outside that range goes to the prelude's function of the same name.</summary>
internal static class Prims
{
    private static readonly Dictionary<string, (int Min, int Max)> Table = new()
    {
        ["CAR"] = (1, 1), ["CDR"] = (1, 1), ["CONS"] = (2, 2), ["RPLACA"] = (2, 2), ["RPLACD"] = (2, 2),
        ["EQ"] = (2, 2), ["EQL"] = (2, 2), ["NOT"] = (1, 1), ["NULL"] = (1, 1),
        ["CONSP"] = (1, 1), ["ATOM"] = (1, 1), ["LISTP"] = (1, 1), ["SYMBOLP"] = (1, 1), ["STRINGP"] = (1, 1),
        ["CHARACTERP"] = (1, 1), ["INTEGERP"] = (1, 1), ["NUMBERP"] = (1, 1), ["RATIONALP"] = (1, 1), ["REALP"] = (1, 1),
        ["FUNCTIONP"] = (1, 1), ["SIMPLE-VECTOR-P"] = (1, 1), ["KEYWORDP"] = (1, 1), ["STREAMP"] = (1, 1),
        ["%FIXNUMP"] = (1, 1), ["%CONDITIONP"] = (1, 1), ["%INSTANCEP"] = (1, 1),
        ["+"] = (0, 64), ["*"] = (0, 64), ["-"] = (1, 64), ["1+"] = (1, 1), ["1-"] = (1, 1),
        ["<"] = (2, 2), [">"] = (2, 2), ["<="] = (2, 2), [">="] = (2, 2), ["="] = (2, 2), ["/="] = (2, 2),
        ["%TRUNCATE"] = (2, 2), ["%REM"] = (2, 2),
        ["%LOGAND"] = (2, 2), ["%LOGIOR"] = (2, 2), ["%LOGXOR"] = (2, 2), ["%ASH"] = (2, 2),
        ["VALUES"] = (0, 32),
        ["SYMBOL-VALUE"] = (1, 1), ["BOUNDP"] = (1, 1), ["SET"] = (2, 2), ["SYMBOL-FUNCTION"] = (1, 1), ["FBOUNDP"] = (1, 1),
        ["%SET-SYMBOL-FUNCTION"] = (2, 2), ["%SYMBOL-NAME"] = (1, 1), ["SYMBOL-PLIST"] = (1, 1), ["%SET-SYMBOL-PLIST"] = (2, 2),
        ["%SYMBOL-KIND"] = (1, 1), ["%MAKE-SYMBOL"] = (2, 2), ["MAKUNBOUND"] = (1, 1), ["FMAKUNBOUND"] = (1, 1),
        ["%MAKE-CHAR"] = (1, 1), ["%CHAR-CODE"] = (1, 1),
        ["%STRING-NEW"] = (2, 2), ["%STRING-REF"] = (2, 2), ["%STRING-SET"] = (3, 3), ["%STRING-LENGTH"] = (1, 1),
        ["%STRING-COPY"] = (5, 5),
        ["%VECTOR-NEW"] = (2, 2), ["%VECTOR-REF"] = (2, 2), ["%VECTOR-SET"] = (3, 3), ["%VECTOR-LENGTH"] = (1, 1),
        ["%VECTORP"] = (1, 1),
        ["%HOST-WRITE-CHAR"] = (2, 2), ["%HOST-WRITE-STRING"] = (2, 2), ["%HOST-READ-CHAR"] = (1, 1), ["%HOST-READ-LINE"] = (1, 1),
        ["%FS-OPEN"] = (4, 4), ["%FS-CLOSE"] = (1, 1), ["%FS-READ-ALL"] = (1, 1), ["%FS-WRITE-ALL"] = (2, 2),
        ["%MAKE-STREAM"] = (2, 2), ["%STREAM-FD"] = (1, 1), ["%STREAM-DIRECTION"] = (1, 1),
        ["%STREAM-COL"] = (1, 1), ["%SET-STREAM-COL"] = (2, 2), ["%STREAM-BUF"] = (1, 1), ["%SET-STREAM-BUF"] = (2, 2),
        ["%STREAM-POS"] = (1, 1), ["%SET-STREAM-POS"] = (2, 2), ["%STREAM-OPEN"] = (1, 1), ["%SET-STREAM-OPEN"] = (2, 2),
        ["%MAKE-CONDITION"] = (2, 2), ["%CONDITION-TYPE"] = (1, 1), ["%CONDITION-PLIST"] = (1, 1), ["%SET-CONDITION-PLIST"] = (2, 2),
        ["%MAKE-INSTANCE"] = (2, 2), ["%INSTANCE-TYPE"] = (1, 1), ["%INSTANCE-SLOTS"] = (1, 1),
        ["%SIGNAL-TO"] = (2, 2), ["%HANDLERS"] = (0, 0), ["%SET-HANDLERS"] = (1, 1), ["%CATCH-TAGS"] = (0, 0),
        ["%UNHANDLED"] = (2, 2), ["%FUNCTION-NAME"] = (1, 1), ["%TYPE-CODE"] = (1, 1), ["%INT64P"] = (1, 1),
        ["%MAKE-RATIO"] = (2, 2), 
        ["FLOATP"] = (1, 1), ["%BIGNUMP"] = (1, 1), ["%INTEGER-LENGTH"] = (1, 1), ["%LOGCOUNT"] = (1, 1),
        ["%SINGLEP"] = (1, 1), ["%DOUBLEP"] = (1, 1), ["%SINGLE"] = (1, 1), ["%DOUBLE"] = (1, 1), ["%FLOAT-DIV"] = (2, 2),
        ["%FTRUNC"] = (1, 1), ["%FFLOOR"] = (1, 1), ["%FCEIL"] = (1, 1), ["%FNEAREST"] = (1, 1), ["%FLOAT-INTEGER"] = (1, 1),
        ["%SINGLE-BITS"] = (1, 1), ["%DOUBLE-BITS"] = (1, 1), ["%BITS-SINGLE"] = (1, 1), ["%BITS-DOUBLE"] = (1, 1),
        ["%FLOAT-SQRT"] = (1, 1), ["%FLOAT-HOOK"] = (3, 3), ["%LIBM"] = (2, 3), ["%FLOAT-FINITE-P"] = (1, 1), ["%FLOAT-DIGIT-LOOP"] = (5, 5), ["%FLOAT-HOOK-CHECKED"] = (3, 3), ["%FLOAT-FORMAT-HOOK"] = (3, 3), ["%COMPLEX-HOOK"] = (3, 3), ["%COMPLEXP"] = (1, 1), ["%MAKE-COMPLEX"] = (2, 2),
        ["%REALPART"] = (1, 1), ["%IMAGPART"] = (1, 1), ["%RATIOP"] = (1, 1), ["%RATIO-NUM"] = (1, 1), ["%RATIO-DEN"] = (1, 1),
        ["%VALUES-VECTOR"] = (1, 1), ["%STR-TO-BYTES"] = (1, 1), ["%BYTES-TO-STR"] = (1, 1), ["%ALL-SYMBOLS"] = (0, 0),
    };

    private static readonly HashSet<string> Unsupported = new()
    {
        "DEFCLASS", "DEFGENERIC", "DEFMETHOD",
        "MAKE-INSTANCE", "SLOT-VALUE", "EVAL", "COMPILE", "LOAD",
        "GET-UNIVERSAL-TIME", "GET-INTERNAL-REAL-TIME", "FIND-PACKAGE", "MAKE-PACKAGE", "PPRINT",
        "WRITE-TO-STRING", "READ-BYTE", "WRITE-BYTE", "FILE-POSITION", "FILE-LENGTH", "PROBE-FILE", "DELETE-FILE",
        "RENAME-FILE", "DIRECTORY", "ENSURE-DIRECTORIES-EXIST", "MAKE-CONCATENATED-STREAM", "MAKE-BROADCAST-STREAM",
        "MAKE-TWO-WAY-STREAM", "MAKE-ECHO-STREAM", "MAKE-SYNONYM-STREAM", "INVOKE-DEBUGGER", "BREAK", "STEP", "TIME", "TRACE",
        "DESCRIBE", "INSPECT", "DISASSEMBLE", "ROOM", "ED", "DRIBBLE", "APROPOS", "DOCUMENTATION",
    };

    public static bool Accepts(string name, int argc) => Table.TryGetValue(name, out var r) && argc >= r.Min && argc <= r.Max;
    public static bool IsUnsupported(string name) => Unsupported.Contains(name);
    public static bool IsPrim(string name) => Table.ContainsKey(name);
}
