;;;; corpus/io/io-errors.lisp — I/O that goes wrong: wrong direction, closed streams, missing or
;;;; existing files, end of file; both unhandled (:signals) and caught with HANDLER-CASE.
;;;; Expectations come from SBCL 2.2.9 (tools/oracle/oracle.lisp).

(defcase io-errors.write-char-to-standard-input
  :category io-errors
  :features (write-char direction)
  :forms ((write-char #\a *standard-input*))
  :signals type-error)

(defcase io-errors.write-string-to-standard-input
  :category io-errors
  :features (write-string direction)
  :forms ((write-string "abc" *standard-input*))
  :signals type-error)

(defcase io-errors.write-to-standard-input-caught
  :category io-errors
  :features (write-char handler-case typep direction)
  :forms ((handler-case (progn (write-char #\a *standard-input*) :written)
            (error (c) (list (typep c 'type-error) (typep c 'error)))))
  :value "(T T)")

(defcase io-errors.read-char-from-standard-output
  :category io-errors
  :features (read-char direction)
  :forms ((read-char *standard-output*))
  :signals type-error)

(defcase io-errors.read-line-from-standard-output
  :category io-errors
  :features (read-line direction)
  :forms ((read-line *standard-output*))
  :signals type-error)

(defcase io-errors.read-char-from-error-output
  :category io-errors
  :features (read-char direction error-output)
  :forms ((read-char *error-output*))
  :signals type-error)

(defcase io-errors.read-from-output-file
  :category io-errors
  :features (with-open-file read-char direction)
  :forms ((with-open-file (s "o.txt" :direction :output)
            (read-char s)))
  :signals type-error)

(defcase io-errors.read-line-from-output-file
  :category io-errors
  :features (with-open-file read-line direction)
  :forms ((with-open-file (s "o.txt" :direction :output)
            (read-line s)))
  :signals type-error)

(defcase io-errors.read-from-output-file-caught
  :category io-errors
  :features (with-open-file read-char handler-case direction)
  :forms ((with-open-file (s "o.txt" :direction :output)
            (handler-case (read-char s)
              (type-error () :type-error))))
  :value ":TYPE-ERROR")

(defcase io-errors.write-to-input-file
  :category io-errors
  :features (with-open-file write-char direction)
  :files (("in.txt" "data"))
  :forms ((with-open-file (s "in.txt") (write-char #\x s)))
  :files-after (("in.txt" "data"))
  :signals type-error)

(defcase io-errors.write-line-to-input-file
  :category io-errors
  :features (with-open-file write-line direction)
  :files (("in.txt" "data"))
  :forms ((with-open-file (s "in.txt") (write-line "x" s)))
  :signals type-error)

(defcase io-errors.write-to-string-input-stream
  :category io-errors
  :features (make-string-input-stream write-char direction)
  :forms ((write-char #\a (make-string-input-stream "abc")))
  :signals type-error)

(defcase io-errors.read-from-string-output-stream
  :category io-errors
  :features (make-string-output-stream read-char direction)
  :forms ((read-char (make-string-output-stream)))
  :signals type-error)

(defcase io-errors.read-char-closed-file
  :category io-errors
  :features (open close read-char closed-stream)
  :files (("f.txt" "abc"))
  :forms ((let ((s (open "f.txt"))) (close s) (read-char s)))
  :signals stream-error)

(defcase io-errors.read-line-closed-file
  :category io-errors
  :features (open close read-line closed-stream)
  :files (("f.txt" "abc"))
  :forms ((let ((s (open "f.txt"))) (close s) (read-line s)))
  :signals stream-error)

(defcase io-errors.write-char-closed-file
  :category io-errors
  :features (open close write-char closed-stream)
  :forms ((let ((s (open "w.txt" :direction :output))) (close s) (write-char #\a s)))
  :files-after (("w.txt" ""))
  :signals stream-error)

(defcase io-errors.write-string-closed-file
  :category io-errors
  :features (open close write-string closed-stream)
  :forms ((let ((s (open "w.txt" :direction :output))) (close s) (write-string "abc" s)))
  :signals stream-error)

(defcase io-errors.use-stream-after-with-open-file
  :category io-errors
  :features (with-open-file read-char closed-stream)
  :files (("f.txt" "abc"))
  :forms ((let ((saved nil))
            (with-open-file (s "f.txt") (setf saved s))
            (read-char saved)))
  :signals stream-error)

(defcase io-errors.closed-stream-caught-as-stream-error
  :category io-errors
  :features (open close read-char handler-case stream-error closed-stream)
  :files (("f.txt" "abc"))
  :forms ((let ((s (open "f.txt")))
            (close s)
            (handler-case (read-char s)
              (stream-error (e) (eq (stream-error-stream e) s)))))
  :value "T")

(defcase io-errors.close-twice-is-harmless
  :category io-errors
  :features (open close closed-stream)
  :files (("f.txt" "abc"))
  :forms ((let ((s (open "f.txt"))) (close s) (close s) :ok))
  :value ":OK")

(defcase io-errors.read-char-closed-string-stream
  :category io-errors
  :features (make-string-input-stream close read-char closed-stream)
  :forms ((let ((s (make-string-input-stream "abc"))) (close s) (read-char s)))
  :signals stream-error)

(defcase io-errors.write-closed-string-stream
  :category io-errors
  :features (make-string-output-stream close write-string closed-stream)
  :forms ((let ((s (make-string-output-stream))) (close s) (write-string "x" s)))
  :signals stream-error)

(defcase io-errors.open-missing-file
  :category io-errors
  :features (open file-error)
  :forms ((open "no-such-file.txt"))
  :signals file-error)

(defcase io-errors.open-missing-file-caught
  :category io-errors
  :features (open handler-case file-error)
  :forms ((handler-case (open "no-such-file.txt")
            (file-error () :no-file)))
  :value ":NO-FILE")

(defcase io-errors.file-error-pathname
  :category io-errors
  :features (open handler-case file-error file-error-pathname)
  :forms ((handler-case (open "no-such-file.txt")
            (file-error (e) (file-namestring (file-error-pathname e)))))
  :value "\"no-such-file.txt\"")

(defcase io-errors.file-error-is-error
  :category io-errors
  :features (open handler-case file-error)
  :forms ((handler-case (open "no-such-file.txt")
            (error (e) (list (typep e 'file-error) (typep e 'stream-error)))))
  :value "(T NIL)")

(defcase io-errors.existing-file-error-caught
  :category io-errors
  :features (open if-exists handler-case file-error)
  :files (("x.txt" "old"))
  :forms ((handler-case (open "x.txt" :direction :output :if-exists :error)
            (file-error (e) (file-namestring (file-error-pathname e)))))
  :value "\"x.txt\""
  :files-after (("x.txt" "old")))

(defcase io-errors.delete-missing-file
  :category io-errors
  :features (delete-file file-error)
  :forms ((delete-file "absent.txt"))
  :signals file-error)

(defcase io-errors.eof-in-file-read-char
  :category io-errors
  :features (with-open-file read-char end-of-file)
  :files (("f.txt" "a"))
  :forms ((with-open-file (s "f.txt") (read-char s) (read-char s)))
  :signals end-of-file)

(defcase io-errors.eof-caught-stream
  :category io-errors
  :features (with-open-file read-line handler-case end-of-file stream-error-stream)
  :files (("f.txt" ""))
  :forms ((with-open-file (s "f.txt")
            (handler-case (read-line s)
              (end-of-file (e) (eq (stream-error-stream e) s)))))
  :value "T")

(defcase io-errors.eof-is-stream-error
  :category io-errors
  :features (read-char handler-case end-of-file stream-error)
  :stdin ""
  :forms ((handler-case (read-char)
            (stream-error (e) (list (typep e 'end-of-file) (typep e 'error)))))
  :value "(T T)")

(defcase io-errors.eof-stdin-caught
  :category io-errors
  :features (read-line handler-case end-of-file)
  :stdin "one
"
  :forms ((handler-case (list (read-line) (read-line))
            (end-of-file () :eof)))
  :value ":EOF")

(defcase io-errors.read-incomplete-form-in-file
  :category io-errors
  :features (with-open-file read end-of-file)
  :files (("f.lisp" "(1 2 (3"))
  :forms ((with-open-file (s "f.lisp") (read s)))
  :signals end-of-file)

(defcase io-errors.reader-error-from-stdin
  :category io-errors
  :features (read reader-error)
  :stdin ")"
  :forms ((read))
  :signals reader-error)

(defcase io-errors.reader-error-caught
  :category io-errors
  :features (read-from-string handler-case reader-error)
  :forms ((handler-case (read-from-string ")")
            (reader-error () :reader-error)))
  :value ":READER-ERROR")

(defcase io-errors.parse-integer-junk
  :category io-errors
  :features (read-line parse-integer parse-error)
  :stdin "12x
"
  :forms ((parse-integer (read-line)))
  :signals parse-error)

(defcase io-errors.parse-integer-junk-caught
  :category io-errors
  :features (read-line parse-integer handler-case parse-error)
  :stdin "12x
"
  :forms ((handler-case (parse-integer (read-line))
            (parse-error () :bad-number)))
  :value ":BAD-NUMBER")

(defcase io-errors.output-before-direction-error
  :category io-errors
  :features (write-line read-char direction)
  :forms ((write-line "before")
          (read-char *standard-output*))
  :stdout "before
"
  :signals type-error)

(defcase io-errors.error-output-before-eof
  :category io-errors
  :features (write-line read-line end-of-file error-output)
  :stdin ""
  :forms ((write-line "reading" *error-output*)
          (read-line))
  :stderr "reading
"
  :signals end-of-file)

(defcase io-errors.unwind-protect-closes-file
  :category io-errors
  :features (open close unwind-protect handler-case open-stream-p)
  :files (("f.txt" "abc"))
  :forms ((let ((s (open "f.txt")))
            (handler-case (unwind-protect (error "fail") (close s))
              (error () (open-stream-p s)))))
  :value "NIL")

(defcase io-errors.error-inside-with-open-file-output
  :category io-errors
  :features (with-open-file error)
  :note "the file is not checked: whether an aborted CLOSE deletes it is implementation-dependent"
  :forms ((with-open-file (s "half.txt" :direction :output)
            (write-string "half" s)
            (error "interrupted")))
  :signals simple-error)

(defcase io-errors.write-char-non-character
  :category io-errors
  :features (write-char type-error)
  :forms ((write-char "a"))
  :signals type-error)

(defcase io-errors.write-string-non-string
  :category io-errors
  :features (write-string type-error)
  :forms ((write-string 'sym))
  :signals type-error)

(defcase io-errors.read-char-non-stream
  :category io-errors
  :features (read-char type-error)
  :forms ((read-char 42))
  :signals type-error)

(defcase io-errors.close-non-stream
  :category io-errors
  :features (close type-error)
  :forms ((close "f.txt"))
  :signals type-error)
