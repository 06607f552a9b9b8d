;;;; corpus/forms/streams.lisp — string streams and character I/O on streams: WITH-OUTPUT-TO-STRING,
;;;; WITH-INPUT-FROM-STRING, READ-CHAR/PEEK-CHAR/UNREAD-CHAR, READ-LINE's second value, predicates.
;;;; Expectations come from SBCL 2.2.9 (tools/oracle/oracle.lisp).

(defcase streams.wots-empty
  :category streams
  :features (with-output-to-string)
  :forms ((with-output-to-string (s)))
  :value "\"\"")

(defcase streams.wots-write-string
  :category streams
  :features (with-output-to-string write-string)
  :forms ((with-output-to-string (s) (write-string "abc" s)))
  :value "\"abc\"")

(defcase streams.wots-several-writers
  :category streams
  :features (with-output-to-string write-char princ prin1 terpri)
  :forms ((with-output-to-string (s) (write-char #\a s) (princ 1 s) (prin1 "b" s) (terpri s)))
  :value "\"a1\\\"b\\\"
\"")

(defcase streams.wots-format
  :category streams
  :features (with-output-to-string format)
  :forms ((with-output-to-string (s) (format s "~A-~A" 1 2)))
  :value "\"1-2\"")

(defcase streams.wots-nested
  :category streams
  :features (with-output-to-string)
  :forms ((with-output-to-string (outer) (write-string "<" outer) (write-string (with-output-to-string (inner) (write-string "in" inner)) outer) (write-string ">" outer)))
  :value "\"<in>\"")

(defcase streams.wots-bind-standard-output
  :category streams
  :features (with-output-to-string *standard-output*)
  :forms ((with-output-to-string (*standard-output*) (princ "a") (print 1)))
  :value "\"a
1 \"")

(defcase streams.wots-loop
  :category streams
  :features (with-output-to-string dotimes)
  :forms ((with-output-to-string (s) (dotimes (i 5) (princ i s))))
  :value "\"01234\"")

(defcase streams.wots-fill-pointer-string
  :category streams
  :features (with-output-to-string fill-pointer)
  :forms ((let ((str (make-array 3 :element-type 'character :fill-pointer 0 :adjustable t))) (with-output-to-string (s str) (write-string "hello" s)) str))
  :value "\"hello\"")

(defcase streams.wots-non-local-exit
  :category streams
  :features (with-output-to-string block return-from)
  :forms ((block b (with-output-to-string (s) (write-string "x" s) (return-from b :left))))
  :value ":LEFT")

(defcase streams.string-output-stream-accumulates
  :category streams
  :features (make-string-output-stream get-output-stream-string)
  :forms ((let ((s (make-string-output-stream))) (write-string "ab" s) (write-string "cd" s) (get-output-stream-string s)))
  :value "\"abcd\"")

(defcase streams.get-output-stream-string-resets
  :category streams
  :features (make-string-output-stream get-output-stream-string)
  :forms ((let ((s (make-string-output-stream))) (write-string "one" s) (list (get-output-stream-string s) (progn (write-string "two" s) (get-output-stream-string s)) (get-output-stream-string s))))
  :value "(\"one\" \"two\" \"\")")

(defcase streams.wifs-read-char
  :category streams
  :features (with-input-from-string read-char)
  :forms ((with-input-from-string (s "xyz") (list (read-char s) (read-char s))))
  :value "(#\\x #\\y)")

(defcase streams.wifs-read-line
  :category streams
  :features (with-input-from-string read-line)
  :forms ((with-input-from-string (s (format nil "l1~%l2")) (list (read-line s) (read-line s))))
  :value "(\"l1\" \"l2\")")

(defcase streams.wifs-start-end
  :category streams
  :features (with-input-from-string)
  :forms ((with-input-from-string (s "0123456789" :start 3 :end 6) (read-line s)))
  :value "\"345\"")

(defcase streams.wifs-index
  :category streams
  :features (with-input-from-string)
  :forms ((let (pos) (with-input-from-string (s "abc def" :index pos) (read s)) pos))
  :value "4")

(defcase streams.wifs-read-forms
  :category streams
  :features (with-input-from-string read)
  :forms ((with-input-from-string (s "(1 2) foo \"bar\"") (list (read s) (read s) (read s))))
  :value "((1 2) FOO \"bar\")")

(defcase streams.string-input-stream-start
  :category streams
  :features (make-string-input-stream)
  :forms ((let ((s (make-string-input-stream "hello" 2))) (read-line s)))
  :value "\"llo\"")

(defcase streams.string-input-stream-start-end
  :category streams
  :features (make-string-input-stream)
  :forms ((let ((s (make-string-input-stream "hello" 1 3))) (list (read-char s) (read-char s) (read-char s nil :eof))))
  :value "(#\\e #\\l :EOF)")

(defcase streams.read-char-eof-error
  :category streams
  :features (read-char end-of-file)
  :forms ((read-char (make-string-input-stream "")))
  :signals end-of-file)

(defcase streams.read-char-eof-value
  :category streams
  :features (read-char eof-value)
  :forms ((read-char (make-string-input-stream "") nil :eof))
  :value ":EOF")

(defcase streams.read-char-all
  :category streams
  :features (read-char loop)
  :forms ((let ((s (make-string-input-stream "abc"))) (loop for c = (read-char s nil) while c collect (char-upcase c))))
  :value "(#\\A #\\B #\\C)")

(defcase streams.peek-char-no-consume
  :category streams
  :features (peek-char read-char)
  :forms ((let ((s (make-string-input-stream "ab"))) (list (peek-char nil s) (peek-char nil s) (read-char s) (read-char s))))
  :value "(#\\a #\\a #\\a #\\b)")

(defcase streams.peek-char-skip-whitespace
  :category streams
  :features (peek-char)
  :forms ((let ((s (make-string-input-stream "   x"))) (list (peek-char t s) (read-char s))))
  :value "(#\\x #\\x)")

(defcase streams.peek-char-to-char
  :category streams
  :features (peek-char)
  :forms ((let ((s (make-string-input-stream "abc;def"))) (list (peek-char #\; s) (read-line s))))
  :value "(#\\; \";def\")")

(defcase streams.peek-char-eof-value
  :category streams
  :features (peek-char eof-value)
  :forms ((peek-char nil (make-string-input-stream "") nil :none))
  :value ":NONE")

(defcase streams.peek-char-eof-error
  :category streams
  :features (peek-char end-of-file)
  :forms ((peek-char nil (make-string-input-stream "")))
  :signals end-of-file)

(defcase streams.unread-char
  :category streams
  :features (unread-char read-char)
  :forms ((let ((s (make-string-input-stream "pq"))) (let ((c (read-char s))) (unread-char c s) (list c (read-char s) (read-char s)))))
  :value "(#\\p #\\p #\\q)")

(defcase streams.unread-char-returns-nil
  :category streams
  :features (unread-char)
  :forms ((let ((s (make-string-input-stream "pq"))) (unread-char (read-char s) s)))
  :value "NIL")

(defcase streams.read-line-second-value-newline
  :category streams
  :features (read-line multiple-value-list)
  :forms ((with-input-from-string (s (format nil "a~%")) (multiple-value-list (read-line s))))
  :value "(\"a\" NIL)")

(defcase streams.read-line-second-value-eof
  :category streams
  :features (read-line multiple-value-list)
  :forms ((with-input-from-string (s "a") (multiple-value-list (read-line s))))
  :value "(\"a\" T)")

(defcase streams.read-line-empty-line
  :category streams
  :features (read-line multiple-value-list)
  :forms ((with-input-from-string (s (format nil "~%x")) (multiple-value-list (read-line s))))
  :value "(\"\" NIL)")

(defcase streams.read-line-eof-value
  :category streams
  :features (read-line eof-value)
  :forms ((with-input-from-string (s "") (multiple-value-list (read-line s nil :eof))))
  :value "(:EOF T)")

(defcase streams.read-line-eof-error
  :category streams
  :features (read-line end-of-file)
  :forms ((with-input-from-string (s "") (read-line s)))
  :signals end-of-file)

(defcase streams.read-line-count-lines
  :category streams
  :features (read-line loop)
  :forms ((with-input-from-string (s (format nil "a~%b~%~%c")) (loop for l = (read-line s nil) while l count t)))
  :value "4")

(defcase streams.read-char-no-hang
  :category streams
  :features (read-char-no-hang)
  :forms ((with-input-from-string (s "z") (list (read-char-no-hang s) (read-char-no-hang s nil :eof))))
  :value "(#\\z :EOF)")

(defcase streams.listen-string-stream
  :category streams
  :features (listen)
  :forms ((with-input-from-string (s "z") (list (listen s) (read-char s) (listen s))))
  :value "(T #\\z NIL)")

(defcase streams.read-sequence-string
  :category streams
  :features (read-sequence)
  :forms ((with-input-from-string (s "abcdef") (let ((b (make-string 4 :initial-element #\.))) (list (read-sequence b s :start 1) b))))
  :value "(4 \".abc\")")

(defcase streams.write-sequence-string
  :category streams
  :features (write-sequence)
  :forms ((with-output-to-string (s) (write-sequence "abcdef" s :start 2 :end 4)))
  :value "\"cd\"")

(defcase streams.write-line-start-end
  :category streams
  :features (write-line)
  :forms ((with-output-to-string (s) (write-line "abcdef" s :start 1 :end 3)))
  :value "\"bc
\"")

(defcase streams.fresh-line-column-tracking
  :category streams
  :features (fresh-line)
  :forms ((with-output-to-string (s) (list (fresh-line s) (write-string "a" s) (fresh-line s) (fresh-line s))))
  :value "\"a
\"")

(defcase streams.fresh-line-results
  :category streams
  :features (fresh-line)
  :forms ((let ((s (make-string-output-stream))) (list (fresh-line s) (progn (write-string "a" s) (fresh-line s)) (fresh-line s))))
  :value "(NIL T NIL)")

(defcase streams.streamp-standard
  :category streams
  :features (streamp)
  :forms ((list (streamp *standard-input*) (streamp *standard-output*) (streamp *error-output*) (streamp "no")))
  :value "(T T T NIL)")

(defcase streams.input-stream-p-standard
  :category streams
  :features (input-stream-p)
  :forms ((list (input-stream-p *standard-input*) (output-stream-p *standard-output*) (output-stream-p *error-output*)))
  :value "(T T T)")

(defcase streams.stream-direction-string-streams
  :category streams
  :features (input-stream-p output-stream-p)
  :forms ((list (input-stream-p (make-string-input-stream "")) (output-stream-p (make-string-input-stream "")) (input-stream-p (make-string-output-stream)) (output-stream-p (make-string-output-stream))))
  :value "(T NIL NIL T)")

(defcase streams.open-stream-p-after-close
  :category streams
  :features (open-stream-p close)
  :forms ((let ((s (make-string-output-stream))) (list (open-stream-p s) (close s) (open-stream-p s))))
  :value "(T T NIL)")

(defcase streams.streamp-closed
  :category streams
  :features (streamp close)
  :forms ((let ((s (make-string-input-stream "x"))) (close s) (streamp s)))
  :value "T")

(defcase streams.typep-string-stream
  :category streams
  :features (typep string-stream)
  :forms ((list (typep (make-string-input-stream "") 'string-stream) (typep (make-string-output-stream) 'stream)))
  :value "(T T)")

(defcase streams.stream-element-type-character
  :category streams
  :features (stream-element-type subtypep)
  :forms ((subtypep (stream-element-type (make-string-output-stream)) 'character))
  :value "T")

(defcase streams.concatenated-stream
  :category streams
  :features (make-concatenated-stream read-line)
  :forms ((let ((s (make-concatenated-stream (make-string-input-stream "ab") (make-string-input-stream "cd")))) (read-line s)))
  :value "\"abcd\"")

(defcase streams.concatenated-stream-empty
  :category streams
  :features (make-concatenated-stream)
  :forms ((read-char (make-concatenated-stream) nil :eof))
  :value ":EOF")

(defcase streams.broadcast-stream
  :category streams
  :features (make-broadcast-stream)
  :forms ((let ((a (make-string-output-stream)) (b (make-string-output-stream))) (write-string "x" (make-broadcast-stream a b)) (list (get-output-stream-string a) (get-output-stream-string b))))
  :value "(\"x\" \"x\")")

(defcase streams.broadcast-stream-empty-discards
  :category streams
  :features (make-broadcast-stream)
  :forms ((write-string "gone" (make-broadcast-stream)))
  :value "\"gone\"")

(defcase streams.two-way-stream
  :category streams
  :features (make-two-way-stream)
  :forms ((let* ((in (make-string-input-stream "in")) (out (make-string-output-stream)) (s (make-two-way-stream in out))) (write-string (read-line s) s) (get-output-stream-string out)))
  :value "\"in\"")

(defcase streams.echo-stream
  :category streams
  :features (make-echo-stream)
  :forms ((let* ((in (make-string-input-stream "abc")) (out (make-string-output-stream)) (s (make-echo-stream in out))) (read-char s) (read-char s) (get-output-stream-string out)))
  :value "\"ab\"")

(defcase streams.synonym-stream
  :category streams
  :features (make-synonym-stream defvar)
  :forms ((defvar *target* (make-string-output-stream)) (write-string "via synonym" (make-synonym-stream '*target*)) (get-output-stream-string *target*))
  :value "\"via synonym\"")

(defcase streams.designator-t-is-terminal-io
  :category streams
  :features (format stream-designator)
  :forms ((with-output-to-string (*standard-output*) (write-string "t-out" t)))
  :value "\"\""
  :stdout "t-out")

(defcase streams.stdout-designator-nil
  :category streams
  :features (write-string stream-designator)
  :forms ((with-output-to-string (*standard-output*) (write-string "nil-out" nil)))
  :value "\"nil-out\"")

(defcase streams.stdin-designator-nil
  :category streams
  :features (read-line stream-designator)
  :forms ((with-input-from-string (*standard-input* "from stdin") (read-line nil)))
  :value "\"from stdin\"")

(defcase streams.write-to-closed-string-stream
  :category streams
  :features (close write-string closed-stream)
  :forms ((let ((s (make-string-output-stream))) (close s) (write-string "x" s)))
  :signals stream-error)

(defcase streams.close-returns-t
  :category streams
  :features (close)
  :forms ((close (make-string-input-stream "x")))
  :value "T")

(defcase streams.file-position-string-input
  :category streams
  :features (file-position)
  :forms ((let ((s (make-string-input-stream "abcdef"))) (read-char s) (read-char s) (file-position s)))
  :value "2")

(defcase streams.read-from-string-vs-stream
  :category streams
  :features (read-from-string read)
  :forms ((list (read-from-string "(a b)") (with-input-from-string (s "(a b)") (read s))))
  :value "((A B) (A B))")

(defcase streams.terpri-writes-newline
  :category streams
  :features (terpri)
  :forms ((with-output-to-string (s) (princ "a" s) (terpri s) (princ "b" s)))
  :value "\"a
b\"")

;;; ---------------------------------------------------------------- entry by entry through CLHS 21.2

(defcase streams.string-input-stream-end-nil
  :category streams
  :features (make-string-input-stream read-line)
  :forms ((read-line (make-string-input-stream "hello" 1 nil)))
  :value "\"ello\"")

(defcase streams.string-input-stream-start-equals-end
  :category streams
  :features (make-string-input-stream read-char)
  :forms ((read-char (make-string-input-stream "hello" 2 2) nil :eof))
  :value ":EOF")

(defcase streams.string-input-stream-is-input-only
  :category streams
  :features (make-string-input-stream input-stream-p output-stream-p interactive-stream-p)
  :forms ((let ((s (make-string-input-stream "x"))) (list (input-stream-p s) (output-stream-p s) (interactive-stream-p s))))
  :value "(T NIL NIL)")

(defcase streams.get-output-stream-string-twice
  :category streams
  :features (make-string-output-stream get-output-stream-string)
  :forms ((let ((s (make-string-output-stream))) (write-string "abc" s) (list (get-output-stream-string s) (get-output-stream-string s))))
  :value "(\"abc\" \"\")")

(defcase streams.get-output-stream-string-after-format
  :category streams
  :features (get-output-stream-string format)
  :forms ((let ((s (make-string-output-stream))) (format s "~D-~D" 1 2) (prin1 :k s) (get-output-stream-string s)))
  :value "\"1-2:K\"")

(defcase streams.string-output-stream-direction
  :category streams
  :features (make-string-output-stream output-stream-p input-stream-p interactive-stream-p)
  :forms ((let ((s (make-string-output-stream))) (list (output-stream-p s) (input-stream-p s) (interactive-stream-p s))))
  :value "(T NIL NIL)")

(defcase streams.string-stream-classes
  :category streams
  :features (string-stream stream typep subtypep)
  :forms ((list (typep (make-string-output-stream) 'string-stream) (subtypep 'string-stream 'stream) (with-output-to-string (s) (princ (typep s 'string-stream) s))))
  :value "(T T \"T\")")

(defcase streams.stream-element-type-input
  :category streams
  :features (stream-element-type make-string-input-stream subtypep)
  :forms ((values (subtypep (stream-element-type (make-string-input-stream "x")) 'character)))
  :value "T")

(defcase streams.wots-fill-pointer-returns-body-value
  :category streams
  :features (with-output-to-string fill-pointer)
  :forms ((let ((str (make-array 0 :element-type 'character :fill-pointer 0 :adjustable t))) (list (with-output-to-string (s str) (write-string "ab" s) :body) str)))
  :value "(:BODY \"ab\")")

(defcase streams.wots-fill-pointer-appends
  :category streams
  :features (with-output-to-string fill-pointer)
  :forms ((let ((str (make-array 10 :element-type 'character :fill-pointer 0 :adjustable t))) (vector-push #\x str) (with-output-to-string (s str) (write-string "yz" s)) (list str (fill-pointer str))))
  :value "(\"xyz\" 3)")

(defcase streams.wifs-index-with-start
  :category streams
  :features (with-input-from-string)
  :forms ((let (i) (with-input-from-string (s "abcdef" :start 2 :index i) (read-char s)) i))
  :value "3")

(defcase streams.wifs-index-at-end
  :category streams
  :features (with-input-from-string read-line)
  :forms ((let (i) (with-input-from-string (s "abc" :index i) (read-line s)) i))
  :value "3")

(defcase streams.wifs-returns-body-values
  :category streams
  :features (with-input-from-string multiple-value-list)
  :forms ((multiple-value-list (with-input-from-string (s "1 2") (values (read s) (read s)))))
  :value "(1 2)")

(defcase streams.read-char-eof-value-repeated
  :category streams
  :features (read-char)
  :forms ((let ((s (make-string-input-stream "a"))) (list (read-char s nil :e1) (read-char s nil :e2) (read-char s nil :e3))))
  :value "(#\\a :E2 :E3)")

(defcase streams.peek-char-t-skips-newlines
  :category streams
  :features (peek-char)
  :forms ((let ((s (make-string-input-stream (format nil "~%  ~%x")))) (list (peek-char t s) (read-char s))))
  :value "(#\\x #\\x)")

(defcase streams.peek-char-t-eof-value
  :category streams
  :features (peek-char)
  :forms ((peek-char t (make-string-input-stream "   ") nil :eof))
  :value ":EOF")

(defcase streams.peek-char-t-eof-error
  :category streams
  :features (peek-char end-of-file)
  :forms ((peek-char t (make-string-input-stream "  ")))
  :signals end-of-file)

(defcase streams.peek-char-char-not-found
  :category streams
  :features (peek-char)
  :forms ((let ((s (make-string-input-stream "abc"))) (list (peek-char #\z s nil :none) (read-char s nil :eof))))
  :value "(:NONE :EOF)")

(defcase streams.peek-char-char-found-at-start
  :category streams
  :features (peek-char)
  :forms ((let ((s (make-string-input-stream "xyz"))) (list (peek-char #\x s) (read-char s))))
  :value "(#\\x #\\x)")

(defcase streams.unread-char-then-peek
  :category streams
  :features (unread-char peek-char)
  :forms ((let* ((s (make-string-input-stream "mn")) (c (read-char s))) (unread-char c s) (list (peek-char nil s) (read-line s))))
  :value "(#\\m \"mn\")")

(defcase streams.unread-char-then-read-line
  :category streams
  :features (unread-char read-line multiple-value-list)
  :forms ((let ((s (make-string-input-stream "ab"))) (unread-char (read-char s) s) (multiple-value-list (read-line s))))
  :value "(\"ab\" T)")

(defcase streams.read-char-no-hang-eof-error
  :category streams
  :features (read-char-no-hang end-of-file)
  :forms ((read-char-no-hang (make-string-input-stream "")))
  :signals end-of-file)

(defcase streams.read-line-last-line-no-newline
  :category streams
  :features (read-line multiple-value-list)
  :forms ((with-input-from-string (s (format nil "a~%b")) (list (multiple-value-list (read-line s)) (multiple-value-list (read-line s)) (multiple-value-list (read-line s nil :done)))))
  :value "((\"a\" NIL) (\"b\" T) (:DONE T))")

(defcase streams.read-line-only-newline
  :category streams
  :features (read-line multiple-value-list)
  :forms ((with-input-from-string (s (string #\Newline)) (list (multiple-value-list (read-line s)) (read-line s nil :eof))))
  :value "((\"\" NIL) :EOF)")

(defcase streams.read-sequence-short-input
  :category streams
  :features (read-sequence)
  :forms ((with-input-from-string (s "ab") (let ((b (make-string 5 :initial-element #\-))) (list (read-sequence b s) b))))
  :value "(2 \"ab---\")")

(defcase streams.read-sequence-end
  :category streams
  :features (read-sequence)
  :forms ((with-input-from-string (s "abcdef") (let ((b (make-string 5 :initial-element #\-))) (list (read-sequence b s :end 3) b (read-char s)))))
  :value "(3 \"abc--\" #\\d)")

(defcase streams.read-sequence-start-end
  :category streams
  :features (read-sequence)
  :forms ((with-input-from-string (s "xyz") (let ((b (make-string 5 :initial-element #\-))) (list (read-sequence b s :start 1 :end 3) b))))
  :value "(3 \"-xy--\")")

(defcase streams.read-sequence-into-list
  :category streams
  :features (read-sequence)
  :forms ((with-input-from-string (s "pq") (let ((l (list 0 0 0))) (list (read-sequence l s) l))))
  :value "(2 (#\\p #\\q 0))")

(defcase streams.read-sequence-at-eof
  :category streams
  :features (read-sequence)
  :forms ((with-input-from-string (s "") (read-sequence (make-string 3) s :start 1)))
  :value "1")

(defcase streams.write-sequence-returns-sequence
  :category streams
  :features (write-sequence)
  :forms ((let ((out (make-string-output-stream)) (str "hello")) (list (eq (write-sequence str out :start 1 :end 3) str) (get-output-stream-string out))))
  :value "(T \"el\")")

(defcase streams.write-sequence-list-of-chars
  :category streams
  :features (write-sequence)
  :forms ((with-output-to-string (s) (write-sequence (list #\a #\b #\c) s :start 1)))
  :value "\"bc\"")

(defcase streams.write-char-returns-char
  :category streams
  :features (write-char)
  :forms ((let ((s (make-string-output-stream))) (list (write-char #\z s) (get-output-stream-string s))))
  :value "(#\\z \"z\")")

(defcase streams.write-string-returns-string
  :category streams
  :features (write-string)
  :forms ((let ((s (make-string-output-stream))) (list (write-string "abcd" s :start 1 :end 3) (get-output-stream-string s))))
  :value "(\"abcd\" \"bc\")")

(defcase streams.write-string-end-nil
  :category streams
  :features (write-string)
  :forms ((with-output-to-string (s) (write-string "abcd" s :start 2 :end nil)))
  :value "\"cd\"")

(defcase streams.write-line-returns-string
  :category streams
  :features (write-line)
  :forms ((let ((s (make-string-output-stream))) (list (write-line "xyz" s :start 1) (get-output-stream-string s))))
  :value "(\"xyz\" \"yz
\")")

(defcase streams.terpri-returns-nil
  :category streams
  :features (terpri)
  :forms ((let ((s (make-string-output-stream))) (list (terpri s) (get-output-stream-string s))))
  :value "(NIL \"
\")")

(defcase streams.fresh-line-after-newline
  :category streams
  :features (fresh-line)
  :forms ((let ((s (make-string-output-stream))) (write-line "a" s) (list (fresh-line s) (get-output-stream-string s))))
  :value "(NIL \"a
\")")

(defcase streams.output-flushers-return-nil
  :category streams
  :features (finish-output force-output clear-output)
  :forms ((let ((s (make-string-output-stream))) (write-string "x" s) (list (finish-output s) (force-output s) (clear-output s) (finish-output))))
  :value "(NIL NIL NIL NIL)")

(defcase streams.clear-input-returns-nil
  :category streams
  :features (clear-input)
  :forms ((list (clear-input (make-string-input-stream "abc")) (clear-input)))
  :value "(NIL NIL)")

(defcase streams.listen-at-eof
  :category streams
  :features (listen)
  :forms ((let ((s (make-string-input-stream "a"))) (read-char s) (listen s)))
  :value "NIL")

(defcase streams.file-position-string-output
  :category streams
  :features (file-position)
  :forms ((let ((s (make-string-output-stream))) (write-string "abc" s) (file-position s)))
  :value "3")

(defcase streams.file-position-set-string-input
  :category streams
  :features (file-position)
  :forms ((let ((s (make-string-input-stream "abcdef"))) (list (and (file-position s 4) t) (read-char s))))
  :value "(T #\\e)")

(defcase streams.file-length-non-file-signals
  :category streams
  :features (file-length type-error)
  :forms ((file-length (make-string-input-stream "abc")))
  :signals type-error)

(defcase streams.close-abort
  :category streams
  :features (close)
  :forms ((let ((s (make-string-output-stream))) (list (close s :abort t) (open-stream-p s))))
  :value "(T NIL)")

(defcase streams.with-open-stream-closes
  :category streams
  :features (with-open-stream open-stream-p)
  :forms ((let (saved) (list (with-open-stream (s (make-string-input-stream "q")) (setq saved s) (read-char s)) (open-stream-p saved))))
  :value "(#\\q NIL)")

(defcase streams.with-open-stream-closes-on-exit
  :category streams
  :features (with-open-stream open-stream-p)
  :forms ((let (saved) (catch :out (with-open-stream (s (make-string-output-stream)) (setq saved s) (throw :out nil))) (open-stream-p saved)))
  :value "NIL")

(defcase streams.end-of-file-stream-error-stream
  :category streams
  :features (end-of-file stream-error stream-error-stream)
  :forms ((let ((s (make-string-input-stream ""))) (handler-case (read-char s) (end-of-file (c) (list (eq (stream-error-stream c) s) (typep c (quote stream-error)))))))
  :value "(T T)")

(defcase streams.end-of-file-from-read-line
  :category streams
  :features (end-of-file read-line stream-error-stream)
  :forms ((let ((s (make-string-input-stream "")))  (handler-case (read-line s) (stream-error (c) (eq s (stream-error-stream c))))))
  :value "T")

(defcase streams.end-of-file-from-read
  :category streams
  :features (end-of-file read)
  :forms ((read (make-string-input-stream "   ")))
  :signals end-of-file)

(defcase streams.read-eof-value
  :category streams
  :features (read end-of-file)
  :forms ((read (make-string-input-stream "  ; only a comment") nil :none))
  :value ":NONE")

(defcase streams.end-of-file-inside-object
  :category streams
  :features (read end-of-file)
  :forms ((read (make-string-input-stream "(1 2") nil :none))
  :signals end-of-file
  :note "eof-error-p nil does not cover an end of file in the middle of an object")

(defcase streams.end-of-file-subtypes
  :category streams
  :features (end-of-file stream-error subtypep)
  :forms ((list (subtypep 'end-of-file 'stream-error) (subtypep 'stream-error 'error)))
  :value "(T T)")

(defcase streams.stream-error-made
  :category streams
  :features (stream-error stream-error-stream make-condition)
  :forms ((let ((c (make-condition 'stream-error :stream *standard-input*))) (eq (stream-error-stream c) *standard-input*)))
  :value "T")

(defcase streams.broadcast-no-streams
  :category streams
  :features (make-broadcast-stream broadcast-stream-streams stream-element-type output-stream-p)
  :forms ((let ((s (make-broadcast-stream))) (list (broadcast-stream-streams s) (stream-element-type s) (output-stream-p s) (write-line "lost" s))))
  :value "(NIL T T \"lost\")")

(defcase streams.broadcast-stream-streams
  :category streams
  :features (make-broadcast-stream broadcast-stream-streams broadcast-stream typep)
  :forms ((let* ((a (make-string-output-stream)) (b (make-string-output-stream)) (s (make-broadcast-stream a b))) (list (equal (broadcast-stream-streams s) (list a b)) (typep s 'broadcast-stream))))
  :value "(T T)")

(defcase streams.broadcast-format
  :category streams
  :features (make-broadcast-stream format)
  :forms ((let* ((a (make-string-output-stream)) (b (make-string-output-stream))) (format (make-broadcast-stream a b) "~A+~A" 1 2) (list (get-output-stream-string a) (get-output-stream-string b))))
  :value "(\"1+2\" \"1+2\")")

(defcase streams.concatenated-stream-streams
  :category streams
  :features (make-concatenated-stream concatenated-stream-streams concatenated-stream typep)
  :forms ((let* ((a (make-string-input-stream "x")) (b (make-string-input-stream "y")) (c (make-concatenated-stream a b))) (list (equal (concatenated-stream-streams c) (list a b)) (typep c 'concatenated-stream) (read-char c) (read-char c) (read-char c nil :eof) (concatenated-stream-streams c))))
  :value "(T T #\\x #\\y :EOF NIL)")

(defcase streams.concatenated-read-across-boundary
  :category streams
  :features (make-concatenated-stream read)
  :forms ((read (make-concatenated-stream (make-string-input-stream "(a ") (make-string-input-stream "b)"))))
  :value "(A B)")

(defcase streams.concatenated-read-line-across-boundary
  :category streams
  :features (make-concatenated-stream read-line multiple-value-list)
  :forms ((let ((c (make-concatenated-stream (make-string-input-stream "ab") (make-string-input-stream (format nil "cd~%ef"))))) (list (read-line c) (multiple-value-list (read-line c)))))
  :value "(\"abcd\" (\"ef\" T))")

(defcase streams.concatenated-stream-input-only
  :category streams
  :features (make-concatenated-stream input-stream-p output-stream-p)
  :forms ((let ((c (make-concatenated-stream))) (list (input-stream-p c) (output-stream-p c))))
  :value "(T NIL)")

(defcase streams.echo-stream-accessors
  :category streams
  :features (make-echo-stream echo-stream-input-stream echo-stream-output-stream echo-stream typep)
  :forms ((let* ((in (make-string-input-stream "abc")) (out (make-string-output-stream)) (e (make-echo-stream in out))) (list (eq (echo-stream-input-stream e) in) (eq (echo-stream-output-stream e) out) (typep e 'echo-stream))))
  :value "(T T T)")

(defcase streams.echo-stream-echoes-input-and-output
  :category streams
  :features (make-echo-stream read-line)
  :forms ((let* ((in (make-string-input-stream (format nil "line~%rest"))) (out (make-string-output-stream)) (e (make-echo-stream in out))) (list (read-line e) (progn (write-string "!" e) (get-output-stream-string out)))))
  :value "(\"line\" \"line
!\")")

(defcase streams.echo-stream-unread-not-echoed-twice
  :category streams
  :features (make-echo-stream unread-char)
  :forms ((let* ((in (make-string-input-stream "ab")) (out (make-string-output-stream)) (e (make-echo-stream in out))) (unread-char (read-char e) e) (read-char e) (read-char e) (get-output-stream-string out)))
  :value "\"ab\"")

(defcase streams.two-way-stream-accessors
  :category streams
  :features (make-two-way-stream two-way-stream-input-stream two-way-stream-output-stream two-way-stream typep)
  :forms ((let* ((in (make-string-input-stream "i")) (out (make-string-output-stream)) (s (make-two-way-stream in out))) (list (eq (two-way-stream-input-stream s) in) (eq (two-way-stream-output-stream s) out) (typep s 'two-way-stream) (input-stream-p s) (output-stream-p s))))
  :value "(T T T T T)")

(defcase streams.two-way-stream-read-and-write
  :category streams
  :features (make-two-way-stream read-line write-line)
  :forms ((let* ((in (make-string-input-stream (format nil "question~%"))) (out (make-string-output-stream)) (s (make-two-way-stream in out))) (write-line (string-upcase (read-line s)) s) (get-output-stream-string out)))
  :value "\"QUESTION
\"")

(defcase streams.synonym-stream-standard-output
  :category streams
  :features (make-synonym-stream synonym-stream-symbol synonym-stream *standard-output* typep)
  :forms ((let ((syn (make-synonym-stream '*standard-output*))) (list (synonym-stream-symbol syn) (typep syn 'synonym-stream) (with-output-to-string (*standard-output*) (write-string "dyn" syn)))))
  :value "(*STANDARD-OUTPUT* T \"dyn\")")

(defcase streams.synonym-stream-follows-rebinding
  :category streams
  :features (make-synonym-stream read-char *standard-input*)
  :forms ((let ((syn (make-synonym-stream '*standard-input*))) (list (with-input-from-string (*standard-input* "1") (read-char syn)) (with-input-from-string (*standard-input* "2") (read-char syn)))))
  :value "(#\\1 #\\2)")

(defcase streams.stream-system-classes
  :category streams
  :features (stream broadcast-stream concatenated-stream echo-stream synonym-stream two-way-stream string-stream file-stream subtypep)
  :forms ((every (lambda (type) (subtypep type 'stream)) '(broadcast-stream concatenated-stream echo-stream file-stream string-stream synonym-stream two-way-stream)))
  :value "T")

(defcase streams.standard-stream-variables
  :category streams
  :features (*debug-io* *error-output* *query-io* *standard-input* *standard-output* *trace-output* *terminal-io* streamp input-stream-p output-stream-p)
  :forms ((list (output-stream-p *debug-io*) (input-stream-p *debug-io*) (output-stream-p *error-output*) (input-stream-p *query-io*) (output-stream-p *query-io*) (input-stream-p *standard-input*) (output-stream-p *trace-output*) (streamp *terminal-io*)))
  :value "(T T T T T T T T)")

(defcase streams.error-output-writes-stderr
  :category streams
  :features (*error-output* write-string)
  :forms ((write-string "to stderr" *error-output*))
  :value "\"to stderr\""
  :stderr "to stderr")

(defcase streams.y-or-n-p-reads-query-io
  :category streams
  :features (y-or-n-p *query-io*)
  :forms ((let ((*query-io* (make-two-way-stream (make-string-input-stream (format nil "y~%n~%")) (make-broadcast-stream)))) (list (y-or-n-p "First?") (y-or-n-p))))
  :value "(T NIL)")

(defcase streams.yes-or-no-p-reads-query-io
  :category streams
  :features (yes-or-no-p *query-io*)
  :forms ((let ((*query-io* (make-two-way-stream (make-string-input-stream (format nil "yes~%no~%")) (make-broadcast-stream)))) (list (yes-or-no-p "Sure?") (yes-or-no-p "Really?"))))
  :value "(T NIL)")

(defcase streams.write-byte-read-byte
  :category streams
  :features (write-byte read-byte with-open-file open)
  :forms ((with-open-file (o "b.bin" :direction :output :element-type '(unsigned-byte 8) :if-exists :supersede) (list (write-byte 65 o) (write-byte 255 o))) (with-open-file (i "b.bin" :element-type '(unsigned-byte 8)) (list (read-byte i) (read-byte i) (read-byte i nil :eof))))
  :value "(65 255 :EOF)")

(defcase streams.read-byte-eof-error
  :category streams
  :features (read-byte end-of-file with-open-file)
  :files (("e.bin" ""))
  :forms ((with-open-file (i "e.bin" :element-type '(unsigned-byte 8)) (read-byte i)))
  :signals end-of-file)

(defcase streams.file-length-bytes
  :category streams
  :features (file-length with-open-file file-stream typep)
  :files (("d.txt" "hello"))
  :forms ((with-open-file (i "d.txt" :element-type '(unsigned-byte 8)) (list (file-length i) (typep i 'file-stream))))
  :value "(5 T)")

(defcase streams.file-position-binary
  :category streams
  :features (file-position read-byte with-open-file)
  :files (("d.txt" "hello"))
  :forms ((with-open-file (i "d.txt" :element-type '(unsigned-byte 8)) (list (file-position i) (read-byte i) (file-position i) (and (file-position i 4) t) (read-byte i))))
  :value "(0 104 1 T 111)")

(defcase streams.stream-element-type-binary-file
  :category streams
  :features (stream-element-type with-open-file subtypep)
  :files (("d.txt" "x"))
  :forms ((with-open-file (i "d.txt" :element-type '(unsigned-byte 8)) (values (subtypep (stream-element-type i) 'integer))))
  :value "T")

(defcase streams.file-string-length-ascii
  :category streams
  :features (file-string-length with-open-file)
  :forms ((with-open-file (o "w.txt" :direction :output :if-exists :supersede) (let ((n (file-string-length o "abc"))) (or (null n) (= n 3)))))
  :value "T")

(defcase streams.stream-external-format-exists
  :category streams
  :features (stream-external-format with-open-file)
  :files (("d.txt" "x"))
  :forms ((with-open-file (i "d.txt") (stream-external-format i) (read-line i)))
  :value "\"x\"")

(defcase streams.open-probe-closed
  :category streams
  :features (open open-stream-p)
  :files (("d.txt" "x"))
  :forms ((let ((s (open "d.txt" :direction :probe))) (list (streamp s) (open-stream-p s))))
  :value "(T NIL)")

(defcase streams.with-open-file-returns-body-values
  :category streams
  :features (with-open-file multiple-value-list)
  :files (("d.txt" "one
"))
  :forms ((multiple-value-list (with-open-file (i "d.txt") (values (read-line i) :second))))
  :value "(\"one\" :SECOND)")
