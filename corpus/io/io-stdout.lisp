;;;; corpus/io/io-stdout.lisp — writing to standard output and standard error, each captured separately
;;;; Expectations come from SBCL 2.2.9 (tools/oracle/oracle.lisp).

(defcase io-stdout.write-char
  :category io-stdout
  :features (write-char)
  :forms ((write-char #\A))
  :value "#\\A"
  :stdout "A")

(defcase io-stdout.write-char-newline
  :category io-stdout
  :features (write-char)
  :forms ((write-char #\a) (write-char #\Newline) (write-char #\b))
  :value "#\\b"
  :stdout "a
b")

(defcase io-stdout.write-string
  :category io-stdout
  :features (write-string)
  :forms ((write-string "hello"))
  :value "\"hello\""
  :stdout "hello")

(defcase io-stdout.write-string-start-end
  :category io-stdout
  :features (write-string)
  :forms ((write-string "abcdef" *standard-output* :start 1 :end 4))
  :value "\"abcdef\""
  :stdout "bcd")

(defcase io-stdout.write-string-empty
  :category io-stdout
  :features (write-string)
  :forms ((write-string "") 7)
  :value "7")

(defcase io-stdout.write-line
  :category io-stdout
  :features (write-line)
  :forms ((write-line "one") (write-line "two"))
  :value "\"two\""
  :stdout "one
two
")

(defcase io-stdout.write-line-empty
  :category io-stdout
  :features (write-line)
  :forms ((write-line ""))
  :value "\"\""
  :stdout "
")

(defcase io-stdout.terpri
  :category io-stdout
  :features (terpri write-string)
  :forms ((write-string "x") (terpri) (terpri))
  :value "NIL"
  :stdout "x

")

(defcase io-stdout.fresh-line-at-start
  :category io-stdout
  :features (fresh-line)
  :forms ((fresh-line))
  :value "NIL")

(defcase io-stdout.fresh-line-after-text
  :category io-stdout
  :features (fresh-line write-string)
  :forms ((write-string "abc") (list (fresh-line) (fresh-line)))
  :value "(T NIL)"
  :stdout "abc
")

(defcase io-stdout.fresh-line-after-newline
  :category io-stdout
  :features (fresh-line write-line)
  :forms ((write-line "abc") (fresh-line))
  :value "NIL"
  :stdout "abc
")

(defcase io-stdout.princ-string
  :category io-stdout
  :features (princ)
  :forms ((princ "a \"q\" b"))
  :value "\"a \\\"q\\\" b\""
  :stdout "a \"q\" b")

(defcase io-stdout.prin1-string
  :category io-stdout
  :features (prin1)
  :forms ((prin1 "a \"q\" b"))
  :value "\"a \\\"q\\\" b\""
  :stdout "\"a \\\"q\\\" b\"")

(defcase io-stdout.princ-char
  :category io-stdout
  :features (princ prin1)
  :forms ((princ #\z) (prin1 #\z))
  :value "#\\z"
  :stdout "z#\\z")

(defcase io-stdout.print-adds-newline-and-space
  :category io-stdout
  :features (print)
  :forms ((print 42) (print "s"))
  :value "\"s\""
  :stdout "
42 
\"s\" ")

(defcase io-stdout.print-returns-object
  :category io-stdout
  :features (print)
  :forms ((print '(1 2)))
  :value "(1 2)"
  :stdout "
(1 2) ")

(defcase io-stdout.prin1-list
  :category io-stdout
  :features (prin1)
  :forms ((prin1 '(a "b" #\c 1/2)))
  :value "(A \"b\" #\\c 1/2)"
  :stdout "(A \"b\" #\\c 1/2)")

(defcase io-stdout.princ-list
  :category io-stdout
  :features (princ)
  :forms ((princ '(a "b" #\c 1/2)))
  :value "(A \"b\" #\\c 1/2)"
  :stdout "(A b c 1/2)")

(defcase io-stdout.pprint-symbol
  :category io-stdout
  :features (pprint)
  :forms ((pprint 'sym))
  :value "NIL"
  :stdout "
SYM")

(defcase io-stdout.write-keyword-escape-nil
  :category io-stdout
  :features (write)
  :forms ((write "str" :escape nil) (write "str" :escape t))
  :value "\"str\""
  :stdout "str\"str\"")

(defcase io-stdout.format-t
  :category io-stdout
  :features (format)
  :forms ((format t "~A+~A=~D~%" 1 2 3))
  :value "NIL"
  :stdout "1+2=3
")

(defcase io-stdout.format-t-returns-nil
  :category io-stdout
  :features (format)
  :forms ((format t "x"))
  :value "NIL"
  :stdout "x")

(defcase io-stdout.format-standard-output-explicit
  :category io-stdout
  :features (format)
  :forms ((format *standard-output* "[~S]" "q"))
  :value "NIL"
  :stdout "[\"q\"]")

(defcase io-stdout.format-fresh-line-directive
  :category io-stdout
  :features (format)
  :forms ((format t "~&a~&~&b~%"))
  :value "NIL"
  :stdout "a
b
")

(defcase io-stdout.write-char-emoji
  :category io-stdout
  :features (write-char code-char utf-8)
  :forms ((char-code (write-char (code-char 128512))))
  :value "128512"
  :stdout "😀")

(defcase io-stdout.write-string-utf8
  :category io-stdout
  :features (write-string utf-8)
  :forms ((write-string "é€😀"))
  :value "\"é€😀\""
  :stdout "é€😀")

(defcase io-stdout.emoji-string-length
  :category io-stdout
  :features (length utf-8)
  :forms ((length "😀"))
  :value "1")

(defcase io-stdout.emoji-char-code
  :category io-stdout
  :features (char-code utf-8)
  :forms ((char-code (char "😀" 0)))
  :value "128512")

(defcase io-stdout.loop-output
  :category io-stdout
  :features (dotimes princ)
  :forms ((dotimes (i 5) (princ i) (princ " ")))
  :value "NIL"
  :stdout "0 1 2 3 4 ")

(defcase io-stdout.stderr-write-line
  :category io-stdout
  :features (write-line error-output)
  :forms ((write-line "to stderr" *error-output*))
  :value "\"to stderr\""
  :stderr "to stderr
")

(defcase io-stdout.stderr-format
  :category io-stdout
  :features (format error-output)
  :forms ((format *error-output* "err ~D~%" 1))
  :value "NIL"
  :stderr "err 1
")

(defcase io-stdout.stdout-and-stderr-separate
  :category io-stdout
  :features (write-line error-output)
  :forms ((write-line "out 1")
          (write-line "err 1" *error-output*)
          (write-line "out 2")
          (write-line "err 2" *error-output*))
  :value "\"err 2\""
  :stdout "out 1
out 2
"
  :stderr "err 1
err 2
")

(defcase io-stdout.interleaved-chars
  :category io-stdout
  :features (write-char error-output)
  :forms ((dotimes (i 3)
            (write-char #\o)
            (write-char #\e *error-output*)))
  :value "NIL"
  :stdout "ooo"
  :stderr "eee")

(defcase io-stdout.stderr-only
  :category io-stdout
  :features (princ error-output)
  :forms ((princ 'oops *error-output*) 0)
  :value "0"
  :stderr "OOPS")

(defcase io-stdout.stderr-fresh-line-independent
  :category io-stdout
  :features (fresh-line error-output)
  :forms ((write-string "o")
          (write-string "e" *error-output*)
          (fresh-line *error-output*)
          (write-string "o2"))
  :value "\"o2\""
  :stdout "oo2"
  :stderr "e
")

(defcase io-stdout.finish-output
  :category io-stdout
  :features (finish-output force-output)
  :forms ((write-string "a") (finish-output) (write-string "b") (force-output) (write-string "c"))
  :value "\"c\""
  :stdout "abc")

(defcase io-stdout.with-output-to-string-does-not-leak
  :category io-stdout
  :features (with-output-to-string)
  :forms ((with-output-to-string (*standard-output*) (princ "hidden")) )
  :value "\"hidden\"")

(defcase io-stdout.rebind-standard-output
  :category io-stdout
  :features (let with-output-to-string)
  :forms ((let ((s (make-string-output-stream)))
            (let ((*standard-output* s)) (princ "captured"))
            (princ "visible")
            (get-output-stream-string s)))
  :value "\"captured\""
  :stdout "visible")

(defcase io-stdout.stream-designator-t
  :category io-stdout
  :features (stream-argument-t)
  :forms ((write-string "ok" t) nil)
  :value "NIL"
  :stdout "ok")

(defcase io-stdout.output-stream-p
  :category io-stdout
  :features (output-stream-p)
  :forms ((list (output-stream-p *standard-output*) (output-stream-p *error-output*)))
  :value "(T T)")

(defcase io-stdout.write-to-string-no-output
  :category io-stdout
  :features (write-to-string)
  :forms ((write-to-string '(1 "a")))
  :value "\"(1 \\\"a\\\")\"")

(defcase io-stdout.print-float-and-ratio
  :category io-stdout
  :features (print)
  :forms ((print 1.5) (print 2/3) (terpri))
  :value "NIL"
  :stdout "
1.5 
2/3 
")

(defcase io-stdout.write-line-start-end
  :category io-stdout
  :features (write-line)
  :forms ((write-line "abcdef" *standard-output* :start 2 :end 4))
  :value "\"abcdef\""
  :stdout "cd
")

(defcase io-stdout.write-char-returns-char
  :category io-stdout
  :features (write-char)
  :forms ((write-char #\q))
  :value "#\\q"
  :stdout "q")

(defcase io-stdout.write-string-returns-string
  :category io-stdout
  :features (write-string)
  :forms ((write-string "ret"))
  :value "\"ret\""
  :stdout "ret")

(defcase io-stdout.terpri-returns-nil
  :category io-stdout
  :features (terpri)
  :forms ((terpri))
  :value "NIL"
  :stdout "
")

(defcase io-stdout.output-before-error-kept
  :category io-stdout
  :features (write-line error)
  :forms ((write-line "before") (error "stop") (write-line "after"))
  :stdout "before
"
  :signals simple-error)

(defcase io-stdout.stderr-before-error-kept
  :category io-stdout
  :features (write-line error error-output)
  :forms ((write-line "note" *error-output*) (car 'x))
  :stderr "note
"
  :signals type-error)

(defcase io-stdout.unwind-protect-output-on-error
  :category io-stdout
  :features (unwind-protect error write-line)
  :forms ((unwind-protect (error "boom") (write-line "cleanup")))
  :stdout "cleanup
"
  :signals simple-error)

(defcase io-stdout.warn-goes-to-stderr
  :category io-stdout
  :features (warn error-output)
  :forms ((warn "careful ~A" 1) (write-line "after"))
  :value "\"after\""
  :stdout "after
"
  :stderr "WARNING: careful 1
")
