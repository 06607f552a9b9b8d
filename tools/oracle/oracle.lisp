;;;; tools/oracle/oracle.lisp — runs the corpus in SBCL and checks every expectation against it.
;;;;
;;;; Usage:
;;;;   sbcl --script tools/oracle/oracle.lisp [--jsonl OUT] [--timeout SECONDS] [--quiet] FILE-OR-DIR...
;;;;
;;;;   FILE-OR-DIR  corpus files (*.lisp); directories are walked recursively for *.lisp
;;;;   --jsonl OUT  also write one JSON object per case to OUT:
;;;;                {"id","file","line","category","status":"match|mismatch|exempt|error",
;;;;                 "fields":[{"field","expected","actual"}...],
;;;;                 "actual":{"value","values","stdout","stderr","condition","standard_type","message","phase"}}
;;;;                ("actual" is what SBCL did, so a tool can use SBCL as a reference stage)
;;;;   --timeout S  per-case time limit in seconds (default 5)
;;;;   --quiet      print only mismatches and the summary
;;;;
;;;; Each case runs as docs/corpus.md and docs/oracle.md describe: a fresh package using only CL,
;;;; *standard-input* reading :stdin, *standard-output* and *error-output* captured separately,
;;;; a fresh sandbox directory holding :files as *default-pathname-defaults* and cwd, standard
;;;; printer/reader settings (those of WITH-STANDARD-IO-SYNTAX but *print-readably* NIL), a time
;;;; limit, and any condition that reaches the debugger recorded (type and message) instead.
;;;; Note *print-pretty* is NIL (the standard value), so ''x prints as (QUOTE X), not 'X.
;;;; A diff names the condition SBCL signalled as "STANDARD-TYPE [sbcl-type]: message", so the
;;;; most specific standard type for :signals can be read off a first run.
;;;; Cases with :sbcl-differs are not run (exempt).
;;;;
;;;; Output: a diff per mismatch (file:line, case id, field, expected, actual), per-category
;;;; counts, and the line "oracle: checked N cases, M exempt, K mismatches".
;;;; Exit status: 0 no mismatch, 1 some mismatch (or a case the oracle could not run),
;;;; 2 malformed corpus file or bad arguments (the problem is printed as file:line:column: problem).
;;;;
;;;; The function CLYSM-ORACLE:RUN-CASE runs one case and returns what SBCL did; everything else
;;;; here is reading, checking and reporting.

(require :sb-posix)

(defpackage :clysm-oracle
  (:use :cl)
  (:export #:run-case #:main))

(in-package :clysm-oracle)

;; Corpus files, sandbox files and file names are UTF-8 whatever the locale of the caller.
(setf sb-impl::*default-external-format* :utf-8)
(setf sb-alien::*default-c-string-external-format* :utf-8)

;; --script implies --lose-on-corruption, which makes a case's control stack exhaustion fatal
;; to the whole run; turn it off so deep recursion is reported as the case's STORAGE-CONDITION.
(setf (sb-alien:extern-alien "lose_on_corruption_p" sb-alien:int) 0)

(defvar *out* (sb-sys:make-fd-stream 1 :output t :external-format :utf-8 :buffering :full)
  "The oracle's own report goes to fd 1 as UTF-8, independent of the locale.")

;;; ------------------------------------------------------------------------------------------
;;; Corpus model

(defparameter +fields+
  '("CATEGORY" "FEATURES" "FORMS" "SOURCE" "STDIN" "FILES" "VALUE" "VALUES" "STDOUT" "STDERR"
    "FILES-AFTER" "SIGNALS" "PHASE" "SBCL-DIFFERS" "NOTE"))

(defparameter +expectations+ '("VALUE" "VALUES" "STDOUT" "STDERR" "FILES-AFTER" "SIGNALS"))

(defparameter +id-punctuation+ "!$%&*+-./<=>?@[]^_{}~#"
  "What a case id may hold besides letters and digits: the punctuation of the standard's
operator names (string<=, 1+, format-~{), the package marker excepted (docs/corpus.md).")

(defstruct spec
  id          ; string, the case id as written (upper-cased by the reader)
  file        ; namestring of the corpus file
  line column ; where the defcase starts
  text        ; the verbatim text of the whole (defcase ...) form
  plist)      ; the fields, read in a scratch package (only used for checks and strings)

(define-condition corpus-problem (error)
  ((where :initarg :where :reader problem-where)
   (what :initarg :what :reader problem-what))
  (:report (lambda (c s) (format s "~A: ~A" (problem-where c) (problem-what c)))))

(defun line-col (text pos)
  "1-based line and column of character POS in TEXT."
  (let ((line 1) (col 1))
    (dotimes (i (min pos (length text)))
      (if (char= (char text i) #\Newline) (setf line (1+ line) col 1) (incf col)))
    (values line col)))

(defun read-file-text (path)
  (with-open-file (s path :external-format :utf-8)
    (let* ((buf (make-string (file-length s)))
           (n (read-sequence buf s)))
      (subseq buf 0 n))))

(defvar *scan-package*
  (or (find-package "CLYSM-ORACLE-SCAN") (make-package "CLYSM-ORACLE-SCAN" :use '(:cl))))

(defun standard-read-env (fn)
  "Calls FN with the standard reader settings."
  (let ((*readtable* (copy-readtable nil))
        (*read-base* 10)
        (*read-default-float-format* 'single-float)
        (*read-eval* t)
        (*read-suppress* nil))
    (funcall fn)))

(defun skip-blanks-and-comments (s)
  "Advances S past whitespace and ; comments so that the next form's position is exact."
  (loop
    (let ((c (peek-char t s nil nil)))
      (cond ((null c) (return))
            ((char= c #\;) (read-line s nil))
            (t (return))))))

(defun valid-id-p (name)
  (and (plusp (length name))
       (every (lambda (ch) (or (and (alphanumericp ch) (< (char-code ch) 128)) (find ch +id-punctuation+))) name)))

(defun sandbox-name-p (name)
  "A relative, /-separated file name that stays inside the sandbox (schemas/corpus-case.schema.json)."
  (and (stringp name) (plusp (length name))
       (char/= (char name 0) #\/)
       (not (find #\\ name))
       (loop for start = 0 then (1+ slash)
             for slash = (position #\/ name :start start)
             never (string= ".." (subseq name start slash))
             while slash)))

(defun check-plist (where id plist)
  "Signals CORPUS-PROBLEM for anything docs/corpus.md does not allow."
  (flet ((bad (fmt &rest args)
           (error 'corpus-problem :where where
                                  :what (format nil "case ~A: ~?" id fmt args))))
    (unless (and (listp plist) (evenp (length plist)))
      (bad "the fields are not a property list"))
    (let ((seen '()))
      (loop for (k v) on plist by #'cddr
            do (unless (and (keywordp k) (member (symbol-name k) +fields+ :test #'string=))
                 (bad "unknown field ~S" k))
               (when (member k seen) (bad "field ~S given twice" k))
               (push k seen)
               (let ((name (symbol-name k)))
                 (cond
                   ((member name '("SOURCE" "STDIN" "VALUE" "STDOUT" "STDERR" "SBCL-DIFFERS" "NOTE")
                            :test #'string=)
                    (unless (stringp v) (bad "~S must be a string" k)))
                   ((string= name "CATEGORY")
                    (unless (and v (symbolp v) (valid-id-p (symbol-name v)))
                      (bad ":category must be a symbol made of letters, digits and ~A" +id-punctuation+)))
                   ((string= name "VALUES")
                    (unless (and (listp v) (null (cdr (last v))) (every #'stringp v))
                      (bad ":values must be a list of strings, one printed value each")))
                   ((string= name "SIGNALS")
                    (unless (and v (symbolp v)) (bad ":signals must be a symbol naming a type")))
                   ((string= name "FEATURES")
                    (unless (and (listp v) (every #'symbolp v)) (bad ":features must be a list of symbols")))
                   ((string= name "FORMS")
                    (unless (and (consp v) (null (cdr (last v))))
                      (bad ":forms must be a non-empty list of forms")))
                   ((string= name "PHASE")
                    (unless (and (symbolp v) (member (symbol-name v) '("READ" "COMPILE" "RUN") :test #'string=))
                      (bad ":phase must be read, compile or run")))
                   ((member name '("FILES" "FILES-AFTER") :test #'string=)
                    (unless (and (listp v)
                                 (every (lambda (e)
                                          (and (consp e) (consp (cdr e)) (null (cddr e))
                                               (sandbox-name-p (first e))
                                               (or (stringp (second e))
                                                   (and (string= name "FILES-AFTER") (null (second e))))))
                                        v))
                      (bad "~S must be a list of (\"name\" ~:[\"contents\"~;\"contents\"-or-nil~]) with relative names (no leading /, no .., no \\)"
                           k (string= name "FILES-AFTER"))))))))
    (flet ((has (name) (loop for k in plist by #'cddr thereis (string= (symbol-name k) name))))
      (unless (has "CATEGORY") (bad "missing :category"))
      (unless (eq (has "FORMS") (not (has "SOURCE")))
        (bad "exactly one of :forms and :source is required"))
      (unless (some #'has +expectations+)
        (bad "no expectation (one of :value :values :stdout :stderr :files-after :signals)"))
      (when (and (has "PHASE") (not (has "SIGNALS")))
        (bad ":phase needs :signals"))
      (when (and (has "VALUES") (has "VALUE"))
        (bad ":value and :values cannot both be given"))
      (when (and (has "VALUES") (not (has "FORMS")))
        (bad ":values needs :forms"))
      (when (and (has "PHASE") (has "FORMS")
                 (string= (symbol-name (getf-name plist "PHASE")) "READ"))
        (bad ":phase read needs :source (:forms are already read with the corpus file)")))))

(defun getf-name (plist name)
  "The value of the field whose keyword is named NAME (package-independent GETF)."
  (loop for (k v) on plist by #'cddr
        when (string= (symbol-name k) name) return v))

(defun scan-file (path)
  "Reads every top-level form of corpus file PATH and returns its SPECs (in file order)."
  (let* ((file (relative-name (namestring path)))
         (text (read-file-text path))
         (specs '())
         (problems '()))
    (with-input-from-string (s text)
      (standard-read-env
       (lambda ()
         (let ((*package* *scan-package*))
           (loop
             (skip-blanks-and-comments s)
             (let* ((start (file-position s))
                    (form (handler-case (read-preserving-whitespace s nil s)
                            (error (e)
                              (multiple-value-bind (l c) (line-col text start)
                                (error 'corpus-problem
                                       :where (format nil "~A:~D:~D" file l c)
                                       :what (format nil "cannot read the form starting here: ~A"
                                                     (reader-problem e))))))))
               (when (eq form s) (return))
               (multiple-value-bind (l c) (line-col text start)
                 (let ((where (format nil "~A:~D:~D" file l c)))
                   (unless (and (consp form) (symbolp (car form))
                                (string= (symbol-name (car form)) "DEFCASE"))
                     (error 'corpus-problem :where where
                                            :what "a corpus file may only hold (defcase ...) forms"))
                   (unless (and (consp (cdr form)) (cadr form) (symbolp (cadr form))
                                (valid-id-p (symbol-name (cadr form))))
                     (error 'corpus-problem :where where
                                            :what (format nil "defcase needs an id made of letters, digits and ~A" +id-punctuation+)))
                   (let ((id (string-downcase (symbol-name (cadr form)))))
                     ;; A bad case does not hide the problems of the cases after it.
                     (handler-case
                         (progn
                           (check-plist where id (cddr form))
                           (push (make-spec :id id :file file :line l :column c
                                            :text (subseq text start (file-position s))
                                            :plist (cddr form))
                                 specs))
                       (corpus-problem (p) (push (princ-to-string p) problems))))))))))))
    (values (nreverse specs) (nreverse problems))))

(defun reader-problem (e)
  "SBCL's reader message without the printed stream object."
  (if (typep e 'end-of-file)
      "end of file inside the form (an unclosed parenthesis or string?)"
      (let* ((text (one-line (princ-to-string e)))
             (cut (search "Stream:" text)))
        (string-trim " " (if cut (subseq text 0 cut) text)))))

(defun one-line (s)
  (substitute #\Space #\Newline s))

;;; ------------------------------------------------------------------------------------------
;;; Running one case

(defparameter +standard-condition-types+
  '(condition warning style-warning serious-condition error cell-error unbound-variable
    undefined-function unbound-slot parse-error reader-error program-error control-error
    stream-error end-of-file file-error package-error type-error simple-type-error
    arithmetic-error division-by-zero floating-point-overflow floating-point-underflow
    floating-point-inexact floating-point-invalid-operation print-not-readable
    storage-condition simple-condition simple-error simple-warning)
  "The condition types the standard defines; used to name SBCL's conditions portably.")

(defun standard-type-of (c)
  "The most specific standard condition type(s) C satisfies, e.g. \"PROGRAM-ERROR\"."
  (let* ((sat (remove-if-not (lambda (ty) (typep c ty)) +standard-condition-types+))
         (minimal (remove-if (lambda (ty)
                               (some (lambda (o) (and (not (eq o ty)) (subtypep o ty))) sat))
                             sat))
         ;; SIMPLE-CONDITION says only how the message is made; name the kind of problem.
         (named (or (remove 'simple-condition minimal) minimal)))
    (format nil "~{~A~^ ~}" named)))

(defun sandbox-root ()
  (let ((tmp (or (sb-posix:getenv "TMPDIR") "/tmp")))
    (format nil "~A/clysm-oracle-~D/" (string-right-trim "/" tmp) (sb-posix:getpid))))

(defvar *case-counter* 0)

(defun sandbox-path (dir name)
  "The pathname of sandbox file NAME (a relative, /-separated native name) inside DIR."
  (merge-pathnames (sb-ext:parse-native-namestring name) dir))

(defun write-sandbox-file (dir name contents)
  (let ((p (sandbox-path dir name)))
    (ensure-directories-exist p)
    (with-open-file (s p :direction :output :if-exists :supersede :external-format :utf-8)
      (write-string contents s))))

(defun read-sandbox-file (dir name)
  "Contents of sandbox file NAME, or NIL when it does not exist."
  (let ((p (sandbox-path dir name)))
    (when (probe-file p)
      (read-file-text p))))

(defmacro with-standard-printer ((package) &body body)
  "WITH-STANDARD-IO-SYNTAX's values, except *print-readably* NIL and *package* PACKAGE."
  `(with-standard-io-syntax
     (let ((*print-readably* nil)
           (*package* ,package))
       ,@body)))

(defun compile-time-warning-p (c)
  "True for diagnostics of SBCL's compiler and SBCL's own redefinition chatter: they are not
output of the case (a stage would not print them), so they are muffled."
  (or (typep c 'sb-kernel:redefinition-warning)
      (typep c 'sb-ext:implicit-generic-function-warning)
      (and (boundp 'sb-c::*compiler-error-context*) sb-c::*compiler-error-context* t)))

(defun read-source-forms (source package)
  "Reads the :source text form by form, as COMPILE-FILE would: IN-PACKAGE and DEFPACKAGE take
effect for the forms read after them."
  (let ((*package* package) (forms '()))
    (with-input-from-string (s source)
      (loop
        (let ((form (read s nil s)))
          (when (eq form s) (return))
          (when (and (consp form) (member (car form) '(in-package defpackage)))
            (eval form))
          (push form forms))))
    (nreverse forms)))

(defun run-case (&key forms-text source (stdin "") files files-after (timeout 5))
  "Runs one case in SBCL and returns a property list describing what SBCL did:
  :value        prin1 of the primary value of the last form (NIL when no value was produced)
  :values       prin1 of each value of the last form, in order
  :stdout :stderr   the captured output strings
  :condition    the condition that reached the debugger (or timed out), or NIL
  :phase        :read or :run, where that condition happened
  :files-after  an alist (name . contents) for each name in FILES-AFTER (contents NIL: absent)
The forms come either from FORMS-TEXT (the text of a (defcase ... :forms (...)) form, read in the
case's fresh package so the case's symbols are its own) or from SOURCE (text read form by form).
STDIN is the standard input, FILES a list of (name contents) put in the sandbox first."
  (let* ((package (make-package (format nil "CLYSM-CASE-~D" (incf *case-counter*)) :use '(:cl)))
         (dir (pathname (format nil "~Acase-~D/" (sandbox-root) *case-counter*)))
         (old-cwd (sb-posix:getcwd))
         (out (make-string-output-stream))
         (err (make-string-output-stream))
         (in (make-string-input-stream stdin))
         (io (make-two-way-stream in out))
         (condition nil) (phase nil) (printed nil) (all-printed nil) (have-value nil))
    (unwind-protect
         (progn
           (ensure-directories-exist dir)
           (loop for (name contents) in files do (write-sandbox-file dir name contents))
           (sb-posix:chdir dir)
           (catch 'unhandled
             (with-standard-printer (package)
               (let* ((*readtable* (copy-readtable nil)) ; a case may change its readtable
                      (*gensym-counter* 1)
                      (*default-pathname-defaults* dir)
                      (*standard-input* in) (*standard-output* out) (*error-output* err)
                      (*trace-output* out) (*terminal-io* io) (*debug-io* io) (*query-io* io)
                      (*break-on-signals* nil)
                      (sb-ext:*evaluator-mode* :compile)
                      (hook (lambda (c &rest ignore)
                              (declare (ignore ignore))
                              (setf condition c)
                              (throw 'unhandled nil)))
                      (sb-ext:*invoke-debugger-hook* hook)
                      (*debugger-hook* hook))
                 (handler-bind ((warning (lambda (c)
                                           (when (compile-time-warning-p c) (muffle-warning c))))
                                (sb-ext:compiler-note #'muffle-warning))
                   (sb-ext:with-timeout timeout
                     (restart-case
                         (let ((forms (progn
                                        (setf phase :read)
                                        (if source
                                            (read-source-forms source package)
                                            (getf-name (cddr (read-from-string forms-text)) "FORMS"))))
                               (values '()))
                           (setf phase :run)
                           (setf *package* package)
                           (dolist (f forms) (setf values (multiple-value-list (eval f))))
                           ;; Print while the case's dynamic state is still in place, but with
                           ;; the standard printer settings whatever the case set.
                           (with-standard-printer (package)
                             (setf printed (prin1-to-string (first values))
                                   all-printed (mapcar #'prin1-to-string values)
                                   have-value t)))
                       (abort ()
                         :report "Abort this case."
                         (setf condition (make-condition 'simple-error
                                                         :format-control "the case invoked ABORT")))
                       ;; SBCL's LOAD of this script has a CONTINUE restart: a case calling
                       ;; (continue) with none of its own would jump there and end the oracle's
                       ;; run silently with exit 0. Caught here, it is a result the case must expect.
                       (continue ()
                         :report "Continue after this case."
                         (setf condition (make-condition 'simple-error
                                                         :format-control "the case invoked a CONTINUE restart it did not establish")))))))))
           (list :value (and have-value printed)
                 :values all-printed
                 ;; Named now: the case's package (and so its symbols' names) goes away below.
                 :condition-type (and condition (with-standard-printer (package)
                                                  (prin1-to-string (type-of condition))))
                 :standard-type (and condition (standard-type-of condition))
                 :message (and condition
                               (with-standard-printer (package)
                                 (or (ignore-errors (princ-to-string condition))
                                     "(the condition's report failed)")))
                          :stdout (get-output-stream-string out)
                          :stderr (get-output-stream-string err)
                          :condition condition
                          :phase (and condition phase)
                 :files-after (loop for name in files-after
                                    collect (cons name (read-sandbox-file dir name)))))
      (ignore-errors (sb-posix:chdir old-cwd))
      (ignore-errors (sb-ext:delete-directory dir :recursive t))
      (ignore-errors (delete-package package)))))

;;; ------------------------------------------------------------------------------------------
;;; Judging a case

(defun show (x)
  "A one-line rendering of an expected/actual string that makes whitespace visible."
  (if (stringp x)
      (with-output-to-string (s)
        (write-char #\" s)
        (loop for ch across x
              do (case ch
                   (#\Newline (write-string "\\n" s))
                   (#\Return (write-string "\\r" s))
                   (#\Tab (write-string "\\t" s))
                   (#\" (write-string "\\\"" s))
                   (#\\ (write-string "\\\\" s))
                   (t (if (< (char-code ch) 32)
                          (format s "\\x~2,'0X" (char-code ch))
                          (write-char ch s)))))
        (write-char #\" s))
      (princ-to-string x)))

(defun condition-text (result)
  (if (getf result :condition)
      (format nil "~A [~A]: ~A" (getf result :standard-type) (getf result :condition-type)
              (one-line (getf result :message)))
      "no condition"))

(defun judge (spec result)
  "List of (field expected actual) differences between SPEC's expectations and RESULT."
  (let* ((pl (spec-plist spec))
         (diffs '())
         (cnd (getf result :condition)))
    (flet ((field (name) (getf-name pl name))
           (has (name) (loop for k in pl by #'cddr thereis (string= (symbol-name k) name)))
           (diff (f e a) (push (list f e a) diffs)))
      ;; Condition first: it explains most other differences.
      (cond ((has "SIGNALS")
             (let* ((want (field "SIGNALS"))
                    (type (find-symbol (symbol-name want) "COMMON-LISP")))
               (cond ((or (null type) (not (find-class type nil)))
                      (diff ":signals" (symbol-name want) "not a standard condition type"))
                     ((not (and cnd (typep cnd type)))
                      (diff ":signals" (symbol-name type) (condition-text result)))
                     ((and (has "PHASE") (string= (symbol-name (field "PHASE")) "READ")
                           (not (eq (getf result :phase) :read)))
                      (diff ":phase" "READ" (format nil "~A (~A)" (getf result :phase)
                                                    (condition-text result)))))))
            (cnd (diff ":signals" "no condition" (condition-text result))))
      (when (has "VALUE")
        (unless (equal (field "VALUE") (getf result :value))
          (diff ":value" (show (field "VALUE"))
                (if (getf result :value) (show (getf result :value)) "no value"))))
      (when (has "VALUES")
        (unless (and (not cnd) (equal (field "VALUES") (getf result :values)))
          (diff ":values" (format nil "(~{~A~^ ~})" (mapcar #'show (field "VALUES")))
                (if cnd "no value" (format nil "(~{~A~^ ~})" (mapcar #'show (getf result :values)))))))
      (let ((want (if (has "STDOUT") (field "STDOUT") "")))
        (unless (string= want (getf result :stdout))
          (diff ":stdout" (show want) (show (getf result :stdout)))))
      (when (or (has "STDERR") (not (has "SIGNALS")))
        (let ((want (if (has "STDERR") (field "STDERR") "")))
          (unless (string= want (getf result :stderr))
            (diff ":stderr" (show want) (show (getf result :stderr))))))
      (loop for (name contents) in (field "FILES-AFTER")
            for actual = (cdr (assoc name (getf result :files-after) :test #'string=))
            unless (equal contents actual)
              do (diff (format nil ":files-after ~S" name)
                       (if contents (show contents) "no such file")
                       (if actual (show actual) "no such file"))))
    (nreverse diffs)))

;;; ------------------------------------------------------------------------------------------
;;; Reporting

(defun json-string (x)
  (if (null x)
      "null"
      (with-output-to-string (s)
        (write-char #\" s)
        (loop for ch across (princ-to-string x)
              do (case ch
                   (#\" (write-string "\\\"" s))
                   (#\\ (write-string "\\\\" s))
                   (#\Newline (write-string "\\n" s))
                   (#\Return (write-string "\\r" s))
                   (#\Tab (write-string "\\t" s))
                   (t (if (< (char-code ch) 32)
                          (format s "\\u~4,'0X" (char-code ch))
                          (write-char ch s)))))
        (write-char #\" s))))

(defun json-record (spec status diffs result)
  (with-output-to-string (s)
    (format s "{\"id\":~A,\"file\":~A,\"line\":~D,\"category\":~A,\"status\":~A,\"fields\":["
            (json-string (spec-id spec)) (json-string (spec-file spec)) (spec-line spec)
            (json-string (string-downcase (symbol-name (getf-name (spec-plist spec) "CATEGORY"))))
            (json-string status))
    (loop for (f e a) in diffs for first = t then nil
          do (format s "~:[,~;~]{\"field\":~A,\"expected\":~A,\"actual\":~A}"
                     first (json-string f) (json-string e) (json-string a)))
    (write-string "]" s)
    (when result
      (let ((c (getf result :condition)))
        (format s ",\"actual\":{\"value\":~A,\"values\":[~{~A~^,~}],\"stdout\":~A,\"stderr\":~A,\"condition\":~A,\"standard_type\":~A,\"message\":~A,\"phase\":~A}"
                (json-string (getf result :value)) (mapcar #'json-string (getf result :values))
                (json-string (getf result :stdout))
                (json-string (getf result :stderr))
                (json-string (getf result :condition-type))
                (json-string (getf result :standard-type))
                (json-string (getf result :message))
                (json-string (and c (string-downcase (symbol-name (getf result :phase))))))))
    (write-string "}" s)))

(defun corpus-files (args)
  (let ((files '()))
    (dolist (a args)
      (let ((p (probe-file a)))
        (cond ((null p)
               (error 'corpus-problem :where a :what "no such file or directory"))
              ((and (null (pathname-name p)) (null (pathname-type p))) ; a directory
               (setf files (append files
                                   (sort (mapcar #'namestring
                                                 (directory (merge-pathnames "**/*.lisp" p)))
                                         #'string<))))
              (t (setf files (append files (list (namestring p))))))))
    files))

(defun relative-name (file)
  "FILE relative to the current directory when it is inside it (shorter diffs)."
  (let ((cwd (namestring *default-pathname-defaults*)))
    (if (and (> (length file) (length cwd)) (string= cwd file :end2 (length cwd)))
        (subseq file (length cwd))
        file)))

(defun usage-error (fmt &rest args)
  (format *out* "oracle: ~?~%usage: sbcl --script tools/oracle/oracle.lisp [--jsonl OUT] [--timeout SECONDS] [--quiet] FILE-OR-DIR...~%"
          fmt args)
  (finish-output *out*)
  (sb-ext:exit :code 2 :abort t))

(defun main (args)
  (let ((jsonl nil) (timeout 5) (quiet nil) (paths '()))
    (loop while args
          do (let ((a (pop args)))
               (cond ((string= a "--jsonl")
                      (setf jsonl (or (pop args) (usage-error "--jsonl needs a file name"))))
                     ((string= a "--timeout")
                      (let ((n (ignore-errors (parse-integer (or (pop args) "")))))
                        (unless (and n (plusp n)) (usage-error "--timeout needs a positive integer"))
                        (setf timeout n)))
                     ((string= a "--quiet") (setf quiet t))
                     ((and (> (length a) 1) (char= (char a 0) #\-))
                      (usage-error "unknown option ~A" a))
                     (t (push a paths)))))
    (unless paths (usage-error "no corpus file or directory given"))
    ;; Phase 1: read and check every file; nothing runs if the corpus is malformed.
    (let ((specs '()) (problems '()) (ids (make-hash-table :test #'equal)))
      (handler-case
          (dolist (f (corpus-files (reverse paths)))
            (handler-case
                (multiple-value-bind (file-specs file-problems) (scan-file f)
                 (setf problems (append (reverse file-problems) problems))
                 (dolist (s file-specs)
                  (let ((other (gethash (spec-id s) ids)))
                    (if other
                        (push (format nil "~A:~D:~D: duplicate case id ~A (also at ~A:~D:~D)"
                                      (spec-file s) (spec-line s) (spec-column s) (spec-id s)
                                      (spec-file other) (spec-line other) (spec-column other))
                              problems)
                        (setf (gethash (spec-id s) ids) s)))
                  (push s specs)))
              (corpus-problem (p) (push (princ-to-string p) problems))))
        (corpus-problem (p) (push (princ-to-string p) problems)))
      (when problems
        (dolist (p (reverse problems)) (format *out* "oracle: malformed corpus: ~A~%" p))
        (format *out* "oracle: ~D problem~:P in the corpus; no case was run~%" (length problems))
        (finish-output *out*)
        (sb-ext:exit :code 2 :abort t))
      (setf specs (nreverse specs))
      ;; Phase 2: run and judge.
      (let ((checked 0) (exempt 0) (mismatches 0) (errors 0)
            (per-category (make-hash-table :test #'equal))
            (json (and jsonl (open jsonl :direction :output :if-exists :supersede
                                         :if-does-not-exist :create :external-format :utf-8)))
            (start (get-internal-real-time)))
        (dolist (spec specs)
          (let* ((pl (spec-plist spec))
                 (cat (string-downcase (symbol-name (getf-name pl "CATEGORY"))))
                 (counts (or (gethash cat per-category)
                             (setf (gethash cat per-category) (list 0 0 0))))
                 (status nil) (diffs nil) (result nil))
            (cond
              ((getf-name pl "SBCL-DIFFERS")
               (setf status "exempt") (incf exempt) (incf (second counts)))
              (t
               (incf checked) (incf (first counts))
               ;; A debugger hook rather than HANDLER-CASE: an outer handler would see the case's
               ;; conditions before RUN-CASE's own debugger hook could judge them unhandled.
               (catch 'oracle-failure
                 (let* ((hook (lambda (e &rest ignore)
                                (declare (ignore ignore))
                                (setf status "error"
                                      diffs (list (list "oracle" "the case runs"
                                                        (one-line (princ-to-string e)))))
                                (throw 'oracle-failure nil)))
                        (sb-ext:*invoke-debugger-hook* hook)
                        (*debugger-hook* hook))
                   (setf result (run-case :forms-text (and (getf-name pl "FORMS") (spec-text spec))
                                          :source (getf-name pl "SOURCE")
                                          :stdin (or (getf-name pl "STDIN") "")
                                          :files (getf-name pl "FILES")
                                          :files-after (mapcar #'first (getf-name pl "FILES-AFTER"))
                                          :timeout timeout)
                         diffs (judge spec result)
                         status (if diffs "mismatch" "match"))))
               (when diffs
                 (if (string= status "error") (incf errors) (incf mismatches))
                 (incf (third counts))
                 (format *out* "~&~:@(~A~) ~A:~D:~D ~A~%" status (spec-file spec) (spec-line spec)
                         (spec-column spec) (spec-id spec))
                 (let ((note (getf-name pl "NOTE")))
                   (when note (format *out* "  note: ~A~%" note)))
                 (loop for (f e a) in diffs
                       do (format *out* "  field ~A~%    expected: ~A~%    actual:   ~A~%" f e a)))))
            (when json
              (write-line (json-record spec status diffs result) json))))
        (when json (close json))
        (unless quiet
          (format *out* "~&oracle: per category (checked / exempt / mismatches):~%")
          (let ((cats '()))
            (maphash (lambda (k v) (push (cons k v) cats)) per-category)
            (loop for (cat ch ex mm) in (sort cats #'string< :key #'car)
                  do (format *out* "  ~24A ~5D ~5D ~5D~%" cat ch ex mm))))
        (format *out* "~&oracle: checked ~D cases, ~D exempt, ~D mismatches~:[~*~;, ~D errors~] (~,1F s)~%"
                checked exempt (+ mismatches errors) (plusp errors) errors
                (/ (- (get-internal-real-time) start) internal-time-units-per-second))
        (finish-output *out*)
        (ignore-errors (sb-ext:delete-directory (sandbox-root) :recursive t))
        (sb-ext:exit :code (if (zerop (+ mismatches errors)) 0 1) :abort t)))))

;; Run MAIN unless the loader defined the package CLYSM-ORACLE-NO-MAIN first (to use RUN-CASE).
(when (and (boundp 'sb-ext:*posix-argv*) *load-truename*
           (string= (pathname-name *load-truename*) "oracle")
           (not (find-package "CLYSM-ORACLE-NO-MAIN")))
  (main (rest sb-ext:*posix-argv*)))
