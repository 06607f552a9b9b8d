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

