;;;; Writes unicode-names.txt: "HEX NAME" for every code point from #x21 up (the C1 controls
;;;; #x7F-#x9F excepted: CharNames lists them) that SBCL's char-name gives a real name (not the
;;;; "Uxxxx" fallback), Hangul syllables excepted
;;;; (CharNames computes those). Regenerate from this folder with:
;;;;   sbcl --script gen-char-names.lisp && gzip -9 -n -f unicode-names.txt
(with-open-file (o "unicode-names.txt" :direction :output :if-exists :supersede :external-format :utf-8)
  (loop for i from #x21 below char-code-limit
        for n = (char-name (code-char i))
        do (when (and n (not (string= n (format nil "U~X" i)))
                      (not (<= #x7F i #x9F))
                      (not (<= #xAC00 i #xD7A3)))
             (format o "~X ~A~%" i n))))
