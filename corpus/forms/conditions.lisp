;;;; corpus/forms/conditions.lisp — the condition system: HANDLER-CASE, HANDLER-BIND, IGNORE-ERRORS,
;;;; ERROR with format arguments, DEFINE-CONDITION, restarts, UNWIND-PROTECT with errors, SIGNAL vs
;;;; ERROR, condition slots and reports.
;;;; Expectations come from SBCL 2.2.9 (tools/oracle/oracle.lisp).

(defcase conditions.unhandled-simple-error
  :category conditions
  :features (error)
  :forms ((error "plain failure"))
  :signals simple-error)

(defcase conditions.unhandled-error-after-output
  :category conditions
  :features (error write-line)
  :forms ((write-line "started") (error "then failed"))
  :stdout "started
"
  :signals simple-error)

(defcase conditions.unhandled-type-error
  :category conditions
  :features (car type-error)
  :forms ((car 5))
  :signals type-error)

(defcase conditions.unhandled-division-by-zero
  :category conditions
  :features (/ division-by-zero)
  :forms ((/ 1 0))
  :signals division-by-zero)

(defcase conditions.unhandled-undefined-function
  :category conditions
  :features (undefined-function)
  :forms ((funcall 'no-such-function-here 1))
  :signals undefined-function)

(defcase conditions.unhandled-unbound-variable
  :category conditions
  :features (unbound-variable)
  :forms ((symbol-value 'no-such-variable-here))
  :signals unbound-variable)

(defcase conditions.unhandled-program-error-arg-count
  :category conditions
  :features (program-error)
  :forms ((funcall (lambda (a) a) 1 2))
  :signals program-error)

(defcase conditions.unhandled-custom-condition
  :category conditions
  :features (define-condition error)
  :forms ((define-condition my-failure (error) ()) (error 'my-failure))
  :signals error)

(defcase conditions.handler-case-catches-error
  :category conditions
  :features (handler-case error)
  :forms ((handler-case (error "boom") (error () :caught)))
  :value ":CAUGHT")

(defcase conditions.handler-case-no-error-value
  :category conditions
  :features (handler-case)
  :forms ((handler-case (+ 1 2) (error () :caught)))
  :value "3")

(defcase conditions.handler-case-no-error-clause
  :category conditions
  :features (handler-case)
  :forms ((handler-case (values 1 2) (:no-error (a b) (list :ok a b))))
  :value "(:OK 1 2)")

(defcase conditions.handler-case-condition-object
  :category conditions
  :features (handler-case simple-condition-format-control)
  :forms ((handler-case (error "fmt ~A" 1) (simple-error (c) (list (simple-condition-format-control c) (simple-condition-format-arguments c)))))
  :value "(\"fmt ~A\" (1))")

(defcase conditions.handler-case-first-matching-clause
  :category conditions
  :features (handler-case)
  :forms ((handler-case (car 1) (arithmetic-error () :arith) (type-error () :type) (error () :error)))
  :value ":TYPE")

(defcase conditions.handler-case-general-clause-first
  :category conditions
  :features (handler-case)
  :forms ((handler-case (car 1) (error () :error) (type-error () :type)))
  :value ":ERROR")

(defcase conditions.handler-case-unmatched-propagates
  :category conditions
  :features (handler-case division-by-zero)
  :forms ((handler-case (car 1) (division-by-zero () :div)))
  :signals type-error)

(defcase conditions.handler-case-nested-inner-wins
  :category conditions
  :features (handler-case)
  :forms ((handler-case (handler-case (error "x") (error () :inner)) (error () :outer)))
  :value ":INNER")

(defcase conditions.handler-case-nested-outer-catches
  :category conditions
  :features (handler-case)
  :forms ((handler-case (list (handler-case (car 1) (division-by-zero () :inner))) (type-error () :outer)))
  :value ":OUTER")

(defcase conditions.handler-case-unwinds-several-frames
  :category conditions
  :features (handler-case defun)
  :forms ((defun deep (n) (if (= n 0) (error "bottom") (list (deep (1- n))))) (handler-case (deep 5) (error (c) (princ-to-string c))))
  :value "\"bottom\"")

(defcase conditions.handler-case-division-by-zero-operands
  :category conditions
  :features (handler-case arithmetic-error-operation)
  :forms ((handler-case (/ 7 0) (division-by-zero (c) (arithmetic-error-operands c))))
  :value "(7 0)")

(defcase conditions.handler-case-t-clause
  :category conditions
  :features (handler-case)
  :forms ((handler-case (signal 'simple-condition) (t () :anything)))
  :value ":ANYTHING")

(defcase conditions.type-error-datum
  :category conditions
  :features (handler-case type-error-datum)
  :forms ((handler-case (car 5) (type-error (c) (type-error-datum c))))
  :value "5")

(defcase conditions.type-error-expected-type
  :category conditions
  :features (handler-case type-error-expected-type)
  :forms ((handler-case (let ((v "x")) (check-type v integer) v) (type-error (c) (type-error-expected-type c))))
  :value "INTEGER")

(defcase conditions.check-type-signals
  :category conditions
  :features (check-type type-error)
  :forms ((let ((x "str")) (check-type x integer) x))
  :signals type-error)

(defcase conditions.check-type-datum
  :category conditions
  :features (handler-case check-type type-error-datum)
  :forms ((let ((x "str")) (handler-case (progn (check-type x integer) x) (type-error (c) (list (type-error-datum c) (type-error-expected-type c))))))
  :value "(\"str\" INTEGER)")

(defcase conditions.assert-fails
  :category conditions
  :features (assert)
  :forms ((let ((x 1)) (assert (= x 2)) x))
  :signals simple-error)

(defcase conditions.assert-passes
  :category conditions
  :features (assert)
  :forms ((let ((x 2)) (assert (= x 2)) :fine))
  :value ":FINE")

(defcase conditions.error-format-arguments
  :category conditions
  :features (error princ-to-string)
  :forms ((handler-case (error "~A has ~D item~:P" "box" 3) (error (c) (princ-to-string c))))
  :value "\"box has 3 items\"")

(defcase conditions.error-condition-type-argument
  :category conditions
  :features (error make-condition)
  :forms ((handler-case (error 'type-error :datum 1 :expected-type 'string) (type-error (c) (list (type-error-datum c) (type-error-expected-type c)))))
  :value "(1 STRING)")

(defcase conditions.error-with-condition-object
  :category conditions
  :features (error make-condition)
  :forms ((let ((c (make-condition 'simple-error :format-control "pre-made ~A" :format-arguments (list 1)))) (handler-case (error c) (error (e) (list (eq e c) (princ-to-string e))))))
  :value "(T \"pre-made 1\")")

(defcase conditions.ignore-errors-value
  :category conditions
  :features (ignore-errors)
  :forms ((ignore-errors (+ 1 2)))
  :value "3")

(defcase conditions.ignore-errors-on-error
  :category conditions
  :features (ignore-errors multiple-value-list)
  :forms ((let ((vals (multiple-value-list (ignore-errors (error "x"))))) (list (first vals) (typep (second vals) 'simple-error))))
  :value "(NIL T)")

(defcase conditions.ignore-errors-does-not-catch-signal
  :category conditions
  :features (ignore-errors signal)
  :forms ((ignore-errors (signal 'simple-condition) :after-signal))
  :value ":AFTER-SIGNAL")

(defcase conditions.signal-unhandled-returns-nil
  :category conditions
  :features (signal)
  :forms ((signal "just a ~A" "signal"))
  :value "NIL")

(defcase conditions.signal-handled-by-handler-case
  :category conditions
  :features (signal handler-case)
  :forms ((handler-case (signal "note") (simple-condition (c) (princ-to-string c))))
  :value "\"note\"")

(defcase conditions.warn-handled
  :category conditions
  :features (warn handler-case)
  :forms ((handler-case (warn "careful") (warning (c) (princ-to-string c))))
  :value "\"careful\"")

(defcase conditions.warn-muffled
  :category conditions
  :features (warn handler-bind muffle-warning)
  :forms ((handler-bind ((warning #'muffle-warning)) (warn "silenced") :done))
  :value ":DONE")

(defcase conditions.warn-unhandled-prints-and-continues
  :category conditions
  :features (warn)
  :forms ((warn "visible") :continued)
  :value ":CONTINUED"
  :stderr "WARNING: visible
")

(defcase conditions.handler-bind-declines
  :category conditions
  :features (handler-bind)
  :forms ((let ((log '())) (handler-case (handler-bind ((error (lambda (c) (declare (ignore c)) (push :saw log)))) (error "x")) (error () (push :caught log))) log))
  :value "(:CAUGHT :SAW)")

(defcase conditions.handler-bind-order
  :category conditions
  :features (handler-bind)
  :forms ((let ((log '())) (ignore-errors (handler-bind ((error (lambda (c) (declare (ignore c)) (push :outer log)))) (handler-bind ((error (lambda (c) (declare (ignore c)) (push :inner log)))) (error "x")))) (reverse log)))
  :value "(:INNER :OUTER)")

(defcase conditions.handler-bind-non-local-exit
  :category conditions
  :features (handler-bind block return-from)
  :forms ((block done (handler-bind ((error (lambda (c) (return-from done (list :escaped (princ-to-string c)))))) (error "out"))))
  :value "(:ESCAPED \"out\")")

(defcase conditions.handler-bind-signal-continues
  :category conditions
  :features (handler-bind signal)
  :forms ((let ((n 0)) (handler-bind ((condition (lambda (c) (declare (ignore c)) (incf n)))) (signal 'simple-condition) (signal 'simple-condition)) n))
  :value "2")

(defcase conditions.handler-bind-unhandled-after-decline
  :category conditions
  :features (handler-bind error)
  :forms ((handler-bind ((error (lambda (c) (declare (ignore c)) nil))) (error "still unhandled")))
  :signals simple-error)

(defcase conditions.define-condition-slots
  :category conditions
  :features (define-condition handler-case)
  :forms ((define-condition bad-input (error) ((value :initarg :value :reader bad-input-value))) (handler-case (error 'bad-input :value 42) (bad-input (c) (bad-input-value c))))
  :value "42")

(defcase conditions.define-condition-report
  :category conditions
  :features (define-condition princ-to-string)
  :forms ((define-condition oops (error) ((what :initarg :what :reader what)) (:report (lambda (c s) (format s "oops: ~A" (what c))))) (handler-case (error 'oops :what "spill") (oops (c) (princ-to-string c))))
  :value "\"oops: spill\"")

(defcase conditions.define-condition-inheritance
  :category conditions
  :features (define-condition typep)
  :forms ((define-condition base-problem (error) ()) (define-condition sub-problem (base-problem) ()) (handler-case (error 'sub-problem) (base-problem (c) (list (typep c 'sub-problem) (typep c 'error)))))
  :value "(T T)")

(defcase conditions.define-condition-default-initform
  :category conditions
  :features (define-condition)
  :forms ((define-condition with-default (error) ((code :initarg :code :initform 7 :reader code))) (handler-case (error 'with-default) (with-default (c) (code c))))
  :value "7")

(defcase conditions.make-condition-not-signalled
  :category conditions
  :features (make-condition typep)
  :forms ((let ((c (make-condition 'simple-error :format-control "x"))) (list (typep c 'error) (typep c 'condition))))
  :value "(T T)")

(defcase conditions.condition-type-hierarchy
  :category conditions
  :features (subtypep)
  :forms ((list (subtypep 'division-by-zero 'arithmetic-error) (subtypep 'type-error 'error) (subtypep 'warning 'error) (subtypep 'error 'serious-condition)))
  :value "(T T NIL T)")

(defcase conditions.unwind-protect-cleanup-on-error
  :category conditions
  :features (unwind-protect handler-case)
  :forms ((let ((log '())) (handler-case (unwind-protect (error "x") (push :cleanup log)) (error () (push :handled log))) (reverse log)))
  :value "(:CLEANUP :HANDLED)")

(defcase conditions.unwind-protect-cleanup-unhandled
  :category conditions
  :features (unwind-protect error)
  :forms ((unwind-protect (error "escaping") (write-line "cleanup ran")))
  :stdout "cleanup ran
"
  :signals simple-error)

(defcase conditions.unwind-protect-value
  :category conditions
  :features (unwind-protect)
  :forms ((unwind-protect :protected (write-line "after")))
  :value ":PROTECTED"
  :stdout "after
")

(defcase conditions.unwind-protect-nested-order
  :category conditions
  :features (unwind-protect handler-case)
  :forms ((let ((log '())) (ignore-errors (unwind-protect (unwind-protect (error "x") (push 1 log)) (push 2 log))) (reverse log)))
  :value "(1 2)")

(defcase conditions.restart-case-invoke
  :category conditions
  :features (restart-case invoke-restart)
  :forms ((restart-case (invoke-restart 'use-value 5) (use-value (v) (* v 2))))
  :value "10")

(defcase conditions.restart-case-from-handler
  :category conditions
  :features (restart-case handler-bind invoke-restart)
  :forms ((handler-bind ((error (lambda (c) (declare (ignore c)) (invoke-restart 'recover :fixed)))) (restart-case (error "broken") (recover (v) (list :recovered v)))))
  :value "(:RECOVERED :FIXED)")

(defcase conditions.restart-case-no-restart-used
  :category conditions
  :features (restart-case)
  :forms ((restart-case (+ 1 2) (skip () :skipped)))
  :value "3")

(defcase conditions.restart-case-several-frames
  :category conditions
  :features (restart-case handler-bind defun)
  :forms ((defun inner-step () (error "inner")) (defun outer-step () (restart-case (inner-step) (retry-later () :deferred))) (handler-bind ((error (lambda (c) (declare (ignore c)) (invoke-restart 'retry-later)))) (outer-step)))
  :value ":DEFERRED")

(defcase conditions.find-restart
  :category conditions
  :features (find-restart restart-case)
  :forms ((restart-case (list (not (null (find-restart 'my-restart))) (find-restart 'absent-restart)) (my-restart () nil)))
  :value "(T NIL)")

(defcase conditions.compute-restarts-names
  :category conditions
  :features (compute-restarts restart-name)
  :forms ((restart-case (let ((names (mapcar #'restart-name (compute-restarts)))) (list (first names) (second names))) (first-r () nil) (second-r () nil)))
  :value "(FIRST-R SECOND-R)")

(defcase conditions.invoke-restart-missing
  :category conditions
  :features (invoke-restart control-error)
  :forms ((invoke-restart 'no-such-restart))
  :signals control-error)

(defcase conditions.with-simple-restart
  :category conditions
  :features (with-simple-restart handler-bind)
  :forms ((multiple-value-list (handler-bind ((error (lambda (c) (declare (ignore c)) (invoke-restart 'skip-it)))) (with-simple-restart (skip-it "Skip.") (error "x") :not-reached))))
  :value "(NIL T)")

(defcase conditions.with-simple-restart-normal
  :category conditions
  :features (with-simple-restart)
  :forms ((with-simple-restart (skip-it "Skip.") :normal))
  :value ":NORMAL")

(defcase conditions.use-value-restart-function
  :category conditions
  :features (use-value restart-case handler-bind)
  :forms ((handler-bind ((error (lambda (c) (declare (ignore c)) (use-value 99)))) (restart-case (error "need value") (use-value (v) v))))
  :value "99")

(defcase conditions.continue-restart-cerror
  :category conditions
  :features (cerror continue handler-bind)
  :forms ((handler-bind ((error (lambda (c) (declare (ignore c)) (continue)))) (cerror "Go on." "problem ~A" 1) :continued))
  :value ":CONTINUED")

(defcase conditions.restart-case-with-report
  :category conditions
  :features (restart-case restart-name)
  :forms ((restart-case (let ((r (find-restart 'fix))) (list (restart-name r) (princ-to-string r))) (fix () :report "Fix the thing." nil)))
  :value "(FIX \"Fix the thing.\")")

(defcase conditions.handler-case-in-loop
  :category conditions
  :features (handler-case loop)
  :forms ((loop for x in '(1 0 2 0) collect (handler-case (/ 10 x) (division-by-zero () :inf))))
  :value "(10 :INF 5 :INF)")

(defcase conditions.error-message-princ
  :category conditions
  :features (error princ-to-string)
  :forms ((handler-case (error "Value ~S is bad" "q") (error (c) (princ-to-string c))))
  :value "\"Value \\\"q\\\" is bad\"")

(defcase conditions.error-in-handler-propagates
  :category conditions
  :features (handler-case error)
  :forms ((handler-case (handler-case (error "first") (error () (error "second"))) (error (c) (princ-to-string c))))
  :value "\"second\"")

(defcase conditions.simple-type-error-fields
  :category conditions
  :features (simple-type-error error)
  :forms ((handler-case (error 'simple-type-error :datum :x :expected-type 'number :format-control "bad ~S" :format-arguments (list :x)) (type-error (c) (list (type-error-datum c) (princ-to-string c)))))
  :value "(:X \"bad :X\")")

(defcase conditions.catch-throw-through-handler
  :category conditions
  :features (catch throw handler-case)
  :forms ((catch 'tag (handler-case (throw 'tag :thrown) (error () :error))))
  :value ":THROWN")

(defcase conditions.signal-error-type-not-debugger
  :category conditions
  :features (signal error)
  :forms ((signal 'simple-error :format-control "signalled, not raised") :returned)
  :value ":RETURNED")


;;; The condition type hierarchy (CLHS 9.2 and Figure 9-1)

(defcase conditions.hierarchy-serious-and-error
  :category conditions
  :features (condition serious-condition error storage-condition subtypep)
  :forms ((list (subtypep 'error 'serious-condition)
                (subtypep 'serious-condition 'condition)
                (subtypep 'storage-condition 'serious-condition)
                (subtypep 'error 'warning)))
  :value "(T T T NIL)")

(defcase conditions.hierarchy-warnings
  :category conditions
  :features (warning style-warning simple-warning subtypep)
  :forms ((list (subtypep 'warning 'condition)
                (subtypep 'style-warning 'warning)
                (subtypep 'simple-warning 'warning)
                (subtypep 'simple-warning 'simple-condition)
                (subtypep 'warning 'serious-condition)))
  :value "(T T T T NIL)")

(defcase conditions.hierarchy-simple-types
  :category conditions
  :features (simple-error simple-condition simple-type-error subtypep)
  :forms ((list (subtypep 'simple-error 'error)
                (subtypep 'simple-error 'simple-condition)
                (subtypep 'simple-type-error 'type-error)
                (subtypep 'simple-type-error 'simple-condition)))
  :value "(T T T T)")

(defcase conditions.hierarchy-cell-errors
  :category conditions
  :features (cell-error unbound-variable undefined-function unbound-slot subtypep)
  :forms ((list (subtypep 'cell-error 'error)
                (subtypep 'unbound-variable 'cell-error)
                (subtypep 'undefined-function 'cell-error)
                (subtypep 'unbound-slot 'cell-error)))
  :value "(T T T T)")

(defcase conditions.hierarchy-parse-and-reader-errors
  :category conditions
  :features (parse-error reader-error subtypep)
  :forms ((list (subtypep 'parse-error 'error)
                (subtypep 'reader-error 'parse-error)
                (subtypep 'reader-error 'stream-error)
                (subtypep 'end-of-file 'stream-error)))
  :value "(T T T T)")

(defcase conditions.hierarchy-control-program-errors
  :category conditions
  :features (control-error program-error subtypep)
  :forms ((list (subtypep 'control-error 'error)
                (subtypep 'program-error 'error)
                (subtypep 'type-error 'error)
                (subtypep 'division-by-zero 'arithmetic-error)
                (subtypep 'arithmetic-error 'error)))
  :value "(T T T T T)")

(defcase conditions.make-condition-typep-chain
  :category conditions
  :features (make-condition simple-warning typep)
  :forms ((let ((c (make-condition 'simple-warning :format-control "w")))
            (list (typep c 'simple-warning) (typep c 'warning) (typep c 'simple-condition)
                  (typep c 'condition) (typep c 'error))))
  :value "(T T T T NIL)")

;;; Condition readers and printing (CLHS 9.1.3)

(defcase conditions.simple-condition-readers
  :category conditions
  :features (make-condition simple-condition-format-control simple-condition-format-arguments)
  :forms ((let ((c (make-condition 'simple-error :format-control "bad ~a and ~a" :format-arguments '(1 2))))
            (list (simple-condition-format-control c) (simple-condition-format-arguments c))))
  :value "(\"bad ~a and ~a\" (1 2))")

(defcase conditions.simple-condition-princ-is-report
  :category conditions
  :features (simple-condition princ-to-string)
  :forms ((princ-to-string (make-condition 'simple-error :format-control "bad ~a" :format-arguments '(42))))
  :value "\"bad 42\"")

(defcase conditions.error-string-makes-simple-error
  :category conditions
  :features (error simple-error simple-condition-format-control simple-condition-format-arguments)
  :forms ((handler-case (error "oops ~s" 'x)
            (simple-error (c)
              (list (simple-condition-format-control c) (simple-condition-format-arguments c)))))
  :value "(\"oops ~s\" (X))")

(defcase conditions.error-symbol-with-initargs
  :category conditions
  :features (error type-error type-error-datum type-error-expected-type)
  :forms ((handler-case (error 'type-error :datum 3 :expected-type 'string)
            (type-error (c) (list (type-error-datum c) (type-error-expected-type c)))))
  :value "(3 STRING)")

(defcase conditions.error-condition-object-is-same
  :category conditions
  :features (error make-condition)
  :forms ((let ((c (make-condition 'simple-error :format-control "x")))
            (handler-case (error c)
              (error (caught) (eq caught c)))))
  :value "T")

(defcase conditions.cell-error-name-unbound-variable
  :category conditions
  :features (cell-error-name unbound-variable)
  :forms ((handler-case (eval 'no-such-variable-anywhere)
            (unbound-variable (c) (cell-error-name c))))
  :value "NO-SUCH-VARIABLE-ANYWHERE")

(defcase conditions.cell-error-name-undefined-function
  :category conditions
  :features (cell-error-name undefined-function)
  :forms ((handler-case (funcall 'no-such-function-anywhere)
            (undefined-function (c) (cell-error-name c))))
  :value "NO-SUCH-FUNCTION-ANYWHERE")

(defcase conditions.unbound-variable-is-cell-error
  :category conditions
  :features (unbound-variable cell-error)
  :forms ((handler-case (symbol-value (make-symbol "FRESH"))
            (cell-error (c) (list (typep c 'unbound-variable) (symbol-name (cell-error-name c))))))
  :value "(T \"FRESH\")")

;;; signal, warn, cerror

(defcase conditions.signal-returns-nil-after-declining-handler
  :category conditions
  :features (signal handler-bind)
  :forms ((let ((seen nil))
            (list (handler-bind ((condition (lambda (c) (declare (ignore c)) (setq seen t))))
                    (signal "plain"))
                  seen)))
  :value "(NIL T)")

(defcase conditions.signal-string-makes-simple-condition
  :category conditions
  :features (signal simple-condition)
  :forms ((handler-case (signal "note ~a" 1)
            (condition (c) (list (typep c 'simple-condition) (typep c 'error) (princ-to-string c)))))
  :value "(T NIL \"note 1\")")

(defcase conditions.signal-symbol-with-initargs
  :category conditions
  :features (signal define-condition)
  :forms ((define-condition progress (condition) ((step :initarg :step :reader progress-step)))
          (handler-case (signal 'progress :step 3)
            (progress (c) (progress-step c))))
  :value "3")

(defcase conditions.signal-error-not-handled-returns-nil
  :category conditions
  :features (signal)
  :note "signal does not enter the debugger, even for an error condition"
  :forms ((list (signal (make-condition 'simple-error :format-control "quiet")) 'after))
  :value "(NIL AFTER)")

(defcase conditions.warn-writes-message-to-error-output
  :category conditions
  :features (warn)
  :forms ((let ((s (make-string-output-stream)))
            (let ((*error-output* s))
              (warn "careful ~a" 42))
            (and (search "careful 42" (get-output-stream-string s)) t)))
  :value "T")

(defcase conditions.warn-returns-nil
  :category conditions
  :features (warn)
  :forms ((let ((*error-output* (make-broadcast-stream)))
            (warn "ignored")))
  :value "NIL")

(defcase conditions.warn-makes-simple-warning
  :category conditions
  :features (warn simple-warning)
  :forms ((handler-case (warn "w ~a" 1)
            (warning (c) (list (typep c 'simple-warning) (princ-to-string c)))))
  :value "(T \"w 1\")")

(defcase conditions.warn-muffle-warning-nothing-printed
  :category conditions
  :features (warn muffle-warning handler-bind)
  :forms ((handler-bind ((warning #'muffle-warning))
            (warn "hidden")
            'after))
  :value "AFTER")

(defcase conditions.warn-muffle-warning-with-condition
  :category conditions
  :features (warn muffle-warning handler-bind)
  :forms ((handler-bind ((warning (lambda (c) (muffle-warning c))))
            (list (warn "hidden") 'after)))
  :value "(NIL AFTER)")

(defcase conditions.warn-non-warning-condition-is-type-error
  :category conditions
  :features (warn type-error)
  :note "CLHS warn: a condition datum that is not a warning signals type-error"
  :forms ((warn (make-condition 'simple-error :format-control "not a warning")))
  :signals type-error)

(defcase conditions.warn-condition-type-symbol
  :category conditions
  :features (warn style-warning)
  :forms ((handler-case (warn 'style-warning)
            (warning (c) (list (typep c 'style-warning) (typep c 'warning)))))
  :value "(T T)")

(defcase conditions.muffle-warning-without-restart-control-error
  :category conditions
  :features (muffle-warning control-error)
  :forms ((muffle-warning))
  :signals control-error)

(defcase conditions.cerror-continue-returns-nil
  :category conditions
  :features (cerror continue handler-bind)
  :forms ((handler-bind ((error #'continue))
            (list (cerror "Go on." "Failed ~a" 1) 'continued)))
  :value "(NIL CONTINUED)")

(defcase conditions.cerror-continue-report-uses-arguments
  :category conditions
  :features (cerror continue find-restart)
  :forms ((handler-bind ((error (lambda (c)
                                  (let ((r (find-restart 'continue c)))
                                    (princ (princ-to-string r))
                                    (invoke-restart r)))))
            (cerror "Use ~a instead." "Value ~a is bad." 7)))
  :stdout "Use 7 instead."
  :value "NIL")

(defcase conditions.cerror-signals-simple-error-message
  :category conditions
  :features (cerror simple-error)
  :forms ((handler-case (cerror "Continue." "bad ~a" 'thing)
            (simple-error (c) (princ-to-string c))))
  :value "\"bad THING\"")

(defcase conditions.cerror-unhandled-signals
  :category conditions
  :features (cerror)
  :forms ((cerror "Ignore it." "really bad"))
  :signals simple-error)

(defcase conditions.cerror-condition-type
  :category conditions
  :features (cerror type-error)
  :forms ((handler-bind ((type-error (lambda (c) (princ (type-error-datum c)) (continue c))))
            (cerror "Skip." 'type-error :datum 'odd :expected-type 'integer)
            'resumed))
  :stdout "ODD"
  :value "RESUMED")

;;; handler-bind: ordering and the dynamic context of handlers (CLHS 9.1.4.1)

(defcase conditions.handler-bind-inner-before-outer
  :category conditions
  :features (handler-bind signal)
  :forms ((let ((order nil))
            (handler-bind ((condition (lambda (c) (declare (ignore c)) (push 'outer order))))
              (handler-bind ((condition (lambda (c) (declare (ignore c)) (push 'inner order))))
                (signal "s")))
            (reverse order)))
  :value "(INNER OUTER)")

(defcase conditions.handler-bind-cluster-left-to-right
  :category conditions
  :features (handler-bind signal)
  :forms ((let ((order nil))
            (handler-bind ((condition (lambda (c) (declare (ignore c)) (push 'first order)))
                           (condition (lambda (c) (declare (ignore c)) (push 'second order))))
              (signal "s"))
            (reverse order)))
  :value "(FIRST SECOND)")

(defcase conditions.handler-bind-type-filter
  :category conditions
  :features (handler-bind signal)
  :forms ((let ((order nil))
            (handler-bind ((warning (lambda (c) (declare (ignore c)) (push 'warning-handler order)))
                           (error (lambda (c) (declare (ignore c)) (push 'error-handler order))))
              (signal (make-condition 'simple-warning :format-control "w")))
            order))
  :value "(WARNING-HANDLER)")

(defcase conditions.handler-bind-compound-type
  :category conditions
  :features (handler-bind signal)
  :forms ((let ((hits 0))
            (handler-bind (((or warning type-error) (lambda (c) (declare (ignore c)) (incf hits))))
              (signal 'type-error :datum 1 :expected-type 'string)
              (signal 'simple-warning :format-control "w")
              (signal 'simple-condition :format-control "c"))
            hits))
  :value "2")

(defcase conditions.handler-runs-in-signal-dynamic-context
  :category conditions
  :features (handler-bind signal)
  :forms ((defvar *where* 'global)
          (handler-bind ((condition (lambda (c) (declare (ignore c)) (princ *where*))))
            (let ((*where* 'inside-signaller))
              (signal "s")))
          'done)
  :stdout "INSIDE-SIGNALLER"
  :value "DONE")

(defcase conditions.handler-sees-outer-handlers-only
  :category conditions
  :features (handler-bind signal)
  :note "CLHS 9.1.4.1: while a handler runs, only the bindings that were active when it was established are active"
  :forms ((let ((order nil))
            (handler-bind ((condition (lambda (c) (declare (ignore c)) (push 'outer order))))
              (handler-bind ((simple-condition
                               (lambda (c)
                                 (declare (ignore c))
                                 (push 'inner order)
                                 (signal 'condition))))
                (signal "first")))
            (reverse order)))
  :value "(INNER OUTER OUTER)")

(defcase conditions.handler-bind-no-unwind-before-handler
  :category conditions
  :features (handler-bind unwind-protect)
  :forms ((let ((order nil))
            (block done
              (handler-bind ((error (lambda (c) (declare (ignore c)) (push 'handler order) (return-from done))))
                (unwind-protect (error "x")
                  (push 'cleanup order))))
            (reverse order)))
  :value "(HANDLER CLEANUP)")

(defcase conditions.handler-case-unwinds-before-clause
  :category conditions
  :features (handler-case unwind-protect)
  :forms ((let ((order nil))
            (handler-case (unwind-protect (error "x")
                            (push 'cleanup order))
              (error () (push 'clause order)))
            (reverse order)))
  :value "(CLEANUP CLAUSE)")

(defcase conditions.handler-bind-throw-out
  :category conditions
  :features (handler-bind throw catch)
  :forms ((catch 'out
            (handler-bind ((error (lambda (c) (throw 'out (princ-to-string c)))))
              (error "thrown ~a" 'away))))
  :value "\"thrown AWAY\"")

(defcase conditions.handler-bind-returns-values-of-forms
  :category conditions
  :features (handler-bind)
  :forms ((multiple-value-list (handler-bind ((error #'abort)) (values 1 2 3))))
  :value "(1 2 3)")

(defcase conditions.handler-case-inside-handler-bind-wins
  :category conditions
  :features (handler-bind handler-case)
  :forms ((let ((order nil))
            (handler-bind ((error (lambda (c) (declare (ignore c)) (push 'outer-bind order))))
              (handler-case (error "x")
                (error () (push 'inner-case order))))
            order))
  :value "(INNER-CASE)")

(defcase conditions.handler-bind-outer-runs-before-handler-case-outer
  :category conditions
  :features (handler-bind handler-case)
  :forms ((let ((order nil))
            (list (handler-case
                      (handler-bind ((error (lambda (c) (declare (ignore c)) (push 'bind order))))
                        (error "x"))
                    (error () (push 'case order) 'caught))
                  (reverse order))))
  :value "(CAUGHT (BIND CASE))")

;;; handler-case details

(defcase conditions.handler-case-no-error-multiple-values
  :category conditions
  :features (handler-case)
  :forms ((handler-case (values 1 2 3)
            (error () 'error)
            (:no-error (a b c) (list 'ok a b c))))
  :value "(OK 1 2 3)")

(defcase conditions.handler-case-no-error-not-run-on-error
  :category conditions
  :features (handler-case)
  :forms ((handler-case (error "x")
            (error () 'error-clause)
            (:no-error (&rest vals) (list 'no-error vals))))
  :value "ERROR-CLAUSE")

(defcase conditions.handler-case-no-error-values-returned
  :category conditions
  :features (handler-case)
  :forms ((multiple-value-list
           (handler-case 5
             (:no-error (x) (values x (* x 2))))))
  :value "(5 10)")

(defcase conditions.handler-case-clause-multiple-values
  :category conditions
  :features (handler-case)
  :forms ((multiple-value-list
           (handler-case (error "x")
             (error () (values 'a 'b)))))
  :value "(A B)")

(defcase conditions.handler-case-clause-declare
  :category conditions
  :features (handler-case)
  :forms ((handler-case (error "x")
            (error (c) (declare (ignore c)) 'ignored)))
  :value "IGNORED")

(defcase conditions.handler-case-compound-type-clause
  :category conditions
  :features (handler-case)
  :forms ((list (handler-case (car 5) ((or type-error program-error) () 'type-or-program))
                (handler-case (error "e") ((and error (not type-error)) () 'plain-error))))
  :value "(TYPE-OR-PROGRAM PLAIN-ERROR)")

(defcase conditions.handler-case-catches-signal-condition
  :category conditions
  :features (handler-case signal)
  :forms ((handler-case (progn (signal 'simple-condition :format-control "c") 'not-reached)
            (condition () 'caught)))
  :value "CAUGHT")

(defcase conditions.handler-case-error-in-clause-not-caught-by-same
  :category conditions
  :features (handler-case)
  :forms ((handler-case
              (handler-case (error "first")
                (error () (error "second")))
            (error (c) (princ-to-string c))))
  :value "\"second\"")

;;; ignore-errors

(defcase conditions.ignore-errors-two-values-on-error
  :category conditions
  :features (ignore-errors)
  :forms ((let ((vals (multiple-value-list (ignore-errors (error "boom ~a" 1)))))
            (list (length vals) (first vals) (typep (second vals) 'simple-error)
                  (princ-to-string (second vals)))))
  :value "(2 NIL T \"boom 1\")")

(defcase conditions.ignore-errors-passes-all-values
  :category conditions
  :features (ignore-errors)
  :forms ((multiple-value-list (ignore-errors (values 1 2 3))))
  :value "(1 2 3)")

(defcase conditions.ignore-errors-does-not-catch-warning
  :category conditions
  :features (ignore-errors warn handler-case)
  :forms ((handler-case (ignore-errors (warn "w") 'not-reached)
            (warning () 'warning-escaped)))
  :value "WARNING-ESCAPED")

(defcase conditions.ignore-errors-type-error-object
  :category conditions
  :features (ignore-errors type-error)
  :forms ((multiple-value-bind (v c) (ignore-errors (error 'type-error :datum 1 :expected-type 'list))
            (list v (type-error-datum c))))
  :value "(NIL 1)")

;;; define-condition

(defcase conditions.define-condition-returns-name
  :category conditions
  :features (define-condition)
  :forms ((define-condition my-problem (error) ()))
  :value "MY-PROBLEM")

(defcase conditions.define-condition-report-string
  :category conditions
  :features (define-condition)
  :forms ((define-condition fixed-report (error) () (:report "Something fixed happened."))
          (princ-to-string (make-condition 'fixed-report)))
  :value "\"Something fixed happened.\"")

(defcase conditions.define-condition-report-function-uses-slots
  :category conditions
  :features (define-condition)
  :forms ((define-condition bad-count (error)
            ((count :initarg :count :reader bad-count-count))
            (:report (lambda (c stream) (format stream "count ~d is bad" (bad-count-count c)))))
          (handler-case (error 'bad-count :count 3)
            (bad-count (c) (princ-to-string c))))
  :value "\"count 3 is bad\"")

(defcase conditions.define-condition-report-named-function
  :category conditions
  :features (define-condition)
  :forms ((defun report-it (c stream) (declare (ignore c)) (write-string "named report" stream))
          (define-condition named-report (condition) () (:report report-it))
          (princ-to-string (make-condition 'named-report)))
  :value "\"named report\"")

(defcase conditions.define-condition-report-inherited
  :category conditions
  :features (define-condition)
  :forms ((define-condition base-problem (error) () (:report "base report"))
          (define-condition derived-problem (base-problem) ())
          (princ-to-string (make-condition 'derived-problem)))
  :value "\"base report\"")

(defcase conditions.define-condition-report-overridden
  :category conditions
  :features (define-condition)
  :forms ((define-condition base-p2 (error) () (:report "base"))
          (define-condition derived-p2 (base-p2) () (:report "derived"))
          (list (princ-to-string (make-condition 'base-p2)) (princ-to-string (make-condition 'derived-p2))))
  :value "(\"base\" \"derived\")")

(defcase conditions.define-condition-initform-and-initarg
  :category conditions
  :features (define-condition make-condition)
  :forms ((define-condition with-level (condition)
            ((level :initarg :level :initform 1 :reader level-of)))
          (list (level-of (make-condition 'with-level)) (level-of (make-condition 'with-level :level 5))))
  :value "(1 5)")

(defcase conditions.define-condition-several-initargs
  :category conditions
  :features (define-condition)
  :forms ((define-condition two-names (condition) ((v :initarg :v :initarg :value :reader v-of)))
          (list (v-of (make-condition 'two-names :v 1)) (v-of (make-condition 'two-names :value 2))))
  :value "(1 2)")

(defcase conditions.define-condition-several-readers
  :category conditions
  :features (define-condition)
  :forms ((define-condition multi-reader (condition) ((x :initarg :x :reader get-x :reader fetch-x)))
          (let ((c (make-condition 'multi-reader :x 'val)))
            (list (get-x c) (fetch-x c))))
  :value "(VAL VAL)")

(defcase conditions.define-condition-accessor-writes
  :category conditions
  :features (define-condition)
  :forms ((define-condition mutable-c (condition) ((n :initarg :n :accessor n-of)))
          (let ((c (make-condition 'mutable-c :n 1)))
            (setf (n-of c) 10)
            (n-of c)))
  :value "10")

(defcase conditions.define-condition-writer
  :category conditions
  :features (define-condition)
  :forms ((define-condition writable-c (condition)
            ((n :initarg :n :reader wc-n :writer set-wc-n)))
          (let ((c (make-condition 'writable-c :n 1)))
            (set-wc-n 7 c)
            (wc-n c)))
  :value "7")

(defcase conditions.define-condition-default-initargs
  :category conditions
  :features (define-condition)
  :forms ((define-condition defaulted (condition)
            ((code :initarg :code :reader code-of))
            (:default-initargs :code 404))
          (list (code-of (make-condition 'defaulted)) (code-of (make-condition 'defaulted :code 500))))
  :value "(404 500)")

(defcase conditions.define-condition-default-initargs-inherited
  :category conditions
  :features (define-condition)
  :forms ((define-condition parent-d (condition)
            ((code :initarg :code :reader pd-code))
            (:default-initargs :code 'parent))
          (define-condition child-d (parent-d) ())
          (pd-code (make-condition 'child-d)))
  :value "PARENT")

(defcase conditions.define-condition-inherited-reader
  :category conditions
  :features (define-condition)
  :forms ((define-condition has-file (error) ((file :initarg :file :reader problem-file)))
          (define-condition missing-file (has-file) ())
          (handler-case (error 'missing-file :file "a.txt")
            (has-file (c) (list (type-of c) (problem-file c)))))
  :value "(MISSING-FILE \"a.txt\")")

(defcase conditions.define-condition-multiple-parents
  :category conditions
  :features (define-condition)
  :forms ((define-condition net-problem (error) ())
          (define-condition timeout-problem (error) ())
          (define-condition net-timeout (net-problem timeout-problem) ())
          (let ((c (make-condition 'net-timeout)))
            (list (typep c 'net-problem) (typep c 'timeout-problem) (typep c 'error))))
  :value "(T T T)")

(defcase conditions.define-condition-subtype-of-simple-error
  :category conditions
  :features (define-condition simple-error)
  :forms ((define-condition my-simple (simple-error) ())
          (handler-case (error 'my-simple :format-control "n=~d" :format-arguments '(3))
            (simple-error (c) (list (type-of c) (princ-to-string c)))))
  :value "(MY-SIMPLE \"n=3\")")

(defcase conditions.define-condition-typed-slot
  :category conditions
  :features (define-condition)
  :forms ((define-condition typed-c (condition) ((n :initarg :n :type integer :reader typed-n)))
          (typed-n (make-condition 'typed-c :n 4)))
  :value "4")

(defcase conditions.define-condition-unhandled-signals-type
  :category conditions
  :features (define-condition error)
  :forms ((define-condition exploded (error) ())
          (error 'exploded))
  :signals error)

;;; Restarts (CLHS 9.1.4.2)

(defcase conditions.restart-case-report-string
  :category conditions
  :features (restart-case find-restart)
  :forms ((restart-case (princ-to-string (find-restart 'retry))
            (retry () :report "Try the thing again." nil)))
  :value "\"Try the thing again.\"")

(defcase conditions.restart-case-report-function
  :category conditions
  :features (restart-case find-restart)
  :forms ((restart-case (princ-to-string (find-restart 'retry))
            (retry () :report (lambda (stream) (format stream "Retry ~d times." 3)) nil)))
  :value "\"Retry 3 times.\"")

(defcase conditions.restart-case-test-hides-restart
  :category conditions
  :features (restart-case find-restart)
  :forms ((restart-case (list (find-restart 'hidden) (restart-name (find-restart 'shown)))
            (hidden () :test (lambda (c) (declare (ignore c)) nil) 'h)
            (shown () :test (lambda (c) (declare (ignore c)) t) 's)))
  :value "(NIL SHOWN)")

(defcase conditions.restart-case-test-receives-condition
  :category conditions
  :features (restart-case compute-restarts)
  :forms ((let ((c1 (make-condition 'simple-error :format-control "1"))
                (c2 (make-condition 'simple-error :format-control "2")))
            (restart-case (list (and (find-restart 'only-c1 c1) t) (and (find-restart 'only-c1 c2) t))
              (only-c1 () :test (lambda (c) (eq c c1)) nil))))
  :value "(T NIL)")

(defcase conditions.restart-case-interactive
  :category conditions
  :features (restart-case invoke-restart-interactively)
  :forms ((restart-case (invoke-restart-interactively 'supply)
            (supply (x y) :interactive (lambda () (list 40 2)) (+ x y))))
  :value "42")

(defcase conditions.invoke-restart-interactively-no-interactive-no-args
  :category conditions
  :features (restart-case invoke-restart-interactively)
  :forms ((restart-case (invoke-restart-interactively 'plain)
            (plain (&optional (x 'no-arguments)) x)))
  :value "NO-ARGUMENTS")

(defcase conditions.restart-case-interactive-ignored-by-invoke-restart
  :category conditions
  :features (restart-case invoke-restart)
  :forms ((restart-case (invoke-restart 'supply 7)
            (supply (x) :interactive (lambda () (list 100)) x)))
  :value "7")

(defcase conditions.restart-case-clause-values
  :category conditions
  :features (restart-case invoke-restart)
  :forms ((multiple-value-list (restart-case (invoke-restart 'two 1 2)
                                 (two (a b) (values b a)))))
  :value "(2 1)")

(defcase conditions.restart-case-normal-values
  :category conditions
  :features (restart-case)
  :forms ((multiple-value-list (restart-case (values 'x 'y) (never () 'no))))
  :value "(X Y)")

(defcase conditions.restart-case-key-parameters
  :category conditions
  :features (restart-case invoke-restart)
  :forms ((restart-case (invoke-restart 'configure :b 2)
            (configure (&key (a 'default-a) b) (list a b))))
  :value "(DEFAULT-A 2)")

(defcase conditions.restart-case-unwinds-cleanups
  :category conditions
  :features (restart-case unwind-protect)
  :forms ((let ((order nil))
            (restart-case (unwind-protect (invoke-restart 'out)
                            (push 'cleanup order))
              (out () (push 'restart-body order)))
            (reverse order)))
  :value "(CLEANUP RESTART-BODY)")

(defcase conditions.restart-case-associates-restarts-with-error
  :category conditions
  :features (restart-case compute-restarts error)
  :note "CLHS restart-case: when the form is an error call, its restarts are associated with the condition"
  :forms ((let ((other (make-condition 'simple-error :format-control "other")))
            (handler-bind ((error (lambda (c)
                                    (invoke-restart
                                     (find-restart 'report-back c)
                                     (list (and (find-restart 'fix c) t)
                                           (and (find-restart 'fix other) t))))))
              (restart-case (restart-case (error "inner")
                              (fix () 'fixed))
                (report-back (v) v)))))
  :value "(T NIL)")

(defcase conditions.with-condition-restarts-association
  :category conditions
  :features (with-condition-restarts restart-case find-restart)
  :forms ((let ((mine (make-condition 'simple-error :format-control "mine"))
                (theirs (make-condition 'simple-error :format-control "theirs")))
            (restart-case
                (with-condition-restarts mine (list (find-restart 'tied))
                  (list (and (find-restart 'tied mine) t)
                        (and (find-restart 'tied theirs) t)
                        (and (find-restart 'tied) t)))
              (tied () nil))))
  :value "(T NIL T)")

(defcase conditions.compute-restarts-with-condition-filters
  :category conditions
  :features (compute-restarts with-condition-restarts restart-case)
  :forms ((let ((a (make-condition 'simple-error :format-control "a"))
                (b (make-condition 'simple-error :format-control "b")))
            (restart-case
                (with-condition-restarts a (list (find-restart 'for-a))
                  (let ((names-b (mapcar #'restart-name (compute-restarts b))))
                    (list (and (member 'for-a names-b) t)
                          (and (member 'for-any names-b) t))))
              (for-a () nil)
              (for-any () nil))))
  :value "(NIL T)")

(defcase conditions.compute-restarts-innermost-first
  :category conditions
  :features (compute-restarts restart-case)
  :forms ((restart-case
              (restart-case
                  (let ((names (mapcar #'restart-name (compute-restarts))))
                    (list (position 'inner names) (< (position 'inner names) (position 'outer names))))
                (inner () nil))
            (outer () nil)))
  :value "(0 T)")

(defcase conditions.find-restart-innermost-of-same-name
  :category conditions
  :features (find-restart invoke-restart restart-case)
  :forms ((restart-case
              (restart-case (invoke-restart (find-restart 'again))
                (again () 'inner))
            (again () 'outer)))
  :value "INNER")

(defcase conditions.find-restart-with-restart-object
  :category conditions
  :features (find-restart restart-case)
  :forms ((restart-case (let ((r (find-restart 'here))) (eq (find-restart r) r))
            (here () nil)))
  :value "T")

(defcase conditions.find-restart-absent-nil
  :category conditions
  :features (find-restart)
  :forms ((find-restart 'no-such-restart-here))
  :value "NIL")

(defcase conditions.restart-typep-restart
  :category conditions
  :features (restart restart-case)
  :forms ((restart-case (typep (find-restart 'r) 'restart)
            (r () nil)))
  :value "T")

(defcase conditions.restart-out-of-extent-not-found
  :category conditions
  :features (restart-case find-restart)
  :forms ((progn (restart-case 'done (gone () nil))
                 (find-restart 'gone)))
  :value "NIL")

(defcase conditions.restart-bind-function-returns-values
  :category conditions
  :features (restart-bind invoke-restart)
  :forms ((restart-bind ((double (lambda (x) (* x 2))))
            (list (invoke-restart 'double 21) 'still-inside)))
  :value "(42 STILL-INSIDE)")

(defcase conditions.restart-bind-non-local-exit
  :category conditions
  :features (restart-bind invoke-restart)
  :forms ((block b
            (restart-bind ((leave (lambda (v) (return-from b (list 'left v)))))
              (invoke-restart 'leave 5)
              'not-reached)))
  :value "(LEFT 5)")

(defcase conditions.restart-bind-report-function
  :category conditions
  :features (restart-bind find-restart)
  :forms ((restart-bind ((r (lambda () nil) :report-function (lambda (s) (write-string "bound report" s))))
            (princ-to-string (find-restart 'r))))
  :value "\"bound report\"")

(defcase conditions.restart-bind-interactive-function
  :category conditions
  :features (restart-bind invoke-restart-interactively)
  :forms ((restart-bind ((r (lambda (a b) (list b a)) :interactive-function (lambda () (list 1 2))))
            (invoke-restart-interactively 'r)))
  :value "(2 1)")

(defcase conditions.restart-bind-test-function
  :category conditions
  :features (restart-bind find-restart)
  :forms ((restart-bind ((r (lambda () nil) :test-function (lambda (c) (declare (ignore c)) nil)))
            (find-restart 'r)))
  :value "NIL")

(defcase conditions.restart-name-nil-anonymous
  :category conditions
  :features (restart-case restart-name compute-restarts)
  :forms ((restart-case (restart-name (first (compute-restarts)))
            (nil () :report "An anonymous restart." nil)))
  :value "NIL")

(defcase conditions.use-value-function-invokes-restart
  :category conditions
  :features (use-value restart-case handler-bind)
  :forms ((handler-bind ((error (lambda (c) (use-value 'replacement c))))
            (restart-case (error "need a value")
              (use-value (v) (list 'used v)))))
  :value "(USED REPLACEMENT)")

(defcase conditions.store-value-function-invokes-restart
  :category conditions
  :features (store-value restart-case handler-bind)
  :forms ((handler-bind ((error (lambda (c) (store-value 99 c))))
            (restart-case (error "need storing")
              (store-value (v) (list 'stored v)))))
  :value "(STORED 99)")

(defcase conditions.use-value-store-value-without-restart-return-nil
  :category conditions
  :features (use-value store-value)
  :note "CLHS 9.2 restart functions: with no such restart active, use-value and store-value return nil (continue is left out: the oracle's SBCL runs cases under a CONTINUE restart of its own)"
  :forms ((list (use-value 1) (store-value 2)))
  :value "(NIL NIL)")

(defcase conditions.continue-function-invokes-continue-restart
  :category conditions
  :features (continue restart-case)
  :forms ((restart-case (progn (continue) 'not-reached)
            (continue () 'continued)))
  :value "CONTINUED")

(defcase conditions.abort-function-invokes-innermost-abort
  :category conditions
  :features (abort restart-case)
  :forms ((restart-case (progn (abort) 'not-reached)
            (abort () 'aborted)))
  :value "ABORTED")

(defcase conditions.abort-with-condition-argument
  :category conditions
  :features (abort restart-case handler-bind)
  :forms ((handler-bind ((error (lambda (c) (abort c))))
            (restart-case (error "bad")
              (abort () 'aborted-by-handler))))
  :value "ABORTED-BY-HANDLER")

(defcase conditions.check-type-store-value-restart
  :category conditions
  :features (check-type store-value handler-bind)
  :forms ((let ((x 'not-a-number))
            (handler-bind ((type-error (lambda (c) (store-value 10 c))))
              (check-type x integer))
            x))
  :value "10")

(defcase conditions.check-type-returns-nil
  :category conditions
  :features (check-type)
  :forms ((let ((x 5)) (check-type x (integer 0 10))))
  :value "NIL")

(defcase conditions.check-type-place-in-list
  :category conditions
  :features (check-type store-value)
  :forms ((let ((l (list 1 'two 3)))
            (handler-bind ((type-error (lambda (c) (store-value 2 c))))
              (check-type (second l) integer))
            l))
  :value "(1 2 3)")

(defcase conditions.ccase-store-value-restart
  :category conditions
  :features (ccase store-value handler-bind)
  :forms ((let ((x 5))
            (handler-bind ((type-error (lambda (c) (store-value 2 c))))
              (list (ccase x (1 'one) (2 'two)) x))))
  :value "(TWO 2)")

(defcase conditions.ctypecase-store-value-restart
  :category conditions
  :features (ctypecase store-value handler-bind)
  :forms ((let ((x 1.5))
            (handler-bind ((type-error (lambda (c) (store-value "now a string" c))))
              (ctypecase x (string (length x)) (symbol 'symbol)))))
  :value "12")

(defcase conditions.assert-continue-retests
  :category conditions
  :features (assert continue handler-bind)
  :forms ((let ((n 0))
            (handler-bind ((error (lambda (c) (incf n) (continue c))))
              (assert (> n 2)))
            n))
  :value "3")

(defcase conditions.assert-returns-nil
  :category conditions
  :features (assert)
  :forms ((assert (= 1 1)))
  :value "NIL")

(defcase conditions.assert-datum-condition-type
  :category conditions
  :features (assert type-error)
  :forms ((let ((x 3))
            (handler-case (assert (stringp x) (x) 'type-error :datum x :expected-type 'string)
              (type-error (c) (list (type-error-datum c) (type-error-expected-type c))))))
  :value "(3 STRING)")

(defcase conditions.assert-format-message
  :category conditions
  :features (assert)
  :forms ((handler-case (assert nil () "Value ~a too small" 4)
            (error (c) (princ-to-string c))))
  :value "\"Value 4 too small\"")

(defcase conditions.with-simple-restart-values-when-invoked
  :category conditions
  :features (with-simple-restart invoke-restart)
  :forms ((multiple-value-list (with-simple-restart (skip "Skip it.") (invoke-restart 'skip) 'not-reached)))
  :value "(NIL T)")

(defcase conditions.with-simple-restart-report-format
  :category conditions
  :features (with-simple-restart find-restart)
  :forms ((with-simple-restart (skip "Skip item ~d." 3)
            (princ-to-string (find-restart 'skip))))
  :value "\"Skip item 3.\"")

(defcase conditions.with-simple-restart-normal-values
  :category conditions
  :features (with-simple-restart)
  :forms ((multiple-value-list (with-simple-restart (skip "Skip.") (values 1 2))))
  :value "(1 2)")

(defcase conditions.invoke-restart-inactive-object-control-error
  :category conditions
  :features (invoke-restart control-error)
  :forms ((let ((r (restart-case (find-restart 'short-lived) (short-lived () nil))))
            (invoke-restart r)))
  :signals control-error)

;;; The debugger hook (CLHS 9.2 invoke-debugger, *debugger-hook*)

(defcase conditions.debugger-hook-not-called-when-handled
  :category conditions
  :features (*debugger-hook* handler-case)
  :forms ((let ((*debugger-hook* (lambda (c h) (declare (ignore c h)) (princ "hook ran"))))
            (handler-case (error "x") (error () 'handled))))
  :value "HANDLED")

(defcase conditions.break-on-signals-default-nil
  :category conditions
  :features (*break-on-signals*)
  :forms ((list *break-on-signals* (signal "quiet")))
  :value "(NIL NIL)")

(defcase conditions.break-bypasses-handlers
  :category conditions
  :features (break handler-case)
  :note "CLHS break: goes directly into the debugger without any possibility of interception by handlers"
  :forms ((handler-case (break "stop here ~a" 1)
            (condition () 'caught-by-handler)))
  :signals condition)

(defcase conditions.break-bypasses-debugger-hook
  :category conditions
  :features (break *debugger-hook*)
  :forms ((catch 'hooked
            (let ((*debugger-hook* (lambda (c h) (declare (ignore c h)) (throw 'hooked 'hook-ran))))
              (break))))
  :signals condition)

(defcase conditions.method-combination-error-signals
  :category conditions
  :features (method-combination-error define-method-combination)
  :forms ((define-method-combination exactly-one ()
            ((primary ()))
            (if (rest primary)
                (method-combination-error "~d applicable methods, expected one" (length primary))
                `(call-method ,(first primary))))
          (defclass one-a () ())
          (defclass one-b (one-a) ())
          (defgeneric only-one (x) (:method-combination exactly-one))
          (defmethod only-one ((x one-a)) 'a)
          (defmethod only-one ((x one-b)) 'b)
          (list (only-one (make-instance 'one-a)) (only-one (make-instance 'one-b))))
  :signals error)

(defcase conditions.method-combination-one-method-fine
  :category conditions
  :features (method-combination-error define-method-combination)
  :forms ((define-method-combination exactly-one-ok ()
            ((primary ()))
            (if (rest primary)
                (method-combination-error "too many")
                `(call-method ,(first primary))))
          (defgeneric only-one-ok (x) (:method-combination exactly-one-ok))
          (defmethod only-one-ok ((x integer)) (list 'integer x))
          (only-one-ok 3))
  :value "(INTEGER 3)")

(defcase conditions.invalid-method-error-signals
  :category conditions
  :features (invalid-method-error define-method-combination)
  :forms ((define-method-combination plain-only ()
            ((primary ()) (other *))
            (when other
              (invalid-method-error (first other) "qualifiers ~s are not allowed" (method-qualifiers (first other))))
            `(call-method ,(first primary) ,(rest primary)))
          (defgeneric plain-gf (x) (:method-combination plain-only))
          (defmethod plain-gf ((x integer)) x)
          (defmethod plain-gf :weird ((x integer)) x)
          (plain-gf 1))
  :signals error)

(defcase conditions.invoke-debugger-bypasses-handlers
  :category conditions
  :features (invoke-debugger handler-case)
  :note "invoke-debugger enters the debugger directly; handlers are not consulted (the *debugger-hook* side is not checkable here: the oracle's SBCL intercepts with its own earlier hook)"
  :forms ((handler-case (invoke-debugger (make-condition 'simple-error :format-control "direct"))
            (error () 'caught-by-handler)))
  :signals simple-error)
