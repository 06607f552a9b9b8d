;;; Chapter 9 (Conditions): DEFINE-CONDITION classes, restarts, the debugger entry points.

(defvar *%restarts* nil)
;; (condition . restarts) entries of the WITH-CONDITION-RESTARTS forms being run
(defvar *%condition-restarts* nil)
(defvar *debugger-hook* nil)
(defvar *break-on-signals* nil)

;;; ------------------------------------------------------------------ DEFINE-CONDITION

;; *%user-conditions* entries: (name parents slots report default-initargs); a slot is
;; (name initargs initform-thunk-or-nil), a default initarg (key . thunk)
(defun %register-condition (name parents slots report default-initargs)
  (push (list name parents slots report default-initargs) *%user-conditions*)
  name)

(defun %condition-report (type)
  ;; the :REPORT of the type or of its nearest ancestor that has one
  (let ((entry (assoc type *%user-conditions*)))
    (when entry
      (or (cadddr entry)
          (dolist (p (cadr entry) nil)
            (let ((r (%condition-report p))) (when r (return r))))))))

(defun %condition-precedence (type)
  ;; the type and its user-defined ancestors, most specific first, each once
  (let ((result nil) (pending (list type)))
    (loop while pending
          do (let ((ty (pop pending)))
               (when (and (assoc ty *%user-conditions*) (not (%memq ty result)))
                 (push ty result)
                 (setq pending (append (cadr (assoc ty *%user-conditions*)) pending)))))
    (nreverse result)))

(defun make-condition (type &rest initargs)
  (unless (%known-condition-type-p type)
    (error (%make-condition 'simple-type-error
                            (list :datum type :expected-type 'condition
                                  :format-control "~S is not a condition class" :format-arguments (list type)))))
  (%make-condition type (%condition-initialize type initargs)))

(defun %condition-initialize (type initargs)
  ;; the plist of a new condition: the initargs as given (the standard slots read them by key), the
  ;; default initargs of the classes that are missing, and each user slot under its own name
  (let ((classes (%condition-precedence type)) (plist initargs))
    (dolist (ty classes)
      (dolist (d (car (cddddr (assoc ty *%user-conditions*))))
        (unless (%getf-present plist (car d)) (setq plist (append plist (list (car d) (funcall (cdr d))))))))
    (let ((slots nil))
      (dolist (ty classes)
        (dolist (slot (caddr (assoc ty *%user-conditions*)))
          (unless (%getf-present slots (car slot))
            (let ((found nil) (value nil))
              (dolist (key (cadr slot))
                (when (and (not found) (%getf-present plist key)) (setq found t value (getf plist key))))
              (cond (found (setq slots (list* (car slot) value slots)))
                    ((caddr slot) (setq slots (list* (car slot) (funcall (caddr slot)) slots))))))))
      (append slots plist))))

(defun %set-condition-slot (c slot value)
  (%set-condition-plist c (%putf (%condition-plist c) slot value))
  value)

;;; ------------------------------------------------------------------ restarts

;; an instance of %RESTART, slots: name, catch tag, clause index (RESTART-CASE: INVOKE-RESTART throws
;; (index . arguments) to the tag), report (string, function or nil), test function, interactive
;; function, function (RESTART-BIND: INVOKE-RESTART calls it)
(defun %make-restart (name tag index report test interactive function)
  (%make-instance '%restart (vector name tag index report test interactive function)))
(defun %restartp (x) (and (%instancep x) (eq (%instance-type x) '%restart)))
(defun %restart-slot (r i) (%vector-ref (%instance-slots r) i))
(defun restart-name (r)
  (unless (%restartp r) (%type-error r 'restart))
  (%restart-slot r 0))

(defun %restart-applicable-p (r condition)
  ;; CLHS 9.1.4.2: the restart's test accepts the condition, and when a condition is given the restart
  ;; is associated with it or with no condition at all
  (and (let ((test (%restart-slot r 4))) (or (null test) (funcall test condition)))
       (or (null condition)
           (let ((mine nil) (others nil))
             (dolist (e *%condition-restarts*)
               (when (%memq r (cdr e)) (if (eq (car e) condition) (setq mine t) (setq others t))))
             (or mine (not others))))))

(defun compute-restarts (&optional condition)
  (let ((result nil))
    (dolist (r *%restarts*) (when (%restart-applicable-p r condition) (push r result)))
    (nreverse result)))

(defun find-restart (identifier &optional condition)
  (if (%restartp identifier)
      (if (and (%memq identifier *%restarts*) (%restart-applicable-p identifier condition)) identifier nil)
      (dolist (r *%restarts* nil)
        (when (and (eq (%restart-slot r 0) identifier) (%restart-applicable-p r condition)) (return r)))))

(defun %active-restart (restart)
  (or (if (%restartp restart)
          (and (%memq restart *%restarts*) restart)
          (dolist (r *%restarts* nil) (when (eq (%restart-slot r 0) restart) (return r))))
      (error (%make-condition 'control-error
                              (list :format-control "No restart ~S is active." :format-arguments (list restart))))))

(defun invoke-restart (restart &rest args)
  (let ((r (%active-restart restart)))
    (if (%restart-slot r 6)
        (apply (%restart-slot r 6) args)
        (throw (%restart-slot r 1) (cons (%restart-slot r 2) args)))))

(defun invoke-restart-interactively (restart)
  (let* ((r (%active-restart restart)) (interactive (%restart-slot r 5)))
    (apply #'invoke-restart r (if interactive (funcall interactive) nil))))

(defun %write-restart (r s escape)
  (let ((report (%restart-slot r 3)))
    (cond (escape (%write-str "#<RESTART " s 0 nil) (%write-symbol (restart-name r) s t) (%write-str " {0}>" s 0 nil))
          ((stringp report) (%write-str report s 0 nil))
          (report (funcall report s))
          (t (%write-symbol (restart-name r) s t)))))

(defun %with-condition-restarts (condition restarts body)
  (let ((*%condition-restarts* (cons (cons condition restarts) *%condition-restarts*)))
    (funcall body)))

(defun continue (&optional condition) (let ((r (find-restart 'continue condition))) (when r (invoke-restart r))))
(defun abort (&optional condition)
  (let ((r (find-restart 'abort condition)))
    (if r (invoke-restart r)
        (error (%make-condition 'control-error (list :format-control "No restart ABORT is active." :format-arguments nil))))))
(defun muffle-warning (&optional condition)
  (let ((r (find-restart 'muffle-warning condition)))
    (if r (invoke-restart r)
        (error (%make-condition 'control-error (list :format-control "No restart MUFFLE-WARNING is active." :format-arguments nil))))))
(defun use-value (value &optional condition) (let ((r (find-restart 'use-value condition))) (when r (invoke-restart r value))))
(defun store-value (value &optional condition) (let ((r (find-restart 'store-value condition))) (when r (invoke-restart r value))))

;;; ------------------------------------------------------------------ warn, the debugger

(defun warn (datum &rest args)
  (let ((c (%coerce-condition datum args 'simple-warning)))
    (unless (%condition-subtype-p (%condition-type c) 'warning)
      (error (%make-condition 'simple-type-error
                              (list :datum c :expected-type 'warning
                                    :format-control "~S is not a warning" :format-arguments (list c)))))
    (restart-case (progn (%signal c) (format *error-output* "WARNING: ~A~%" c))
      (muffle-warning () nil))
    nil))

(defun invoke-debugger (condition)
  ;; there is no debugger: after *DEBUGGER-HOOK* (if it returns), the condition ends the program as an
  ;; unhandled one, past every handler
  (let ((hook *debugger-hook*))
    (when hook
      (let ((*debugger-hook* nil)) (funcall hook condition hook))))
  (%signal-to condition (cons nil 0)))

(defun break (&optional (control "Break") &rest args)
  ;; CLHS break: straight into the debugger, bypassing handlers and *DEBUGGER-HOOK*
  (%signal-to (%make-condition 'simple-condition (list :format-control control :format-arguments args)) (cons nil 0)))
