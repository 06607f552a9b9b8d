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
