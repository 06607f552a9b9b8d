;;;; corpus/io/io-files.lisp — WITH-OPEN-FILE and OPEN in the case's sandbox: reading, writing,
;;;; :if-exists and :if-does-not-exist, reading back what was written.
;;;; Expectations come from SBCL 2.2.9 (tools/oracle/oracle.lisp).

(defcase io-files.read-line-from-file
  :category io-files
  :features (with-open-file read-line)
  :files (("in.txt" "first
second
"))
  :forms ((with-open-file (s "in.txt") (read-line s)))
  :value "\"first\"")

(defcase io-files.read-all-lines
  :category io-files
  :features (with-open-file read-line loop)
  :files (("in.txt" "a
b
c
"))
  :forms ((with-open-file (s "in.txt")
            (loop for line = (read-line s nil nil) while line collect line)))
  :value "(\"a\" \"b\" \"c\")")

(defcase io-files.read-lines-no-final-newline
  :category io-files
  :features (with-open-file read-line multiple-value-list)
  :files (("in.txt" "x
y"))
  :forms ((with-open-file (s "in.txt")
            (list (multiple-value-list (read-line s))
                  (multiple-value-list (read-line s))
                  (read-line s nil :eof))))
  :value "((\"x\" NIL) (\"y\" T) :EOF)")

(defcase io-files.read-char-loop
  :category io-files
  :features (with-open-file read-char loop)
  :files (("in.txt" "abc"))
  :forms ((with-open-file (s "in.txt")
            (loop for c = (read-char s nil nil) while c collect c)))
  :value "(#\\a #\\b #\\c)")

(defcase io-files.read-char-eof-error
  :category io-files
  :features (with-open-file read-char end-of-file)
  :files (("empty.txt" ""))
  :forms ((with-open-file (s "empty.txt") (read-char s)))
  :signals end-of-file)

(defcase io-files.read-line-eof-value
  :category io-files
  :features (with-open-file read-line eof-value)
  :files (("empty.txt" ""))
  :forms ((with-open-file (s "empty.txt") (read-line s nil 'empty)))
  :value "EMPTY")

(defcase io-files.file-length-chars
  :category io-files
  :features (with-open-file file-length)
  :files (("in.txt" "hello
"))
  :forms ((with-open-file (s "in.txt") (file-length s)))
  :value "6")

(defcase io-files.read-utf8-file
  :category io-files
  :features (with-open-file read-line utf-8 length)
  :files (("u.txt" "né😀
"))
  :forms ((with-open-file (s "u.txt")
            (let ((line (read-line s))) (list (length line) (char-code (char line 2))))))
  :value "(3 128512)")

(defcase io-files.read-crlf-file
  :category io-files
  :features (with-open-file read-line crlf)
  :note "the file holds CR LF line ends; the CR stays in the line"
  :files (("crlf.txt" "ab\r
"))
  :forms ((with-open-file (s "crlf.txt") (length (read-line s))))
  :value "3")

(defcase io-files.write-new-file
  :category io-files
  :features (with-open-file write-line)
  :forms ((with-open-file (s "out.txt" :direction :output)
            (write-line "written" s))
          t)
  :value "T"
  :files-after (("out.txt" "written
")))

(defcase io-files.write-then-read-back
  :category io-files
  :features (with-open-file write-string read-line)
  :forms ((with-open-file (s "rt.txt" :direction :output)
            (write-string "round trip" s))
          (with-open-file (s "rt.txt") (read-line s nil nil)))
  :value "\"round trip\""
  :files-after (("rt.txt" "round trip")))

(defcase io-files.write-several-lines-read-back
  :category io-files
  :features (with-open-file format read-line loop)
  :forms ((with-open-file (s "n.txt" :direction :output)
            (dotimes (i 3) (format s "line ~D~%" i)))
          (with-open-file (s "n.txt")
            (loop for l = (read-line s nil nil) while l collect l)))
  :value "(\"line 0\" \"line 1\" \"line 2\")"
  :files-after (("n.txt" "line 0
line 1
line 2
")))

(defcase io-files.write-char-by-char
  :category io-files
  :features (with-open-file write-char)
  :forms ((with-open-file (s "c.txt" :direction :output)
            (map nil (lambda (c) (write-char c s)) "chars"))
          :done)
  :value ":DONE"
  :files-after (("c.txt" "chars")))

(defcase io-files.print-to-file
  :category io-files
  :features (with-open-file print prin1 princ)
  :forms ((with-open-file (s "p.txt" :direction :output)
            (prin1 "q" s) (princ "q" s) (print 'sym s))
          nil)
  :value "NIL"
  :files-after (("p.txt" "\"q\"q
SYM ")))

(defcase io-files.write-utf8-file
  :category io-files
  :features (with-open-file write-string utf-8)
  :forms ((with-open-file (s "u.txt" :direction :output)
            (write-string "é€😀" s))
          (with-open-file (s "u.txt") (file-length s)))
  :value "9"
  :files-after (("u.txt" "é€😀")))

(defcase io-files.if-exists-default-is-error
  :category io-files
  :features (with-open-file if-exists file-error)
  :files (("old.txt" "old"))
  :forms ((with-open-file (s "old.txt" :direction :output)
            (write-string "new" s)))
  :files-after (("old.txt" "old"))
  :signals file-error)

(defcase io-files.if-exists-error
  :category io-files
  :features (with-open-file if-exists file-error)
  :files (("old.txt" "old"))
  :forms ((with-open-file (s "old.txt" :direction :output :if-exists :error)
            (write-string "new" s)))
  :files-after (("old.txt" "old"))
  :signals file-error)

(defcase io-files.if-exists-error-caught
  :category io-files
  :features (with-open-file if-exists handler-case file-error)
  :files (("old.txt" "old"))
  :forms ((handler-case (with-open-file (s "old.txt" :direction :output :if-exists :error)
                          (write-string "new" s)
                          :opened)
            (file-error () :file-error)))
  :value ":FILE-ERROR")

(defcase io-files.if-exists-supersede
  :category io-files
  :features (with-open-file if-exists)
  :files (("old.txt" "old contents
"))
  :forms ((with-open-file (s "old.txt" :direction :output :if-exists :supersede)
            (write-string "new" s))
          (with-open-file (s "old.txt") (read-line s nil nil)))
  :value "\"new\""
  :files-after (("old.txt" "new")))

(defcase io-files.if-exists-append
  :category io-files
  :features (with-open-file if-exists)
  :files (("log.txt" "one
"))
  :forms ((with-open-file (s "log.txt" :direction :output :if-exists :append)
            (write-line "two" s))
          (with-open-file (s "log.txt")
            (loop for l = (read-line s nil nil) while l collect l)))
  :value "(\"one\" \"two\")"
  :files-after (("log.txt" "one
two
")))

(defcase io-files.if-exists-append-twice
  :category io-files
  :features (with-open-file if-exists dotimes)
  :files (("log.txt" ""))
  :forms ((dotimes (i 3)
            (with-open-file (s "log.txt" :direction :output :if-exists :append)
              (format s "~D" i)))
          (with-open-file (s "log.txt") (read-line s)))
  :value "\"012\""
  :files-after (("log.txt" "012")))

(defcase io-files.if-exists-overwrite
  :category io-files
  :features (with-open-file if-exists)
  :files (("ow.txt" "abcdef"))
  :forms ((with-open-file (s "ow.txt" :direction :output :if-exists :overwrite)
            (write-string "XY" s))
          (with-open-file (s "ow.txt") (read-line s)))
  :value "\"XYcdef\""
  :files-after (("ow.txt" "XYcdef")))

(defcase io-files.if-exists-rename
  :category io-files
  :features (with-open-file if-exists)
  :note "only the new file is checked: the name of the renamed old file is implementation-dependent"
  :files (("r.txt" "old"))
  :forms ((with-open-file (s "r.txt" :direction :output :if-exists :rename)
            (write-string "fresh" s))
          (with-open-file (s "r.txt") (read-line s)))
  :value "\"fresh\""
  :files-after (("r.txt" "fresh")))

(defcase io-files.if-exists-rename-and-delete
  :category io-files
  :features (with-open-file if-exists)
  :files (("r.txt" "old"))
  :forms ((with-open-file (s "r.txt" :direction :output :if-exists :rename-and-delete)
            (write-string "fresh" s))
          (with-open-file (s "r.txt") (read-line s)))
  :value "\"fresh\""
  :files-after (("r.txt" "fresh")))

(defcase io-files.if-exists-nil-returns-nil
  :category io-files
  :features (open if-exists)
  :files (("keep.txt" "kept"))
  :forms ((open "keep.txt" :direction :output :if-exists nil))
  :value "NIL"
  :files-after (("keep.txt" "kept")))

(defcase io-files.if-exists-nil-with-open-file
  :category io-files
  :features (with-open-file if-exists)
  :files (("keep.txt" "kept"))
  :forms ((with-open-file (s "keep.txt" :direction :output :if-exists nil)
            (if s (progn (write-string "changed" s) :wrote) :skipped)))
  :value ":SKIPPED"
  :files-after (("keep.txt" "kept")))

(defcase io-files.if-exists-ignored-for-new-file
  :category io-files
  :features (with-open-file if-exists)
  :forms ((with-open-file (s "brand-new.txt" :direction :output :if-exists :error)
            (write-string "ok" s))
          t)
  :value "T"
  :files-after (("brand-new.txt" "ok")))

(defcase io-files.if-does-not-exist-input-error
  :category io-files
  :features (with-open-file if-does-not-exist file-error)
  :forms ((with-open-file (s "missing.txt") (read-line s)))
  :signals file-error)

(defcase io-files.if-does-not-exist-explicit-error
  :category io-files
  :features (open if-does-not-exist file-error)
  :forms ((open "missing.txt" :direction :input :if-does-not-exist :error))
  :signals file-error)

(defcase io-files.if-does-not-exist-nil
  :category io-files
  :features (open if-does-not-exist)
  :forms ((open "missing.txt" :if-does-not-exist nil))
  :value "NIL"
  :files-after (("missing.txt" nil)))

(defcase io-files.if-does-not-exist-nil-with-open-file
  :category io-files
  :features (with-open-file if-does-not-exist)
  :forms ((with-open-file (s "missing.txt" :if-does-not-exist nil)
            (if s (read-line s) :no-file)))
  :value ":NO-FILE")

(defcase io-files.if-does-not-exist-create-input
  :category io-files
  :features (with-open-file if-does-not-exist)
  :forms ((with-open-file (s "made.txt" :if-does-not-exist :create)
            (read-line s nil :empty)))
  :value ":EMPTY"
  :files-after (("made.txt" "")))

(defcase io-files.if-does-not-exist-create-output
  :category io-files
  :features (with-open-file if-does-not-exist)
  :forms ((with-open-file (s "made.txt" :direction :output :if-does-not-exist :create)
            (write-string "made" s))
          1)
  :value "1"
  :files-after (("made.txt" "made")))

(defcase io-files.output-if-does-not-exist-error
  :category io-files
  :features (open if-does-not-exist file-error)
  :forms ((open "nope.txt" :direction :output :if-does-not-exist :error))
  :files-after (("nope.txt" nil))
  :signals file-error)

(defcase io-files.append-if-does-not-exist-create
  :category io-files
  :features (with-open-file if-exists if-does-not-exist)
  :forms ((with-open-file (s "a.txt" :direction :output :if-exists :append :if-does-not-exist :create)
            (write-string "first" s))
          (with-open-file (s "a.txt" :direction :output :if-exists :append :if-does-not-exist :create)
            (write-string "+second" s))
          (with-open-file (s "a.txt") (read-line s)))
  :value "\"first+second\""
  :files-after (("a.txt" "first+second")))

(defcase io-files.probe-file-existing
  :category io-files
  :features (probe-file)
  :files (("here.txt" "x"))
  :forms ((not (null (probe-file "here.txt"))))
  :value "T")

(defcase io-files.probe-file-missing
  :category io-files
  :features (probe-file)
  :forms ((probe-file "absent.txt"))
  :value "NIL")

(defcase io-files.delete-file
  :category io-files
  :features (delete-file probe-file)
  :files (("gone.txt" "bye"))
  :forms ((delete-file "gone.txt") (probe-file "gone.txt"))
  :value "NIL"
  :files-after (("gone.txt" nil)))

(defcase io-files.file-in-subdirectory
  :category io-files
  :features (with-open-file read-line)
  :files (("sub/dir/f.txt" "deep
"))
  :forms ((with-open-file (s "sub/dir/f.txt") (read-line s)))
  :value "\"deep\"")

(defcase io-files.explicit-open-close
  :category io-files
  :features (open close write-string)
  :forms ((let ((s (open "oc.txt" :direction :output)))
            (write-string "via open" s)
            (close s))
          (with-open-file (s "oc.txt") (read-line s)))
  :value "\"via open\""
  :files-after (("oc.txt" "via open")))

(defcase io-files.close-returns-t
  :category io-files
  :features (open close)
  :files (("f.txt" "x"))
  :forms ((let ((s (open "f.txt"))) (close s)))
  :value "T")

(defcase io-files.open-stream-p-after-close
  :category io-files
  :features (open close open-stream-p)
  :files (("f.txt" "x"))
  :forms ((let ((s (open "f.txt")))
            (list (open-stream-p s) (progn (close s) (open-stream-p s)))))
  :value "(T NIL)")

(defcase io-files.with-open-file-closes-on-exit
  :category io-files
  :features (with-open-file open-stream-p)
  :files (("f.txt" "x"))
  :forms ((let ((saved nil))
            (with-open-file (s "f.txt") (setf saved s))
            (open-stream-p saved)))
  :value "NIL")

(defcase io-files.with-open-file-closes-on-error
  :category io-files
  :features (with-open-file handler-case open-stream-p)
  :files (("f.txt" "x"))
  :forms ((let ((saved nil))
            (handler-case (with-open-file (s "f.txt") (setf saved s) (error "inside"))
              (error () nil))
            (open-stream-p saved)))
  :value "NIL")

(defcase io-files.handler-case-around-output-file
  :category io-files
  :features (with-open-file handler-case)
  :note "the file is not checked: whether an aborted CLOSE deletes it is implementation-dependent"
  :forms ((handler-case (with-open-file (s "partial.txt" :direction :output)
                          (write-string "kept" s)
                          (error "stop"))
            (error () :caught)))
  :value ":CAUGHT")

(defcase io-files.io-direction-read-write
  :category io-files
  :features (with-open-file io file-position)
  :files (("io.txt" "abc"))
  :forms ((with-open-file (s "io.txt" :direction :io :if-exists :overwrite)
            (let ((c (read-char s)))
              (file-position s 0)
              (write-char #\Z s)
              c)))
  :value "#\\a"
  :files-after (("io.txt" "Zbc")))

(defcase io-files.file-position-after-reading
  :category io-files
  :features (with-open-file file-position read-line)
  :files (("f.txt" "ab
cd
"))
  :forms ((with-open-file (s "f.txt") (read-line s) (file-position s)))
  :value "3")

(defcase io-files.input-output-stream-p-of-file
  :category io-files
  :features (with-open-file input-stream-p output-stream-p)
  :files (("f.txt" "x"))
  :forms ((with-open-file (s "f.txt")
            (list (input-stream-p s) (output-stream-p s))))
  :value "(T NIL)")

(defcase io-files.output-stream-p-of-output-file
  :category io-files
  :features (with-open-file input-stream-p output-stream-p)
  :forms ((with-open-file (s "o.txt" :direction :output)
            (list (input-stream-p s) (output-stream-p s))))
  :value "(NIL T)")

(defcase io-files.read-sequence-from-file
  :category io-files
  :features (with-open-file read-sequence)
  :files (("f.txt" "0123456789"))
  :forms ((with-open-file (s "f.txt")
            (let ((buf (make-string 4)))
              (list (read-sequence buf s) buf (read-char s)))))
  :value "(4 \"0123\" #\\4)")

(defcase io-files.write-sequence-to-file
  :category io-files
  :features (with-open-file write-sequence)
  :forms ((with-open-file (s "ws.txt" :direction :output)
            (write-sequence "abcdef" s :start 1 :end 5))
          nil)
  :value "NIL"
  :files-after (("ws.txt" "bcde")))

(defcase io-files.copy-file-contents
  :category io-files
  :features (with-open-file read-line write-line loop)
  :files (("src.txt" "l1
l2
"))
  :forms ((with-open-file (in "src.txt")
            (with-open-file (out "dst.txt" :direction :output)
              (loop for line = (read-line in nil nil) while line do (write-line line out))))
          :copied)
  :value ":COPIED"
  :files-after (("dst.txt" "l1
l2
") ("src.txt" "l1
l2
")))

(defcase io-files.count-words-in-file
  :category io-files
  :features (with-open-file read)
  :files (("w.txt" "alpha beta
gamma   delta
"))
  :forms ((with-open-file (s "w.txt")
            (loop for x = (read s nil nil) while x count t)))
  :value "4")

(defcase io-files.read-forms-from-file
  :category io-files
  :features (with-open-file read)
  :files (("data.lisp" "(1 2) \"str\" sym 3/4"))
  :forms ((with-open-file (s "data.lisp")
            (loop for x = (read s nil :eof) until (eq x :eof) collect x)))
  :value "((1 2) \"str\" SYM 3/4)")

(defcase io-files.print-then-read-back
  :category io-files
  :features (with-open-file prin1 read)
  :forms ((with-open-file (s "d.lisp" :direction :output)
            (prin1 '(a "b" (c . 1)) s))
          (with-open-file (s "d.lisp") (read s)))
  :value "(A \"b\" (C . 1))"
  :files-after (("d.lisp" "(A \"b\" (C . 1))")))

(defcase io-files.if-exists-new-version
  :category io-files
  :features (with-open-file if-exists)
  :sbcl-differs "SBCL 2.2.9 refuses :new-version on a file system without versions; the suite's host starts an empty file"
  :files (("v.txt" "old"))
  :forms ((with-open-file (s "v.txt" :direction :output :if-exists :new-version)
            (write-string "new" s))
          (with-open-file (s "v.txt") (read-line s)))
  :value "\"new\""
  :files-after (("v.txt" "new")))
