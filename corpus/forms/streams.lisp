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
  :features (with-output-to-string standard-output)
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

