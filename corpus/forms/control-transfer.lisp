;;;; corpus/forms/control-transfer.lisp — non-local exits (CLHS 5.2). Expectations: SBCL 2.2.9.

(defcase control-transfer.return-from-nested-three-blocks
  :category control-transfer
  :features (block return-from)
  :forms ((block a
            (block b
              (block c
                (return-from a 'from-a))
              'after-c)
            'after-b))
  :value "FROM-A")

(defcase control-transfer.return-from-middle-block
  :category control-transfer
  :features (block return-from)
  :forms ((list (block a
                  (block b
                    (block c (return-from b 'from-b))
                    'after-c))))
  :value "(FROM-B)")

(defcase control-transfer.return-from-through-lambda
  :category control-transfer
  :features (block return-from funcall lambda)
  :forms ((block outer
            (funcall (lambda () (return-from outer 'escaped)))
            'not-reached))
  :value "ESCAPED")

(defcase control-transfer.return-from-through-mapcar
  :category control-transfer
  :features (block return-from mapcar)
  :forms ((block search
            (mapcar (lambda (x) (when (eq x 'target) (return-from search 'found))) '(a b target c))
            'not-found))
  :value "FOUND")

(defcase control-transfer.return-from-through-several-frames
  :category control-transfer
  :features (block return-from labels)
  :forms ((block top
            (labels ((deep (n) (if (= n 0) (return-from top 'bottom) (deep (- n 1)))))
              (deep 50))))
  :value "BOTTOM")

(defcase control-transfer.return-from-passes-closure-later-call
  :category control-transfer
  :features (defun block return-from lambda)
  :forms ((defun ct-finder (items)
            (block find
              (mapc (lambda (x) (when (numberp x) (return-from find x))) items)
              nil))
          (list (ct-finder '(a b 3 c 4)) (ct-finder '(a b))))
  :value "(3 NIL)")

(defcase control-transfer.return-in-dolist
  :category control-transfer
  :features (dolist return)
  :forms ((dolist (x '(1 2 3 4 5))
            (when (> x 2) (return (* x 100)))))
  :value "300")

(defcase control-transfer.return-from-defun-in-loop
  :category control-transfer
  :features (defun return-from dotimes)
  :forms ((defun ct-first-square-over (n)
            (dotimes (i 100) (when (> (* i i) n) (return-from ct-first-square-over i))))
          (ct-first-square-over 50))
  :value "8")

(defcase control-transfer.catch-throw-across-functions
  :category control-transfer
  :features (defun catch throw)
  :forms ((defun ct-thrower (x) (throw 'ct-tag (* x 2)))
          (defun ct-middle (x) (+ 1000 (ct-thrower x)))
          (catch 'ct-tag (ct-middle 21)))
  :value "42")

(defcase control-transfer.catch-innermost-wins
  :category control-transfer
  :features (catch throw)
  :forms ((catch 'tag
            (list 'outer (catch 'tag (throw 'tag 'inner-caught)))))
  :value "(OUTER INNER-CAUGHT)")

(defcase control-transfer.catch-different-tags
  :category control-transfer
  :features (catch throw)
  :forms ((catch 'outer
            (catch 'inner
              (throw 'outer 'to-outer))
            'after-inner))
  :value "TO-OUTER")

(defcase control-transfer.throw-value-evaluated-before-unwind
  :category control-transfer
  :features (catch throw)
  :forms ((let ((x 1))
            (catch 'done
              (throw 'done (progn (setq x 2) (* x 10))))))
  :value "20")

(defcase control-transfer.catch-returns-last-form
  :category control-transfer
  :features (catch)
  :forms ((catch 'x 1 2 'last))
  :value "LAST")

(defcase control-transfer.throw-from-dynamically-nested-call
  :category control-transfer
  :features (defun catch throw dolist)
  :forms ((defun ct-check (x) (when (minusp x) (throw 'ct-bad x)) x)
          (catch 'ct-bad
            (dolist (v '(1 2 -3 4) 'all-ok) (ct-check v))))
  :value "-3")

(defcase control-transfer.throw-with-computed-tag
  :category control-transfer
  :features (catch throw)
  :forms ((let ((tags (list 'a 'b)))
            (catch (second tags)
              (throw (second tags) 'by-computed-tag))))
  :value "BY-COMPUTED-TAG")

(defcase control-transfer.unwind-protect-cleanup-order
  :category control-transfer
  :features (unwind-protect catch throw push)
  :forms ((let ((log nil))
            (catch 'x
              (unwind-protect
                   (unwind-protect (throw 'x nil)
                     (push 'inner log))
                (push 'outer log)))
            (reverse log)))
  :value "(INNER OUTER)")

(defcase control-transfer.unwind-protect-value-of-protected-form
  :category control-transfer
  :features (unwind-protect)
  :forms ((let ((n 0))
            (list (unwind-protect 'protected (incf n)) n)))
  :value "(PROTECTED 1)")

(defcase control-transfer.unwind-protect-multiple-values
  :category control-transfer
  :features (unwind-protect multiple-value-list)
  :forms ((multiple-value-list (unwind-protect (values 1 2 3) 'ignored)))
  :value "(1 2 3)")

(defcase control-transfer.unwind-protect-cleanup-runs-on-error
  :category control-transfer
  :features (unwind-protect handler-case)
  :forms ((let ((log nil))
            (handler-case (unwind-protect (error "boom")
                            (push 'cleaned log))
              (error () (push 'handled log)))
            (reverse log)))
  :value "(CLEANED HANDLED)")

(defcase control-transfer.unwind-protect-cleanup-forms-all-run
  :category control-transfer
  :features (unwind-protect block return-from)
  :forms ((let ((log nil))
            (block b
              (unwind-protect (return-from b)
                (push 1 log)
                (push 2 log)
                (push 3 log)))
            log))
  :value "(3 2 1)")

(defcase control-transfer.unwind-protect-in-loop-each-iteration
  :category control-transfer
  :features (unwind-protect dotimes return)
  :forms ((let ((count 0))
            (dotimes (i 5)
              (unwind-protect (when (= i 3) (return))
                (incf count)))
            count))
  :value "4")

(defcase control-transfer.cleanup-can-transfer-again
  :category control-transfer
  :features (unwind-protect catch throw)
  :forms ((catch 'second
            (catch 'first
              (unwind-protect (throw 'first 'one)
                (throw 'second 'two)))))
  :value "TWO")

(defcase control-transfer.go-from-nested-let
  :category control-transfer
  :features (tagbody go let)
  :forms ((let ((out nil))
            (tagbody
               (let ((a 1))
                 (let ((b 2))
                   (setq out (+ a b))
                   (go done)))
               (setq out 'not-reached)
             done)
            out))
  :value "3")

(defcase control-transfer.go-inside-dotimes-exits-loop
  :category control-transfer
  :features (tagbody go dotimes)
  :forms ((let ((seen nil))
            (tagbody
               (dotimes (i 10)
                 (when (= i 3) (go escape))
                 (push i seen))
             escape)
            seen))
  :value "(2 1 0)")

(defcase control-transfer.go-through-unwind-protect
  :category control-transfer
  :features (tagbody go unwind-protect)
  :forms ((let ((log nil))
            (tagbody
               (unwind-protect (go end)
                 (push 'cleanup log))
               (push 'skipped log)
             end
               (push 'end log))
            (reverse log)))
  :value "(CLEANUP END)")

(defcase control-transfer.tagbody-state-machine
  :category control-transfer
  :features (tagbody go)
  :forms ((let ((state nil) (n 0))
            (tagbody
             a (push 'a state) (incf n) (go b)
             b (push 'b state) (if (< n 3) (go a) (go c))
             c (push 'c state))
            (reverse state)))
  :value "(A B A B A B C)")

(defcase control-transfer.tagbody-nested-same-tag
  :category control-transfer
  :features (tagbody go)
  :forms ((let ((log nil))
            (tagbody
               (tagbody
                  (go x)
                x (push 'inner-x log))
               (go x)
               (push 'skipped log)
             x (push 'outer-x log))
            (reverse log)))
  :value "(INNER-X OUTER-X)")

(defcase control-transfer.block-nil-from-dotimes
  :category control-transfer
  :features (dotimes return)
  :forms ((dotimes (i 10 'finished)
            (when (= i 4) (return i))))
  :value "4")

(defcase control-transfer.loop-return-value
  :category control-transfer
  :features (loop return)
  :forms ((loop for i from 0
                when (> (* i i) 30) do (return i)))
  :value "6")

(defcase control-transfer.return-multiple-values-from-block
  :category control-transfer
  :features (block return-from multiple-value-list)
  :forms ((multiple-value-list (block b (return-from b (values 'x 'y)) 'z)))
  :value "(X Y)")

(defcase control-transfer.return-from-lambda-after-exit-signals
  :category control-transfer
  :features (block return-from lambda funcall)
  :forms ((let ((f (block b (lambda () (return-from b 1)))))
            (funcall f)))
  :signals control-error)

(defcase control-transfer.go-after-tagbody-exit-signals
  :category control-transfer
  :features (tagbody go)
  :forms ((let ((f nil))
            (tagbody
               (setq f (lambda () (go t1)))
             t1)
            (funcall f)))
  :signals control-error)

(defcase control-transfer.error-unwinds-to-handler-case
  :category control-transfer
  :features (handler-case error)
  :forms ((handler-case (progn (error "oops") 'not-reached)
            (error () 'caught)))
  :value "CAUGHT")

(defcase control-transfer.handler-case-through-frames
  :category control-transfer
  :features (defun handler-case error)
  :forms ((defun ct-fail (n) (if (= n 0) (error "bottom") (ct-fail (- n 1))))
          (handler-case (ct-fail 20)
            (simple-error () 'caught-simple-error)))
  :value "CAUGHT-SIMPLE-ERROR")

(defcase control-transfer.unwind-protect-restores-state
  :category control-transfer
  :features (defvar unwind-protect catch throw)
  :forms ((defvar *ct-state* 'idle)
          (catch 'abort
            (unwind-protect
                 (progn (setq *ct-state* 'busy) (throw 'abort nil))
              (setq *ct-state* 'idle)))
          *ct-state*)
  :value "IDLE")

(defcase control-transfer.catch-tag-compared-with-eq
  :category control-transfer
  :features (catch throw)
  :forms ((let ((a (list 1)))
            (catch a
              (catch (list 1)
                (throw a 'matched-by-identity)))))
  :value "MATCHED-BY-IDENTITY")

(defcase control-transfer.throw-out-of-labels-recursion
  :category control-transfer
  :features (labels catch throw)
  :forms ((catch 'found
            (labels ((walk (tree)
                       (cond ((eql tree 7) (throw 'found 'seven))
                             ((consp tree) (walk (car tree)) (walk (cdr tree))))))
              (walk '(1 (2 (3 7)) 4))
              'absent)))
  :value "SEVEN")

(defcase control-transfer.return-from-flet-name
  :category control-transfer
  :features (flet return-from)
  :forms ((flet ((f (x) (when (> x 0) (return-from f 'pos)) 'nonpos))
            (list (f 1) (f 0))))
  :value "(POS NONPOS)")

(defcase control-transfer.return-from-labels-name
  :category control-transfer
  :features (labels return-from)
  :forms ((labels ((g (l) (dolist (x l) (when (evenp x) (return-from g x)))))
            (list (g '(1 3 4 6)) (g '(1 3)))))
  :value "(4 NIL)")

(defcase control-transfer.block-name-different-from-function
  :category control-transfer
  :features (defun block return-from)
  :forms ((defun ct-outer ()
            (block inner
              (return-from inner 1))
            2)
          (ct-outer))
  :value "2")

(defcase control-transfer.nested-catch-same-tag-dynamic
  :category control-transfer
  :features (defun catch throw)
  :forms ((defun ct-inner-catch () (catch 'k (throw 'k 'inner)))
          (catch 'k (list (ct-inner-catch) 'after)))
  :value "(INNER AFTER)")

(defcase control-transfer.unwind-protect-abort-cleanup-counts
  :category control-transfer
  :features (unwind-protect catch throw dotimes)
  :forms ((let ((n 0))
            (dotimes (i 4)
              (catch 'skip
                (unwind-protect (when (oddp i) (throw 'skip nil))
                  (incf n))))
            n))
  :value "4")

(defcase control-transfer.non-local-exit-from-reduce
  :category control-transfer
  :features (block return-from reduce)
  :forms ((block sum
            (reduce (lambda (acc x) (if (> acc 5) (return-from sum acc) (+ acc x))) '(1 2 3 4 5 6))))
  :value "6")

(defcase control-transfer.return-outside-block-nil
  :category control-transfer
  :features (block return)
  :forms ((block nil (list 1 (return 2) 3)))
  :value "2")

(defcase control-transfer.ignore-errors-returns-nil-and-condition
  :category control-transfer
  :features (ignore-errors)
  :forms ((multiple-value-bind (v c) (ignore-errors (error "x"))
            (list v (typep c 'error))))
  :value "(NIL T)")

(defcase control-transfer.ignore-errors-normal-values
  :category control-transfer
  :features (ignore-errors multiple-value-list)
  :forms ((multiple-value-list (ignore-errors (values 1 2))))
  :value "(1 2)")

(defcase control-transfer.catch-throw-in-loop-body
  :category control-transfer
  :features (catch throw loop)
  :forms ((loop for i from 1 to 5
                collect (catch 'next
                          (when (evenp i) (throw 'next 'even))
                          i)))
  :value "(1 EVEN 3 EVEN 5)")

(defcase control-transfer.prog-return
  :category control-transfer
  :features (prog return go)
  :forms ((prog ((i 0) (acc nil))
           top
             (when (= i 3) (return acc))
             (push i acc)
             (incf i)
             (go top)))
  :value "(2 1 0)")

(defcase control-transfer.prog-star-sequential
  :category control-transfer
  :features (prog* return)
  :forms ((prog* ((a 1) (b (+ a 1)))
             (return (list a b))))
  :value "(1 2)")

(defcase control-transfer.dynamic-extent-of-catch-ended
  :category control-transfer
  :features (defun catch throw)
  :forms ((defun ct-late () (throw 'ct-gone 1))
          (catch 'ct-gone 'done)
          (ct-late))
  :signals control-error)

(defcase control-transfer.unwind-protect-nested-order-on-return
  :category control-transfer
  :features (unwind-protect block return-from)
  :forms ((let ((log nil))
            (block b
              (unwind-protect
                   (unwind-protect
                        (unwind-protect (return-from b)
                          (push 1 log))
                     (push 2 log))
                (push 3 log)))
            (reverse log)))
  :value "(1 2 3)")

(defcase control-transfer.handler-case-return-value
  :category control-transfer
  :features (handler-case)
  :forms ((handler-case (+ 1 2)
            (error () 'err)))
  :value "3")

(defcase control-transfer.handler-case-no-error-clause
  :category control-transfer
  :features (handler-case)
  :forms ((handler-case (values 1 2)
            (:no-error (a b) (list 'ok a b))))
  :value "(OK 1 2)")

(defcase control-transfer.return-from-value-default-nil
  :category control-transfer
  :features (block return-from)
  :forms ((list (block x (return-from x))))
  :value "(NIL)")

(defcase control-transfer.throw-through-unwind-protect-with-values
  :category control-transfer
  :features (catch throw unwind-protect multiple-value-list)
  :forms ((multiple-value-list
           (catch 'tag
             (unwind-protect (throw 'tag (values 1 2))
               (values 'cleanup 'ignored)))))
  :value "(1 2)")

(defcase control-transfer.case-in-loop-with-return
  :category control-transfer
  :features (dolist case return)
  :forms ((dolist (x '(a b stop c) 'no-stop)
            (case x (stop (return 'stopped)))))
  :value "STOPPED")

(defcase control-transfer.go-in-labels-closure
  :category control-transfer
  :features (tagbody go labels)
  :forms ((let ((n 0))
            (tagbody
               (labels ((rec (k) (if (= k 0) (go out) (progn (incf n) (rec (- k 1))))))
                 (rec 5))
             out)
            n))
  :value "5")

(defcase control-transfer.error-in-cleanup-replaces-throw
  :category control-transfer
  :features (catch unwind-protect handler-case)
  :forms ((handler-case
              (catch 'tag
                (unwind-protect (throw 'tag 'thrown)
                  (error "cleanup failed")))
            (error () 'error-won)))
  :value "ERROR-WON")

(defcase control-transfer.loop-named-return-from
  :category control-transfer
  :features (loop return-from)
  :forms ((loop named outer
                for i from 1 to 3
                do (loop for j from 1 to 3
                         when (= (* i j) 4) do (return-from outer (list i j)))))
  :value "(2 2)")

(defcase control-transfer.do-with-return
  :category control-transfer
  :features (do return)
  :forms ((do ((i 0 (+ i 1)))
              ((> i 100) 'exhausted)
            (when (= i 7) (return 'seven))))
  :value "SEVEN")

(defcase control-transfer.when-return-from-toplevel-function
  :category control-transfer
  :features (defun return-from)
  :forms ((defun ct-classify (n)
            (when (< n 0) (return-from ct-classify :negative))
            (when (= n 0) (return-from ct-classify :zero))
            :positive)
          (mapcar #'ct-classify '(-5 0 5)))
  :value "(:NEGATIVE :ZERO :POSITIVE)")

(defcase control-transfer.catch-nil-tag
  :category control-transfer
  :features (catch throw)
  :forms ((catch nil (throw nil 'nil-is-a-tag)))
  :value "NIL-IS-A-TAG")

(defcase control-transfer.mapc-exit-via-throw
  :category control-transfer
  :features (mapc catch throw)
  :forms ((catch 'stop
            (mapc (lambda (x) (when (> x 2) (throw 'stop (list 'stopped-at x)))) '(1 2 3 4))))
  :value "(STOPPED-AT 3)")

(defcase control-transfer.return-from-inside-unwind-protect-cleanup
  :category control-transfer
  :features (block return-from unwind-protect)
  :forms ((block b
            (unwind-protect 'normal
              (return-from b 'from-cleanup))))
  :value "FROM-CLEANUP")

(defcase control-transfer.throw-from-cleanup-during-normal-exit
  :category control-transfer
  :features (catch throw unwind-protect)
  :forms ((catch 'c
            (unwind-protect 'body-value
              (throw 'c 'cleanup-threw))))
  :value "CLEANUP-THREW")

(defcase control-transfer.block-return-from-closure-inside-loop
  :category control-transfer
  :features (block return-from loop)
  :forms ((block found
            (loop for x in '(1 2 3 4)
                  do (funcall (lambda () (when (= x 3) (return-from found (* x 100))))))
            'none))
  :value "300")

(defcase control-transfer.catch-dynamic-not-lexical
  :category control-transfer
  :features (defun catch throw)
  :forms ((defun ct-throw-k () (throw 'ct-k 'dynamic))
          (defun ct-catch-k () (catch 'ct-k (ct-throw-k) 'fell-through))
          (ct-catch-k))
  :value "DYNAMIC")

(defcase control-transfer.unwind-protect-cleanup-sees-modified-state
  :category control-transfer
  :features (unwind-protect catch throw)
  :forms ((let ((x 0))
            (catch 'c
              (unwind-protect (progn (setq x 1) (throw 'c nil) (setq x 2))
                (setq x (* x 10))))
            x))
  :value "10")

(defcase control-transfer.tagbody-go-backward-counting
  :category control-transfer
  :features (tagbody go)
  :forms ((let ((i 0) (acc 0))
            (tagbody
             loop
               (incf acc i)
               (incf i)
               (when (<= i 10) (go loop)))
            acc))
  :value "55")

(defcase control-transfer.handler-case-unwinds-unwind-protect
  :category control-transfer
  :features (handler-case unwind-protect error)
  :forms ((let ((log nil))
            (handler-case
                (unwind-protect (progn (push 'start log) (error "x") (push 'never log))
                  (push 'cleanup log))
              (error () (push 'handler log)))
            (reverse log)))
  :value "(START CLEANUP HANDLER)")

(defcase control-transfer.throw-past-block
  :category control-transfer
  :features (block catch throw)
  :forms ((catch 'out
            (block inner
              (throw 'out 'passed-block))
            'not-here))
  :value "PASSED-BLOCK")

(defcase control-transfer.return-from-outer-defun-via-labels
  :category control-transfer
  :features (defun labels return-from)
  :forms ((defun ct-find-first-neg (l)
            (labels ((scan (xs) (cond ((null xs) nil)
                                      ((minusp (car xs)) (return-from ct-find-first-neg (car xs)))
                                      (t (scan (cdr xs))))))
              (scan l)
              'none))
          (list (ct-find-first-neg '(1 2 -3 4)) (ct-find-first-neg '(1 2))))
  :value "(-3 NONE)")

(defcase control-transfer.nested-unwind-protect-with-catch-inside-cleanup
  :category control-transfer
  :features (catch throw unwind-protect)
  :forms ((let ((log nil))
            (catch 'outer
              (unwind-protect (throw 'outer 'x)
                (catch 'inner
                  (push 'cleanup-start log)
                  (throw 'inner nil))
                (push 'cleanup-end log)))
            (reverse log)))
  :value "(CLEANUP-START CLEANUP-END)")

;;; block / return-from through closures (CLHS 5.2, 3.1.5)

(defcase control-transfer.return-from-closure-in-mapc
  :category control-transfer
  :features (block return-from mapc)
  :forms ((block search
            (mapc (lambda (x) (when (> x 2) (return-from search (* x 100)))) '(1 2 3 4))
            'none))
  :value "300")

(defcase control-transfer.return-from-closure-passed-down-frames
  :category control-transfer
  :features (block return-from funcall)
  :forms ((defun call-deep (n f) (if (= n 0) (funcall f) (list 'returned (call-deep (1- n) f))))
          (block top
            (call-deep 5 (lambda () (return-from top 'escaped)))))
  :value "ESCAPED")

(defcase control-transfer.return-from-closure-values
  :category control-transfer
  :features (block return-from)
  :forms ((defun invoke (f) (funcall f) 'not-reached)
          (multiple-value-list (block b (invoke (lambda () (return-from b (values 1 2 3)))))))
  :value "(1 2 3)")

(defcase control-transfer.return-from-closure-after-exit-control-error
  :category control-transfer
  :features (block return-from control-error)
  :forms ((let ((escape (block b (lambda () (return-from b 'late)))))
            (funcall escape)))
  :signals control-error)

(defcase control-transfer.return-from-targets-innermost-same-name
  :category control-transfer
  :features (block return-from)
  :forms ((block b
            (list 'outer-continues (block b (return-from b 'inner-value)))))
  :value "(OUTER-CONTINUES INNER-VALUE)")

(defcase control-transfer.return-from-lexical-not-dynamic
  :category control-transfer
  :features (block return-from)
  :note "a closure made inside block B returns from that B, not from a B active at call time"
  :forms ((let ((escape nil) (result nil))
            (setq result (block b
                           (setq escape (lambda () (return-from b 'from-first)))
                           (block b (funcall escape) 'inner-normal)))
            result))
  :value "FROM-FIRST")

(defcase control-transfer.return-from-runs-cleanups-in-between
  :category control-transfer
  :features (block return-from unwind-protect)
  :forms ((let ((order nil))
            (block b
              (unwind-protect
                   (unwind-protect (return-from b)
                     (push 'inner order))
                (push 'outer order)))
            (reverse order)))
  :value "(INNER OUTER)")

(defcase control-transfer.return-from-value-form-throws
  :category control-transfer
  :features (block return-from catch throw)
  :forms ((catch 'c
            (block b
              (return-from b (throw 'c 'thrown-instead)))))
  :value "THROWN-INSTEAD")

(defcase control-transfer.return-from-recursion-outer-frame
  :category control-transfer
  :features (block return-from labels)
  :forms ((defun find-in-tree (tree target)
            (labels ((walk (x)
                       (cond ((eql x target) (return-from find-in-tree (list 'found x)))
                             ((consp x) (walk (car x)) (walk (cdr x))))))
              (walk tree)
              'missing))
          (list (find-in-tree '(1 (2 (3 4)) 5) 4) (find-in-tree '(1 2) 9)))
  :value "((FOUND 4) MISSING)")

;;; tagbody / go from closures

(defcase control-transfer.go-from-closure-through-frames
  :category control-transfer
  :features (tagbody go funcall)
  :forms ((defun call-it (f) (funcall f) (princ "not printed"))
          (let ((order nil))
            (tagbody
               (push 'start order)
               (call-it (lambda () (go done)))
               (push 'skipped order)
             done
               (push 'done order))
            (reverse order)))
  :value "(START DONE)")

(defcase control-transfer.go-from-closure-loops
  :category control-transfer
  :features (tagbody go)
  :forms ((let ((n 0) (again nil))
            (tagbody
               (setq again (lambda () (go top)))
             top
               (incf n)
               (when (< n 3) (funcall again)))
            n))
  :value "3")

(defcase control-transfer.go-from-closure-after-exit-control-error
  :category control-transfer
  :features (tagbody go control-error)
  :forms ((let ((jump nil))
            (tagbody
               (setq jump (lambda () (go there)))
             there)
            (funcall jump)))
  :signals control-error)

(defcase control-transfer.go-runs-cleanups
  :category control-transfer
  :features (tagbody go unwind-protect)
  :forms ((let ((order nil))
            (tagbody
               (unwind-protect (go out)
                 (push 'cleanup order))
             out
               (push 'out order))
            (reverse order)))
  :value "(CLEANUP OUT)")

(defcase control-transfer.go-from-labels-recursion
  :category control-transfer
  :features (tagbody go labels)
  :forms ((let ((depth 0))
            (tagbody
               (labels ((dive (n) (setq depth n) (if (= n 4) (go bottom) (dive (1+ n)))))
                 (dive 0))
             bottom)
            depth))
  :value "4")

;;; catch / throw: dynamic extent

(defcase control-transfer.throw-to-exited-catch-control-error
  :category control-transfer
  :features (catch throw control-error)
  :forms ((let ((thrower (catch 'gone (lambda () (throw 'gone 1)))))
            (funcall thrower)))
  :signals control-error)

(defcase control-transfer.catch-is-dynamic-thrower-defined-outside
  :category control-transfer
  :features (catch throw)
  :forms ((defun throw-it () (throw 'dyn 'from-elsewhere))
          (catch 'dyn (throw-it) 'not-reached))
  :value "FROM-ELSEWHERE")

(defcase control-transfer.catch-most-recent-same-tag
  :category control-transfer
  :features (catch throw)
  :forms ((catch 'same
            (list 'outer (catch 'same (throw 'same 'to-inner)))))
  :value "(OUTER TO-INNER)")

(defcase control-transfer.catch-tag-evaluated-each-entry
  :category control-transfer
  :features (catch throw)
  :forms ((let ((tags '(a b c)) (out nil))
            (dolist (tg tags)
              (push (catch tg (throw (car (member tg tags)) tg)) out))
            out))
  :value "(C B A)")

(defcase control-transfer.throw-values-through-cleanup
  :category control-transfer
  :features (catch throw unwind-protect)
  :forms ((multiple-value-list
           (catch 'v
             (unwind-protect (throw 'v (values 1 2))
               (values 'cleanup 'ignored)))))
  :value "(1 2)")

(defcase control-transfer.throw-from-cleanup-to-outer-catch
  :category control-transfer
  :features (catch throw unwind-protect)
  :note "CLHS 5.2: a cleanup may transfer to an exit point outside the original target"
  :forms ((catch 'outer
            (catch 'inner
              (unwind-protect (throw 'inner 'inner-value)
                (throw 'outer 'outer-value)))
            'after-inner))
  :value "OUTER-VALUE")

(defcase control-transfer.return-from-cleanup-to-outer-block
  :category control-transfer
  :features (block return-from unwind-protect)
  :forms ((block outer
            (block inner
              (unwind-protect (return-from inner 'i)
                (return-from outer 'from-cleanup)))
            'after-inner))
  :value "FROM-CLEANUP")

(defcase control-transfer.cleanup-exit-runs-remaining-cleanups
  :category control-transfer
  :features (catch throw unwind-protect)
  :forms ((let ((order nil))
            (catch 'outer
              (unwind-protect
                   (catch 'inner
                     (unwind-protect (throw 'inner nil)
                       (push 'first-cleanup order)
                       (throw 'outer nil)))
                (push 'second-cleanup order)))
            (reverse order)))
  :value "(FIRST-CLEANUP SECOND-CLEANUP)")

(defcase control-transfer.cleanup-sees-outer-dynamic-bindings
  :category control-transfer
  :features (unwind-protect catch throw)
  :note "by the time the cleanup runs, bindings made inside the protected form are undone"
  :forms ((defvar *ct-state* 'global)
          (let ((*ct-state* 'outer))
            (catch 'x
              (unwind-protect (let ((*ct-state* 'inner)) (throw 'x nil))
                (princ *ct-state*)))))
  :stdout "OUTER"
  :value "NIL")

(defcase control-transfer.special-binding-restored-after-go
  :category control-transfer
  :features (tagbody go)
  :forms ((defvar *ct-go* 'global)
          (defun read-ct-go () *ct-go*)
          (let ((seen nil))
            (tagbody
               (let ((*ct-go* 'bound)) (setq seen (read-ct-go)) (go out))
             out)
            (list seen (read-ct-go))))
  :value "(BOUND GLOBAL)")

(defcase control-transfer.throw-through-handler-case
  :category control-transfer
  :features (catch throw handler-case)
  :forms ((catch 'through
            (handler-case (throw 'through 'not-an-error)
              (error () 'wrong))))
  :value "NOT-AN-ERROR")

(defcase control-transfer.throw-through-restart-case
  :category control-transfer
  :features (catch throw restart-case)
  :forms ((catch 'through
            (restart-case (throw 'through 'passed)
              (never () 'wrong))))
  :value "PASSED")

(defcase control-transfer.catch-in-each-iteration
  :category control-transfer
  :features (catch throw dotimes)
  :forms ((let ((out nil))
            (dotimes (i 4)
              (push (catch 'skip (when (oddp i) (throw 'skip 'odd)) i) out))
            (nreverse out)))
  :value "(0 ODD 2 ODD)")

(defcase control-transfer.throw-out-of-mapcar
  :category control-transfer
  :features (catch throw mapcar)
  :forms ((catch 'stop
            (mapcar (lambda (x) (if (null x) (throw 'stop 'hit-nil) x)) '(1 2 nil 4))))
  :value "HIT-NIL")

(defcase control-transfer.error-in-cleanup-handled-outside
  :category control-transfer
  :features (unwind-protect handler-case)
  :forms ((handler-case
              (catch 'x
                (unwind-protect (throw 'x 'thrown)
                  (error "cleanup failed")))
            (error (c) (list 'handled (princ-to-string c)))))
  :value "(HANDLED \"cleanup failed\")")

(defcase control-transfer.unwind-protect-cleanup-on-handler-case-exit
  :category control-transfer
  :features (unwind-protect handler-case)
  :forms ((let ((order nil))
            (handler-case
                (unwind-protect
                     (unwind-protect (error "boom")
                       (push 'inner-cleanup order))
                  (push 'outer-cleanup order))
              (error () (push 'handler order)))
            (reverse order)))
  :value "(INNER-CLEANUP OUTER-CLEANUP HANDLER)")

(defcase control-transfer.unwind-protect-normal-exit-cleanup-once
  :category control-transfer
  :features (unwind-protect)
  :forms ((let ((n 0))
            (dotimes (i 3) (unwind-protect i (incf n)))
            n))
  :value "3")

(defcase control-transfer.unwind-protect-cleanup-in-loop-return
  :category control-transfer
  :features (unwind-protect loop return)
  :forms ((let ((order nil))
            (list (loop for i from 0
                        do (unwind-protect (when (= i 2) (return i))
                             (push i order)))
                  (reverse order))))
  :value "(2 (0 1 2))")

(defcase control-transfer.nested-unwind-protect-normal-order
  :category control-transfer
  :features (unwind-protect)
  :forms ((let ((order nil))
            (unwind-protect
                 (unwind-protect (push 'body order)
                   (push 'inner order))
              (push 'outer order))
            (reverse order)))
  :value "(BODY INNER OUTER)")

;;; return, prog, prog*

(defcase control-transfer.prog-tags-go-return
  :category control-transfer
  :features (prog go return)
  :forms ((prog ((i 0) (acc nil))
           top
             (when (= i 3) (return (nreverse acc)))
             (push i acc)
             (incf i)
             (go top)))
  :value "(0 1 2)")

(defcase control-transfer.prog-parallel-bindings
  :category control-transfer
  :features (prog)
  :forms ((let ((x 'outer))
            (prog ((x 1) (y x)) (return (list x y)))))
  :value "(1 OUTER)")

(defcase control-transfer.prog-star-sequential-bindings
  :category control-transfer
  :features (prog*)
  :forms ((prog* ((x 1) (y (+ x 1))) (return (list x y))))
  :value "(1 2)")

(defcase control-transfer.prog-returns-nil-at-end
  :category control-transfer
  :features (prog)
  :forms ((prog ((x 1)) (setq x 2)))
  :value "NIL")

(defcase control-transfer.prog-declarations
  :category control-transfer
  :features (prog)
  :forms ((prog ((n 5)) (declare (fixnum n)) (return (* n n))))
  :value "25")

(defcase control-transfer.return-targets-innermost-nil-block
  :category control-transfer
  :features (return dolist)
  :forms ((let ((out nil))
            (dolist (x '(1 2 3))
              (dolist (y '(a b c))
                (when (eq y 'b) (return))
                (push (list x y) out)))
            (nreverse out)))
  :value "((1 A) (2 A) (3 A))")

(defcase control-transfer.return-from-defun-name-from-loop
  :category control-transfer
  :features (defun return-from loop)
  :forms ((defun first-square-over (limit)
            (loop for i from 1 do (when (> (* i i) limit) (return-from first-square-over i))))
          (first-square-over 50))
  :value "8")

(defcase control-transfer.return-from-flet-inside-defun
  :category control-transfer
  :features (flet return-from)
  :forms ((defun outer-fn ()
            (flet ((inner-fn () (return-from outer-fn 'from-inner)))
              (inner-fn)
              'not-reached))
          (outer-fn))
  :value "FROM-INNER")

(defcase control-transfer.block-name-nil-in-do-and-explicit
  :category control-transfer
  :features (block return)
  :forms ((block nil
            (do ((i 0 (1+ i))) ((= i 10)) (when (= i 3) (return 'do-block)))
            'after-do))
  :value "AFTER-DO")

(defcase control-transfer.throw-unknown-tag-control-error-type
  :category control-transfer
  :features (throw control-error handler-case)
  :forms ((handler-case (throw 'no-catcher-for-this 1)
            (control-error () 'control-error)))
  :value "CONTROL-ERROR")

(defcase control-transfer.catch-survives-inner-error-handled
  :category control-transfer
  :features (catch throw handler-case)
  :forms ((catch 'later
            (handler-case (error "x") (error () nil))
            (throw 'later 'still-active)))
  :value "STILL-ACTIVE")

(defcase control-transfer.unwind-protect-throw-overrides-return
  :category control-transfer
  :features (unwind-protect catch throw block return-from)
  :forms ((catch 'c
            (block b
              (unwind-protect (return-from b 'normal)
                (throw 'c 'cleanup-throw)))))
  :value "CLEANUP-THROW")

(defcase control-transfer.handler-bind-return-from-closure
  :category control-transfer
  :features (handler-bind block return-from)
  :forms ((block handled
            (handler-bind ((error (lambda (c) (return-from handled (list 'recovered (princ-to-string c))))))
              (error "problem ~a" 1))))
  :value "(RECOVERED \"problem 1\")")

(defcase control-transfer.go-tag-integer-and-symbol
  :category control-transfer
  :features (tagbody go)
  :forms ((let ((order nil))
            (tagbody
               (go 10)
             symbol-tag
               (push 'symbol order)
               (go end)
             10
               (push 10 order)
               (go symbol-tag)
             end)
            (reverse order)))
  :value "(10 SYMBOL)")

(defcase control-transfer.throw-evaluates-result-before-unwinding
  :category control-transfer
  :features (catch throw unwind-protect)
  :forms ((let ((order nil))
            (catch 'c
              (unwind-protect (throw 'c (progn (push 'result order) 'v))
                (push 'cleanup order)))
            (reverse order)))
  :value "(RESULT CLEANUP)")

(defcase control-transfer.closure-escape-used-twice-in-extent
  :category control-transfer
  :features (block return-from)
  :forms ((let ((count 0))
            (dotimes (i 2)
              (block attempt
                (let ((escape (lambda () (return-from attempt))))
                  (incf count)
                  (funcall escape)
                  (incf count 100))))
            count))
  :value "2")

(defcase control-transfer.return-from-stale-exit-point-new-activation
  :category control-transfer
  :features (block return-from control-error)
  :note "each entry to a block is a new exit point; a closure over the first entry cannot return from the second"
  :forms ((let ((saved nil))
            (dotimes (i 2)
              (block b
                (if (= i 0)
                    (setq saved (lambda () (return-from b 'stale)))
                    (funcall saved))))))
  :signals control-error)

(defcase control-transfer.block-per-recursive-activation
  :category control-transfer
  :features (block return-from labels)
  :forms ((labels ((depth (n) (block b (if (= n 0) (return-from b 0) (1+ (depth (1- n))))))) 
            (depth 4)))
  :value "4")

(defcase control-transfer.throw-skips-inner-catch-of-other-tag
  :category control-transfer
  :features (catch throw)
  :forms ((catch 'outer
            (catch 'inner
              (throw 'outer 'to-outer))
            'not-reached))
  :value "TO-OUTER")

(defcase control-transfer.throw-from-local-function
  :category control-transfer
  :features (catch throw flet)
  :forms ((flet ((bail (v) (throw 'bail v)))
            (list (catch 'bail (bail 1) 2) (catch 'bail 3))))
  :value "(1 3)")

(defcase control-transfer.go-from-handler-case-clause-retries
  :category control-transfer
  :features (tagbody go handler-case)
  :forms ((let ((n 0))
            (tagbody
             retry
               (handler-case (progn (incf n) (when (< n 3) (error "again")))
                 (error () (go retry))))
            n))
  :value "3")

(defcase control-transfer.catch-inside-cleanup-local
  :category control-transfer
  :features (catch throw unwind-protect)
  :forms ((let ((local nil))
            (list (catch 'o
                    (unwind-protect (throw 'o 'original)
                      (setq local (catch 'local (throw 'local 'inside-cleanup)))))
                  local)))
  :value "(ORIGINAL INSIDE-CLEANUP)")

(defcase control-transfer.go-from-cleanup-overrides-normal-exit
  :category control-transfer
  :features (tagbody go unwind-protect)
  :forms ((let ((order nil))
            (tagbody
               (unwind-protect (push 'protected order)
                 (go elsewhere))
               (push 'not-reached order)
             elsewhere
               (push 'elsewhere order))
            (reverse order)))
  :value "(PROTECTED ELSEWHERE)")

(defcase control-transfer.return-from-through-multiple-value-prog1
  :category control-transfer
  :features (block return-from multiple-value-prog1)
  :forms ((let ((order nil))
            (list (block b
                    (multiple-value-prog1 (values 1 2)
                      (push 'side order)
                      (return-from b 'exited)))
                  order)))
  :value "(EXITED (SIDE))")

(defcase control-transfer.throw-from-signal-handler
  :category control-transfer
  :features (catch throw handler-bind signal)
  :forms ((catch 'noted
            (handler-bind ((condition (lambda (c) (throw 'noted (list 'noted (princ-to-string c))))))
              (signal "a note")
              'not-reached)))
  :value "(NOTED \"a note\")")

(defcase control-transfer.unwind-protect-go-loop-continues
  :category control-transfer
  :features (tagbody go unwind-protect)
  :forms ((let ((i 0) (cleanups 0))
            (tagbody
             top
               (unwind-protect
                    (when (< (incf i) 4) (go top))
                 (incf cleanups)))
            (list i cleanups)))
  :value "(4 4)")
