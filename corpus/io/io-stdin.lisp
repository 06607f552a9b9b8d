;;;; corpus/io/io-stdin.lisp — reading standard input: characters, lines, EOF handling, UTF-8, CRLF
;;;; Expectations come from SBCL 2.2.9 (tools/oracle/oracle.lisp).

(defcase io-stdin.read-line-first
  :category io-stdin
  :features (read-line)
  :stdin "hello
world
"
  :forms ((read-line))
  :value "\"hello\"")

(defcase io-stdin.read-line-two-lines
  :category io-stdin
  :features (read-line list)
  :stdin "hello
world
"
  :forms ((list (read-line) (read-line)))
  :value "(\"hello\" \"world\")")

(defcase io-stdin.read-line-missing-newline-flag
  :category io-stdin
  :features (read-line multiple-value-list)
  :stdin "last"
  :forms ((multiple-value-list (read-line)))
  :value "(\"last\" T)")

(defcase io-stdin.read-line-with-newline-flag
  :category io-stdin
  :features (read-line multiple-value-list)
  :stdin "line
"
  :forms ((multiple-value-list (read-line)))
  :value "(\"line\" NIL)")

(defcase io-stdin.read-line-empty-line
  :category io-stdin
  :features (read-line multiple-value-list)
  :stdin "
x
"
  :forms ((multiple-value-list (read-line)))
  :value "(\"\" NIL)")

(defcase io-stdin.read-line-eof-error
  :category io-stdin
  :features (read-line end-of-file)
  :stdin ""
  :forms ((read-line))
  :signals end-of-file)

(defcase io-stdin.read-line-eof-value
  :category io-stdin
  :features (read-line eof-value)
  :stdin ""
  :forms ((read-line *standard-input* nil :done))
  :value ":DONE")

(defcase io-stdin.read-line-eof-nil-default
  :category io-stdin
  :features (read-line eof-value)
  :stdin ""
  :forms ((multiple-value-list (read-line *standard-input* nil)))
  :value "(NIL T)")

(defcase io-stdin.read-line-after-last-line
  :category io-stdin
  :features (read-line eof-value)
  :stdin "only
"
  :forms ((list (read-line) (read-line nil nil 'eof)))
  :value "(\"only\" EOF)")

(defcase io-stdin.read-line-eof-after-partial-line
  :category io-stdin
  :features (read-line eof-value)
  :stdin "partial"
  :forms ((list (read-line nil nil 'eof) (read-line nil nil 'eof)))
  :value "(\"partial\" EOF)")

(defcase io-stdin.read-line-second-call-errors
  :category io-stdin
  :features (read-line end-of-file)
  :stdin "one
"
  :forms ((read-line) (read-line))
  :signals end-of-file)

(defcase io-stdin.read-line-loop-count
  :category io-stdin
  :features (read-line loop)
  :stdin "a
bb
ccc
"
  :forms ((loop for line = (read-line nil nil) while line collect (length line)))
  :value "(1 2 3)")

(defcase io-stdin.read-line-loop-no-final-newline
  :category io-stdin
  :features (read-line loop)
  :stdin "a
bb"
  :forms ((loop for line = (read-line nil nil) while line collect line))
  :value "(\"a\" \"bb\")")

(defcase io-stdin.read-line-crlf-keeps-cr
  :category io-stdin
  :features (read-line char-code crlf)
  :note "the stdin holds CR LF line ends"
  :stdin "ab
cd
"
  :forms ((let ((line (read-line))) (list (length line) (char-code (char line (1- (length line)))))))
  :value "(3 13)")

(defcase io-stdin.read-line-blank-lines-only
  :category io-stdin
  :features (read-line loop)
  :stdin "


"
  :forms ((loop for line = (read-line nil nil) while line collect line))
  :value "(\"\" \"\" \"\")")

(defcase io-stdin.read-line-echo
  :category io-stdin
  :features (read-line write-line)
  :stdin "echo me
"
  :forms ((write-line (read-line)))
  :value "\"echo me\""
  :stdout "echo me
")

(defcase io-stdin.read-line-echo-all
  :category io-stdin
  :features (read-line write-line loop)
  :stdin "one
two
three
"
  :forms ((loop for line = (read-line nil nil) while line do (write-line line)))
  :value "NIL"
  :stdout "one
two
three
")

(defcase io-stdin.read-line-reverse-lines
  :category io-stdin
  :features (read-line write-line push dolist)
  :stdin "1
2
3
"
  :forms ((let ((lines '()))
            (loop for line = (read-line nil nil) while line do (push line lines))
            (dolist (l lines) (write-line l))))
  :value "NIL"
  :stdout "3
2
1
")

(defcase io-stdin.read-line-spaces-kept
  :category io-stdin
  :features (read-line length)
  :stdin "  padded  
"
  :forms ((length (read-line)))
  :value "10")

(defcase io-stdin.read-char-first
  :category io-stdin
  :features (read-char)
  :stdin "xyz"
  :forms ((read-char))
  :value "#\\x")

(defcase io-stdin.read-char-sequence
  :category io-stdin
  :features (read-char list)
  :stdin "xyz"
  :forms ((list (read-char) (read-char) (read-char)))
  :value "(#\\x #\\y #\\z)")

(defcase io-stdin.read-char-newline
  :category io-stdin
  :features (read-char)
  :stdin "
"
  :forms ((read-char))
  :value "#\\Newline")

(defcase io-stdin.read-char-eof-error
  :category io-stdin
  :features (read-char end-of-file)
  :stdin ""
  :forms ((read-char))
  :signals end-of-file)

(defcase io-stdin.read-char-eof-value
  :category io-stdin
  :features (read-char eof-value)
  :stdin ""
  :forms ((read-char *standard-input* nil :eof))
  :value ":EOF")

(defcase io-stdin.read-char-eof-after-chars
  :category io-stdin
  :features (read-char eof-value)
  :stdin "a"
  :forms ((list (read-char nil nil -1) (read-char nil nil -1)))
  :value "(#\\a -1)")

(defcase io-stdin.read-char-loop-count
  :category io-stdin
  :features (read-char loop)
  :stdin "abc
de
"
  :forms ((loop for c = (read-char nil nil) while c count t))
  :value "7")

(defcase io-stdin.read-char-loop-count-newlines
  :category io-stdin
  :features (read-char loop char=)
  :stdin "abc
de
f"
  :forms ((loop for c = (read-char nil nil) while c count (char= c #\Newline)))
  :value "2")

(defcase io-stdin.read-char-upcase-echo
  :category io-stdin
  :features (read-char write-char char-upcase loop)
  :stdin "Hello, World!
"
  :forms ((loop for c = (read-char nil nil) while c do (write-char (char-upcase c))))
  :value "NIL"
  :stdout "HELLO, WORLD!
")

(defcase io-stdin.read-char-crlf-codes
  :category io-stdin
  :features (read-char char-code loop crlf)
  :note "the stdin holds CR LF line ends"
  :stdin "a
"
  :forms ((loop for c = (read-char nil nil) while c collect (char-code c)))
  :value "(97 13 10)")

(defcase io-stdin.read-char-then-read-line
  :category io-stdin
  :features (read-char read-line)
  :stdin "abc
def
"
  :forms ((list (read-char) (read-line) (read-line)))
  :value "(#\\a \"bc\" \"def\")")

(defcase io-stdin.read-line-then-read-char
  :category io-stdin
  :features (read-char read-line)
  :stdin "abc
def
"
  :forms ((list (read-line) (read-char)))
  :value "(\"abc\" #\\d)")

(defcase io-stdin.peek-char-does-not-consume
  :category io-stdin
  :features (peek-char read-char)
  :stdin "qr"
  :forms ((list (peek-char) (read-char) (read-char)))
  :value "(#\\q #\\q #\\r)")

(defcase io-stdin.peek-char-skip-whitespace
  :category io-stdin
  :features (peek-char)
  :stdin "   
  z"
  :forms ((list (peek-char t) (read-char)))
  :value "(#\\z #\\z)")

(defcase io-stdin.peek-char-eof-value
  :category io-stdin
  :features (peek-char eof-value)
  :stdin ""
  :forms ((peek-char nil *standard-input* nil :none))
  :value ":NONE")

(defcase io-stdin.unread-char-stdin
  :category io-stdin
  :features (read-char unread-char)
  :stdin "mn"
  :forms ((let ((c (read-char))) (unread-char c) (list (read-char) (read-char))))
  :value "(#\\m #\\n)")

(defcase io-stdin.listen-empty
  :category io-stdin
  :features (listen)
  :stdin ""
  :forms ((listen))
  :value "NIL")

(defcase io-stdin.read-char-no-hang-data
  :category io-stdin
  :features (read-char-no-hang)
  :stdin "k"
  :forms ((read-char-no-hang))
  :value "#\\k")

(defcase io-stdin.read-integers
  :category io-stdin
  :features (read +)
  :stdin "12 30
-2"
  :forms ((+ (read) (read) (read)))
  :value "40")

(defcase io-stdin.read-list-datum
  :category io-stdin
  :features (read)
  :stdin "(a (b . c) \"s\" #\\x)"
  :forms ((read))
  :value "(A (B . C) \"s\" #\\x)")

(defcase io-stdin.read-eof-value
  :category io-stdin
  :features (read eof-value)
  :stdin "   "
  :forms ((read *standard-input* nil 'nothing))
  :value "NOTHING")

(defcase io-stdin.read-eof-error
  :category io-stdin
  :features (read end-of-file)
  :stdin ""
  :forms ((read))
  :signals end-of-file)

(defcase io-stdin.read-incomplete-list
  :category io-stdin
  :features (read end-of-file)
  :stdin "(1 2"
  :forms ((read))
  :signals end-of-file)

(defcase io-stdin.parse-integer-of-line
  :category io-stdin
  :features (read-line parse-integer)
  :stdin "  42  
"
  :forms ((* 2 (parse-integer (read-line))))
  :value "84")

(defcase io-stdin.sum-lines
  :category io-stdin
  :features (read-line parse-integer loop)
  :stdin "1
2
3
4
"
  :forms ((loop for line = (read-line nil nil) while line sum (parse-integer line)))
  :value "10")

(defcase io-stdin.utf8-two-byte-char
  :category io-stdin
  :features (read-char char-code utf-8)
  :stdin "é"
  :forms ((char-code (read-char)))
  :value "233")

(defcase io-stdin.utf8-three-byte-line-length
  :category io-stdin
  :features (read-line length utf-8)
  :stdin "日本語
"
  :forms ((length (read-line)))
  :value "3")

(defcase io-stdin.utf8-emoji-code
  :category io-stdin
  :features (read-char char-code utf-8)
  :stdin "😀"
  :forms ((char-code (read-char)))
  :value "128512")

(defcase io-stdin.utf8-emoji-line-length
  :category io-stdin
  :features (read-line length utf-8)
  :stdin "a😀b
"
  :forms ((length (read-line)))
  :value "3")

(defcase io-stdin.utf8-emoji-echo
  :category io-stdin
  :features (read-line write-line utf-8)
  :stdin "smile 😀 done
"
  :forms ((write-line (read-line)))
  :value "\"smile 😀 done\""
  :stdout "smile 😀 done
")

(defcase io-stdin.utf8-char-codes-of-line
  :category io-stdin
  :features (read-line map char-code utf-8)
  :stdin "aé€😀
"
  :forms ((map 'list #'char-code (read-line)))
  :value "(97 233 8364 128512)")

(defcase io-stdin.read-sequence-stdin
  :category io-stdin
  :features (read-sequence make-string)
  :stdin "abcdef"
  :forms ((let ((buf (make-string 4 :initial-element #\-)))
            (list (read-sequence buf *standard-input*) buf)))
  :value "(4 \"abcd\")")

(defcase io-stdin.read-sequence-short-input
  :category io-stdin
  :features (read-sequence make-string)
  :stdin "ab"
  :forms ((let ((buf (make-string 5 :initial-element #\.)))
            (list (read-sequence buf *standard-input*) buf)))
  :value "(2 \"ab...\")")

(defcase io-stdin.explicit-stream-argument-t
  :category io-stdin
  :features (read-line terminal-io)
  :stdin "via t
"
  :forms ((read-line t))
  :value "\"via t\"")

(defcase io-stdin.input-stream-p-stdin
  :category io-stdin
  :features (input-stream-p output-stream-p)
  :stdin ""
  :forms ((list (input-stream-p *standard-input*) (streamp *standard-input*)))
  :value "(T T)")

(defcase io-stdin.read-line-crlf-lines
  :category io-stdin
  :features (read-line loop length crlf)
  :note "the stdin holds CR LF line ends; the CR stays in each line"
  :stdin "one
two
"
  :forms ((loop for line = (read-line nil nil) while line collect (length line)))
  :value "(4 4)")

(defcase io-stdin.read-line-lone-cr-is-not-a-line-end
  :category io-stdin
  :features (read-line length crlf)
  :note "the stdin holds a lone CR inside the line"
  :stdin "ab
"
  :forms ((length (read-line)))
  :value "3")
