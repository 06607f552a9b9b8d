;;; Chapter 7 (Objects): classes, instances, generic functions, methods, standard and short-form method
;;; combination. DEFCLASS, DEFGENERIC and DEFMETHOD expand (Compiler/Clos.cs) into calls of %ENSURE-CLASS,
;;; %ENSURE-GENERIC and %DEFMETHOD; everything else happens here, at run time.
;;;
;;; Metaobjects are instances (%MAKE-INSTANCE type slot-vector) whose type is one of these symbols:
;;;  %CLASS   name, direct superclasses, class precedence list, direct slots, effective slots, direct default
;;;           initargs, effective default initargs, kind (STANDARD-CLASS BUILT-IN-CLASS STRUCTURE-CLASS),
;;;           layout, number of local slots
;;;  %OBJECT  class, local slot storage (a vector; %UNBOUND marks an unbound slot), layout
;;;  %GF      name, function, methods, lambda list, method combination, argument precedence (indexes)
;;;  %METHOD  generic function, specializers, qualifiers, function, lambda list, keywords, allow-other-keys
;;; A direct slot is (name initargs initform-thunk allocation class-cell); an effective slot is (name
;;; initargs initform-thunk location) where location is an index into the storage or, for a slot of
;;; :CLASS allocation, the cons cell the classes share. A layout is (effective-slots): an instance whose
;;; layout is not its class's any more is brought up to date (CLHS 4.3.6) when next touched.
;;; A generic function is an ordinary closure calling %GF-DISPATCH; *%GENERIC-FUNCTIONS* maps it to its %GF.

(defvar *%classes* nil)
(defvar *%generic-functions* nil)
(defvar *%standard-gfs* nil)
(defvar *%method-combinations* nil)
;; the hooks the printer, TYPEP and SUBTYPEP call for metaobjects (set once a class exists, so a module
;; without classes links none of this file)
(defvar *%clos-typep* nil)
(defvar *%clos-print* nil)
(defvar *%clos-subtypep* nil)

(defun %clos-ref (x i) (%vector-ref (%instance-slots x) i))
(defun %clos-set (x i v) (%vector-set (%instance-slots x) i v) v)
(defun %objectp (x) (and (%instancep x) (eq (%instance-type x) '%object)))
(defun %classp (x) (and (%instancep x) (eq (%instance-type x) '%class)))
(defun %methodp (x) (and (%instancep x) (eq (%instance-type x) '%method)))
(defun %gf-data (f) (cdr (assoc f *%generic-functions*)))

;;; ------------------------------------------------------------------ classes

(defun %make-class (name kind)
  (setq *%clos-typep* #'%clos-typep *%clos-print* #'%clos-print *%clos-subtypep* #'%clos-subtypep)
  (%make-instance '%class (vector name nil nil nil nil nil nil kind (list nil) 0)))

(defun class-name (class)
  (unless (%classp class) (%type-error class 'class))
  (%clos-ref class 0))
(defun %set-class-name (class name) (unless (%classp class) (%type-error class 'class)) (%clos-set class 0 name))
(defun class-precedence-list (class) (%clos-ref class 2))

;; the standard's built-in classes, each with its superclasses in precedence order (CLHS 4.3.7)
(defvar *%builtin-classes*
  '((t) (number t) (real number t) (rational real number t) (integer rational real number t)
    (fixnum integer rational real number t) (bignum integer rational real number t) (ratio rational real number t)
    (float real number t) (single-float float real number t) (double-float float real number t)
    (short-float float real number t) (long-float float real number t) (complex number t) (character t)
    (symbol t) (keyword symbol t) (sequence t) (list sequence t) (null symbol list sequence t) (cons list sequence t)
    (array t) (vector array sequence t) (simple-vector vector array sequence t) (bit-vector vector array sequence t)
    (string vector array sequence t) (hash-table t) (function t) (generic-function function t)
    (standard-generic-function generic-function function t) (stream t) (package t) (restart t)
    (standard-object t) (structure-object t) (condition t) (class standard-object t)
    (standard-class class standard-object t) (built-in-class class standard-object t)
    (structure-class class standard-object t) (method standard-object t) (standard-method method standard-object t)))

(defun find-class (name &optional (errorp t) environment)
  (declare (ignore environment))
  (or (cdr (assoc name *%classes*))
      (%system-class name)
      (when errorp
        (error (%make-condition 'simple-error (list :format-control "There is no class named ~S."
                                                    :format-arguments (list name)))))))

(defun %system-class (name)
  ;; a built-in, structure or condition class, made on first use
  (let ((supers (cond ((assoc name *%builtin-classes*) (cdr (assoc name *%builtin-classes*)))
                      ((assoc name *%structs*) (%struct-supers name))
                      ((%known-condition-type-p name) (%condition-supers name))
                      (t :none))))
    (unless (eq supers :none)
      (let ((c (%make-class name (cond ((assoc name *%structs*) 'structure-class) (t 'built-in-class)))))
        (push (cons name c) *%classes*)
        (let ((cpl (cons c (mapcar #'find-class supers))))
          (%clos-set c 2 cpl)
          (%clos-set c 1 (if (cdr cpl) (list (cadr cpl)) nil)))
        c))))

(defun %struct-supers (name)
  (let ((parent (caddr (assoc name *%structs*))))
    (if parent (cons parent (%struct-supers parent)) '(structure-object t))))
(defun %condition-supers (name)
  (let ((parent (car (%condition-parents name))))
    (if parent (cons parent (%condition-supers parent)) (if (eq name 'condition) '(t) '(condition t)))))

(defun %slot-spec (name initargs initform allocation)
  ;; a direct slot of a DEFCLASS; a :CLASS slot's cell is made (and its initform evaluated) here, once
  (list name initargs initform allocation
        (if (eq allocation :class) (list (if initform (funcall initform) '%unbound)) nil)))

(defun %ensure-class (name supers slots default-initargs)
  (let* ((old (cdr (assoc name *%classes*)))
         (class (if (and old (eq (%clos-ref old 7) 'standard-class)) old (%make-class name 'standard-class))))
    (unless (eq class old) (setq *%classes* (acons name class (remove name *%classes* :key #'car))))
    (%clos-set class 1 (mapcar #'find-class (or supers '(standard-object))))
    (%clos-set class 3 slots)
    (%clos-set class 5 default-initargs)
    (%finalize-class class)
    class))

(defun %finalize-class (class)
  (let ((cpl (%compute-cpl class)) (slots nil) (size 0) (defaults nil))
    (%clos-set class 2 cpl)
    ;; each slot name once; the most specific class that has the slot decides its allocation and (if it
    ;; has one) its initform; the initargs of all the classes count (CLHS 7.5.3)
    (dolist (c cpl)
      (dolist (spec (%clos-ref c 3))
        (let ((e (assoc (car spec) slots)))
          (if e
              (progn (setf (cadr e) (append (cadr e) (cadr spec)))
                     (unless (caddr e) (setf (caddr e) (caddr spec))))
              (setq slots (cons (list (car spec) (copy-list (cadr spec)) (caddr spec)
                                      (if (eq (cadddr spec) :class) (car (cddddr spec)) :instance))
                                slots))))))
    (setq slots (nreverse slots))
    (dolist (e slots)
      (when (eq (cadddr e) :instance) (setf (cadddr e) size) (setq size (+ size 1))))
    (dolist (c cpl)
      (dolist (d (%clos-ref c 5))
        (unless (assoc (car d) defaults) (setq defaults (append defaults (list d))))))
    (%clos-set class 4 slots)
    (%clos-set class 6 defaults)
    (%clos-set class 9 size)
    (%clos-set class 8 (list slots))
    class))

(defun %compute-cpl (class)
  ;; CLHS 4.3.5: a topological sort of the class and its superclasses under the local precedence orders;
  ;; among several candidates, the one with a direct subclass rightmost in the order so far
  (let ((classes nil) (pending (list class)) (pairs nil) (result nil))
    (loop while pending
          do (let ((c (pop pending)))
               (unless (%memq c classes)
                 (push c classes)
                 (let ((prev c))
                   (dolist (s (%clos-ref c 1))
                     (push (cons prev s) pairs)
                     (setq prev s)
                     (setq pending (append pending (list s))))))))
    (setq classes (nreverse classes))
    (loop while classes
          do (let ((candidates nil))
               (dolist (c classes)
                 (unless (dolist (p pairs nil) (when (and (eq (cdr p) c) (%memq (car p) classes)) (return t)))
                   (push c candidates)))
               (setq candidates (nreverse candidates))
               (when (null candidates)
                 (error (%make-condition 'simple-error (list :format-control "inconsistent class precedence for ~S"
                                                             :format-arguments (list (%clos-ref class 0))))))
               (let ((next (car candidates)))
                 (when (cdr candidates)
                   (dolist (r result)
                     (let ((hit (dolist (c candidates nil) (when (%memq c (%clos-ref r 1)) (return c)))))
                       (when hit (setq next hit) (return nil)))))
                 (push next result)
                 (setq classes (remove next classes)))))
    (nreverse result)))

(defun class-of (x)
  (cond ((%objectp x) (%clos-ref x 0))
        ((%classp x) (find-class (%clos-ref x 7)))
        (t (find-class (%builtin-class-name x)))))

(defun %builtin-class-name (x)
  (cond ((null x) 'null) ((symbolp x) 'symbol) ((consp x) 'cons)
        ((integerp x) (if (typep x 'fixnum) 'fixnum 'bignum)) ((%ratiop x) 'ratio)
        ((%singlep x) 'single-float) ((%doublep x) 'double-float) ((%complexp x) 'complex)
        ((characterp x) 'character) ((stringp x) 'string) ((simple-vector-p x) 'simple-vector)
        ((hash-table-p x) 'hash-table) ((%methodp x) 'standard-method)
        ((functionp x) (if (%gf-data x) 'standard-generic-function 'function))
        ((streamp x) 'stream) ((%conditionp x) (%condition-type x)) ((%restartp x) 'restart)
        ((%arrayp x) (cond ((eq (%arr x 5) 'bit) (if (vectorp x) 'bit-vector 'array)) ((vectorp x) (if (%char-array-p x) 'string 'vector)) (t 'array)))
        ((and (%instancep x) (assoc (%instance-type x) *%structs*)) (%instance-type x))
        (t 't)))

;; TYPEP, SUBTYPEP and the printer reach these through the hooks
(defun %clos-typep (x type)
  (let ((c (find-class type nil)))
    (and c (%memq c (%clos-ref (%clos-ref x 0) 2)) t)))
(defun %clos-subtypep (a b)
  (let ((ca (and (symbolp a) (cdr (assoc a *%classes*)))) (cb (and (symbolp b) (find-class b nil))))
    (and ca cb (%memq cb (%clos-ref ca 2)) t)))
(defun %clos-print (x stream escape)
  (cond ((or (%objectp x) (not (%memq (%instance-type x) '(%class %method)))) (let ((*print-escape* escape)) (print-object x stream)))
        ((%classp x) (%write-str "#<" stream 0 nil) (%write-symbol (%clos-ref x 7) stream nil) (%write-str " " stream 0 nil)
         (%write-symbol (%clos-ref x 0) stream t) (%write-str ">" stream 0 nil))
        (t (%write-str "#<STANDARD-METHOD {0}>" stream 0 nil))))

;;; ------------------------------------------------------------------ instances and slots

(defun allocate-instance (class &rest initargs)
  (declare (ignore initargs))
  (%make-instance '%object (vector class (%vector-new (%clos-ref class 9) '%unbound) (%clos-ref class 8))))

(defun %check-layout (x)
  (let ((class (%clos-ref x 0)))
    (unless (eq (%clos-ref x 2) (%clos-ref class 8)) (%update-obsolete x class))))

(defun %update-obsolete (x class)
  ;; CLHS 4.3.6: local slots kept by name, new ones unbound, then update-instance-for-redefined-class
  (let* ((old-slots (car (%clos-ref x 2))) (new-slots (%clos-ref class 4)) (old (%clos-ref x 1))
         (storage (%vector-new (%clos-ref class 9) '%unbound)) (added nil) (discarded nil) (plist nil))
    (dolist (e new-slots)
      (when (integerp (cadddr e))
        (let ((o (assoc (car e) old-slots)))
          (if (and o (integerp (cadddr o)))
              (%vector-set storage (cadddr e) (%vector-ref old (cadddr o)))
              (push (car e) added)))))
    (dolist (o old-slots)
      (when (integerp (cadddr o))
        (let ((e (assoc (car o) new-slots)))
          (unless (and e (integerp (cadddr e)))
            (push (car o) discarded)
            (let ((v (%vector-ref old (cadddr o))))
              (unless (eq v '%unbound) (setq plist (list* (car o) v plist))))))))
    (%clos-set x 1 storage)
    (%clos-set x 2 (%clos-ref class 8))
    (update-instance-for-redefined-class x (nreverse added) (nreverse discarded) plist)))

(defun %slot-of (x name)
  (%check-layout x)
  (assoc name (%clos-ref (%clos-ref x 0) 4)))
(defun %slot-ref (x e)
  (let ((loc (cadddr e))) (if (consp loc) (car loc) (%vector-ref (%clos-ref x 1) loc))))
(defun %slot-store (x e v)
  (let ((loc (cadddr e))) (if (consp loc) (rplaca loc v) (%vector-set (%clos-ref x 1) loc v)))
  v)

(defun %struct-slot-index (x name)
  (let ((i 0))
    (dolist (s (cadr (assoc (%instance-type x) *%structs*)) nil)
      (when (eq s name) (return i))
      (setq i (+ i 1)))))

(defun slot-value (object name)
  (if (%objectp object)
      (let ((e (%slot-of object name)))
        (if e
            (let ((v (%slot-ref object e)))
              (if (eq v '%unbound) (slot-unbound (%clos-ref object 0) object name) v))
            (slot-missing (%clos-ref object 0) object name 'slot-value)))
      (let ((i (and (%instancep object) (%struct-slot-index object name))))
        (if i (%vector-ref (%instance-slots object) i) (slot-missing (class-of object) object name 'slot-value)))))

(defun %set-slot-value (object name value)
  (if (%objectp object)
      (let ((e (%slot-of object name)))
        (if e (%slot-store object e value)
            (progn (slot-missing (%clos-ref object 0) object name 'setf value) value)))
      (let ((i (and (%instancep object) (%struct-slot-index object name))))
        (if i (%vector-set (%instance-slots object) i value)
            (progn (slot-missing (class-of object) object name 'setf value) value)))))

(defun slot-boundp (object name)
  (let ((e (and (%objectp object) (%slot-of object name))))
    (cond (e (not (eq (%slot-ref object e) '%unbound)))
          ((%objectp object) (slot-missing (%clos-ref object 0) object name 'slot-boundp) nil)
          (t (and (%struct-slot-index object name) t)))))

(defun slot-makunbound (object name)
  (let ((e (and (%objectp object) (%slot-of object name))))
    (if e (%slot-store object e '%unbound) (slot-missing (class-of object) object name 'slot-makunbound))
    object))

(defun slot-exists-p (object name)
  (if (%objectp object)
      (and (%slot-of object name) t)
      (and (%instancep object) (%struct-slot-index object name) t)))

(defun %initargs-valid (class initargs)
  ;; CLHS 7.1.2: the slots' initargs, the keywords of the applicable INITIALIZE-INSTANCE and
  ;; SHARED-INITIALIZE methods, :ALLOW-OTHER-KEYS
  (unless (getf initargs :allow-other-keys)
    (let ((valid nil) (allow nil) (proto (allocate-instance class)))
      (dolist (e (%clos-ref class 4)) (setq valid (append (cadr e) valid)))
      (dolist (gf (list (%standard-gf 'initialize-instance) (%standard-gf 'shared-initialize)))
        (dolist (m (%applicable-methods (%gf-data gf) (list proto t)))
          (setq valid (append (%clos-ref m 5) valid))
          (when (%clos-ref m 6) (setq allow t))))
      (unless allow
        (do ((p initargs (cddr p))) ((atom p))
          (unless (or (%memq (car p) valid) (eq (car p) :allow-other-keys))
            (error (%make-condition 'program-error
                                    (list :format-control "Invalid initialization argument ~S for class ~S."
                                          :format-arguments (list (car p) (%clos-ref class 0)))))))))))

(defun %with-default-initargs (class initargs)
  (let ((all initargs))
    (dolist (d (%clos-ref class 6))
      (unless (%getf-present initargs (car d)) (setq all (append all (list (car d) (funcall (cdr d)))))))
    all))

(defun make-instance (class &rest initargs)
  (let ((c (if (symbolp class) (find-class class) class)))
    (unless (eq (%clos-ref c 7) 'standard-class)
      (error (%make-condition 'simple-error (list :format-control "cannot make an instance of ~S"
                                                  :format-arguments (list (%clos-ref c 0))))))
    (let ((all (%with-default-initargs c initargs)))
      (%initargs-valid c all)
      (let ((o (allocate-instance c)))
        (apply #'initialize-instance o all)
        o))))

(defun %default-shared-initialize (instance slot-names &rest initargs)
  (%check-layout instance)
  (dolist (e (%clos-ref (%clos-ref instance 0) 4))
    (let ((found nil) (value nil))
      ;; the leftmost initarg that names this slot wins
      (do ((p initargs (cddr p))) ((or found (atom p)))
        (when (%memq (car p) (cadr e)) (setq found t value (cadr p))))
      (cond (found (%slot-store instance e value))
            ((and (caddr e) (eq (%slot-ref instance e) '%unbound)
                  (or (eq slot-names t) (%memq (car e) slot-names)))
             (%slot-store instance e (funcall (caddr e)))))))
  instance)

(defun change-class (instance new-class &rest initargs)
  (let* ((new (if (symbolp new-class) (find-class new-class) new-class))
         (previous (%make-instance '%object (vector (%clos-ref instance 0) (copy-seq (%clos-ref instance 1)) (%clos-ref instance 2))))
         (storage (%vector-new (%clos-ref new 9) '%unbound)))
    (%check-layout instance)
    (dolist (e (%clos-ref new 4))
      (when (integerp (cadddr e))
        (let ((o (assoc (car e) (%clos-ref (%clos-ref previous 0) 4))))
          (when (and o (integerp (cadddr o))) (%vector-set storage (cadddr e) (%slot-ref previous o))))))
    (%clos-set instance 0 new)
    (%clos-set instance 1 storage)
    (%clos-set instance 2 (%clos-ref new 8))
    (apply #'update-instance-for-different-class previous instance initargs)
    instance))

(defun make-instances-obsolete (class)
  (let ((c (if (symbolp class) (find-class class) class)))
    (%clos-set c 8 (list (%clos-ref c 4)))
    class))

(defun make-load-form-saving-slots (object &key slot-names environment)
  (declare (ignore environment))
  (let ((class (class-of object)) (sets nil))
    (dolist (e (%clos-ref class 4))
      (when (and (or (null slot-names) (%memq (car e) slot-names)) (slot-boundp object (car e)))
        (push (list 'setf (list 'slot-value object (list 'quote (car e))) (list 'quote (slot-value object (car e)))) sets)))
    (values (list 'allocate-instance (list 'find-class (list 'quote (%clos-ref class 0))))
            (cons 'progn (nreverse sets)))))

;;; ------------------------------------------------------------------ generic functions

(defun %make-generic (name lambda-list)
  (let* ((data (%make-instance '%gf (vector name nil nil lambda-list (list 'standard) nil)))
         (fn (lambda (&rest args) (%gf-dispatch data args))))
    (%clos-set data 1 fn)
    (push (cons fn data) *%generic-functions*)
    fn))

(defun %ensure-generic (name lambda-list &optional combination precedence)
  ;; the generic function named name (made if needed); its options are updated when given
  (let ((gf (cond ((%standard-gf-name-p name) (%standard-gf name))
                  ((and (fboundp name) (%gf-data (fdefinition name))) (fdefinition name))
                  (t (let ((f (%make-generic name lambda-list))) (%set-symbol-function name f) f)))))
    (let ((data (%gf-data gf)))
      (when lambda-list (%clos-set data 3 lambda-list))
      (when combination (%clos-set data 4 (%method-combination combination)))
      (when precedence (%clos-set data 5 precedence)))
    gf))

(defun ensure-generic-function (name &key lambda-list argument-precedence-order method-combination &allow-other-keys)
  (declare (ignore argument-precedence-order))
  (%ensure-generic name lambda-list method-combination))

(defun %method-combination (spec)
  ;; (name . options) to (name operator identity-with-one-argument order)
  (let ((name (car spec)))
    (if (eq name 'standard) (list 'standard)
        (let ((short (assoc name '((+ + t) (and and t) (or or t) (progn progn t) (list list nil) (append append nil)
                                   (nconc nconc nil) (max max t) (min min t)))))
          (unless short (setq short (assoc name *%method-combinations*)))
          (unless short
            (error (%make-condition 'simple-error (list :format-control "unknown method combination ~S"
                                                        :format-arguments (list name)))))
          (if (eq (cadr short) :long)
              (list name :long (caddr short) (cdr spec))
              (list name (cadr short) (caddr short) (if (%memq :most-specific-last (cdr spec)) :most-specific-last :most-specific-first)))))))

(defun %define-method-combination (name operator identity)
  (setq *%method-combinations* (acons name (list operator identity) (remove name *%method-combinations* :key #'car)))
  name)

(defun %make-method (qualifiers specializers function lambda-list keys allow)
  (%make-instance '%method (vector nil specializers qualifiers function lambda-list keys allow)))

(defun %defmethod (name qualifiers specializers function lambda-list keys allow)
  (let ((gf (%ensure-generic name nil))
        (m (%make-method qualifiers (mapcar (lambda (s) (if (symbolp s) (or (find-class s nil) s) s)) specializers)
                         function lambda-list keys allow)))
    (add-method gf m)
    m))

(defun %same-specializers-p (a b)
  (and (= (length a) (length b))
       (every (lambda (x y) (if (consp x) (and (consp y) (eql (cadr x) (cadr y))) (eq (%specializer-class x) (%specializer-class y)))) a b)))
(defun %specializer-class (s) (if (symbolp s) (find-class s) s))

(defun add-method (gf method)
  (let ((data (%gf-data gf)))
    (when (and (%clos-ref method 0) (not (eq (%clos-ref method 0) gf)))
      (error (%make-condition 'simple-error (list :format-control "~S is already a method of another generic function"
                                                  :format-arguments (list method)))))
    (%clos-set data 2 (cons method (remove-if (lambda (m) (and (equal (%clos-ref m 2) (%clos-ref method 2))
                                                               (%same-specializers-p (%clos-ref m 1) (%clos-ref method 1))))
                                              (%clos-ref data 2))))
    (%clos-set method 0 gf)
    gf))

(defun remove-method (gf method)
  (let ((data (%gf-data gf)))
    (%clos-set data 2 (remove method (%clos-ref data 2)))
    (when (eq (%clos-ref method 0) gf) (%clos-set method 0 nil))
    gf))

(defun find-method (gf qualifiers specializers &optional (errorp t))
  (or (dolist (m (%clos-ref (%gf-data gf) 2) nil)
        (when (and (equal (%clos-ref m 2) qualifiers) (%same-specializers-p (%clos-ref m 1) specializers)) (return m)))
      (when errorp
        (error (%make-condition 'simple-error (list :format-control "no method of ~S with qualifiers ~S and specializers ~S"
                                                    :format-arguments (list gf qualifiers specializers)))))))

(defun method-qualifiers (method) (%clos-ref method 2))
(defun method-specializers (method) (%clos-ref method 1))
(defun method-generic-function (method) (%clos-ref method 0))
(defun function-keywords (method) (values (%clos-ref method 5) (%clos-ref method 6)))
(defun generic-function-name (gf) (%clos-ref (%gf-data gf) 0))
(defun generic-function-methods (gf) (%clos-ref (%gf-data gf) 2))

(defun compute-applicable-methods (gf args) (%applicable-methods (%gf-data gf) args))

;;; ------------------------------------------------------------------ dispatch

(defun %specializer-matches-p (s x)
  (cond ((consp s) (eql (cadr s) x))
        (t (let ((c (%specializer-class s)))
             (or (eq (%clos-ref c 0) t) (and (%memq c (%clos-ref (class-of x) 2)) t))))))

(defun %applicable-methods (data args)
  (let ((found nil))
    (dolist (m (%clos-ref data 2))
      (let ((a args) (ok t))
        (dolist (s (%clos-ref m 1))
          (unless (and (consp a) (%specializer-matches-p s (car a))) (setq ok nil))
          (setq a (cdr a)))
        (when ok (push m found))))
    (%sort-methods data found args)))

(defun %more-specific-p (data m1 m2 args)
  ;; CLHS 7.6.6.1.2: argument by argument (in the argument precedence order), an eql specializer before
  ;; a class, a class earlier in the argument's class precedence list before a later one
  (let ((order (or (%clos-ref data 5) (let ((r nil) (i 0)) (dolist (s (%clos-ref m1 1) (nreverse r)) (push i r) (setq i (+ i 1))))))
        (result :same))
    (dolist (i order)
      (when (eq result :same)
        (let ((s1 (nth i (%clos-ref m1 1))) (s2 (nth i (%clos-ref m2 1))))
          (cond ((and (consp s1) (consp s2)))
                ((consp s1) (setq result t))
                ((consp s2) (setq result nil))
                (t (let ((c1 (%specializer-class s1)) (c2 (%specializer-class s2)))
                     (unless (eq c1 c2)
                       (let ((cpl (%clos-ref (class-of (nth i args)) 2)))
                         (setq result (and (%memq c2 (cdr (%memq c1 cpl))) t))))))))))
    (eq result t)))

(defun %sort-methods (data methods args)
  ;; insertion sort, most specific first
  (let ((sorted nil))
    (dolist (m methods)
      (if (or (null sorted) (%more-specific-p data m (car sorted) args))
          (push m sorted)
          (let ((p sorted))
            (loop while (and (cdr p) (not (%more-specific-p data m (cadr p) args))) do (setq p (cdr p)))
            (rplacd p (cons m (cdr p))))))
    sorted))

(defun %gf-dispatch (data args)
  (let ((methods (%applicable-methods data args)))
    (if (null methods)
        (apply #'no-applicable-method (%clos-ref data 1) args)
        (let ((comb (%clos-ref data 4)))
          (cond ((eq (car comb) 'standard) (%standard-combination data methods args))
                ((eq (cadr comb) :long) (%long-combination data methods args comb))
                (t (%operator-combination data methods args comb)))))))

;; a method function takes (arguments context); the context is (gf-data method . next-methods), where a
;; next method is a %METHOD or a function of the arguments (an effective method built here)
(defun %invoke-method (data m args next) (funcall (%clos-ref m 3) args (list* data m next)))
(defun %call-next-method (context args)
  (let ((next (cddr context)))
    (cond ((null next) (apply #'no-next-method (%clos-ref (car context) 1) (cadr context) args))
          ((functionp (car next)) (funcall (car next) args))
          (t (%invoke-method (car context) (car next) args (cdr next))))))
(defun %next-method-p (context) (if (cddr context) t nil))

(defun %no-primary (data args)
  (error (%make-condition 'simple-error (list :format-control "no primary method of ~S applicable to ~S"
                                              :format-arguments (list (%clos-ref data 0) args)))))
(defun %bad-qualifiers (data m)
  (error (%make-condition 'simple-error (list :format-control "method of ~S has invalid qualifiers ~S"
                                              :format-arguments (list (%clos-ref data 0) (%clos-ref m 2))))))

(defun %standard-combination (data methods args)
  ;; CLHS 7.6.6.2: around methods first; then befores (most specific first), the primary chain, afters
  ;; (least specific first); the value is the primary's
  (let ((around nil) (before nil) (primary nil) (after nil))
    (dolist (m methods)
      (let ((q (%clos-ref m 2)))
        (cond ((null q) (push m primary))
              ((equal q '(:around)) (push m around))
              ((equal q '(:before)) (push m before))
              ((equal q '(:after)) (push m after))
              (t (%bad-qualifiers data m)))))
    (setq around (nreverse around) before (nreverse before) primary (nreverse primary))
    (when (null primary) (%no-primary data args))
    (let ((main (if (or before after)
                    (lambda (args)
                      (dolist (b before) (%invoke-method data b args nil))
                      (multiple-value-prog1 (%invoke-method data (car primary) args (cdr primary))
                        (dolist (a after) (%invoke-method data a args nil))))
                    nil)))
      (cond (around (%invoke-method data (car around) args (append (cdr around) (if main (list main) primary))))
            (main (funcall main args))
            (t (%invoke-method data (car primary) args (cdr primary)))))))

(defun %operator-combination (data methods args comb)
  ;; the short form (CLHS 7.6.6.4): the operator applied to the primary methods' values
  (let ((around nil) (primary nil))
    (dolist (m methods)
      (let ((q (%clos-ref m 2)))
        (cond ((equal q '(:around)) (push m around))
              ((equal q (list (car comb))) (push m primary))
              (t (%bad-qualifiers data m)))))
    (setq around (nreverse around) primary (nreverse primary))
    (when (eq (cadddr comb) :most-specific-last) (setq primary (reverse primary)))
    (when (null primary) (%no-primary data args))
    (let ((main (lambda (args) (%apply-operator data (cadr comb) (caddr comb) primary args))))
      (if around
          (%invoke-method data (car around) args (append (cdr around) (list main)))
          (funcall main args)))))

(defun %apply-operator (data op identity methods args)
  (cond ((and identity (null (cdr methods))) (%invoke-method data (car methods) args nil))
        ((eq op 'and) (let ((v t)) (dolist (m methods v) (setq v (%invoke-method data m args nil)) (unless v (return nil)))))
        ((eq op 'or) (dolist (m methods nil) (let ((v (%invoke-method data m args nil))) (when v (return v)))))
        ((eq op 'progn) (let ((v nil)) (dolist (m methods v) (setq v (%invoke-method data m args nil)))))
        (t (apply op (mapcar (lambda (m) (%invoke-method data m args nil)) methods)))))

;;; ------------------------------------------------------------------ the standard generic functions

(defun %standard-gf-name-p (name)
  (%memq name '(initialize-instance reinitialize-instance shared-initialize print-object slot-unbound slot-missing
                no-applicable-method no-next-method update-instance-for-different-class
                update-instance-for-redefined-class make-load-form)))

(defun %standard-gf (name)
  ;; made on first use, with its standard methods
  (or (cdr (assoc name *%standard-gfs*))
      (let ((gf (%make-generic name nil)) (object (find-class 'standard-object)) (top (find-class t)))
        (push (cons name gf) *%standard-gfs*)
        (flet ((default (specializers function)
                 (add-method gf (%make-method nil specializers (lambda (args context) (declare (ignore context)) (apply function args))
                                              nil nil nil))))
          (case name
            (initialize-instance
             (default (list object) (lambda (instance &rest initargs) (apply #'shared-initialize instance t initargs))))
            (reinitialize-instance
             (default (list object) (lambda (instance &rest initargs)
                                      (%initargs-valid (%clos-ref instance 0) initargs)
                                      (apply #'shared-initialize instance nil initargs))))
            (shared-initialize (default (list object top) #'%default-shared-initialize))
            (print-object
             (default (list (find-class 'structure-object) top) (lambda (x stream) (%write-struct x stream *print-escape*) x))
             (default (list top top) (lambda (x stream)
                                       (%write-str "#<" stream 0 nil) (%write-symbol (class-name (class-of x)) stream t)
                                       (%write-str " {0}>" stream 0 nil) x)))
            (slot-unbound
             (default (list top top top)
                      (lambda (class instance name)
                        (declare (ignore class))
                        (error (%make-condition 'unbound-slot (list :name name :instance instance))))))
            (slot-missing
             (default (list top top top top)
                      (lambda (class instance name operation &optional value)
                        (declare (ignore value))
                        (error (%make-condition 'simple-error
                                                (list :format-control "When attempting to ~A, the slot ~S is missing from the object ~S."
                                                      :format-arguments (list operation name instance)))))))
            (no-applicable-method
             (default (list top) (lambda (gf &rest args)
                                   (error (%make-condition 'simple-error
                                                           (list :format-control "There is no applicable method for the generic function ~S when called with arguments ~S."
                                                                 :format-arguments (list gf args)))))))
            (no-next-method
             (default (list top top) (lambda (gf method &rest args)
                                       (declare (ignore method))
                                       (error (%make-condition 'simple-error
                                                               (list :format-control "There is no next method for the generic function ~S when called with arguments ~S."
                                                                     :format-arguments (list gf args)))))))
            (update-instance-for-different-class
             (default (list object object)
                      (lambda (previous current &rest initargs)
                        (let ((added nil))
                          (dolist (e (%clos-ref (%clos-ref current 0) 4))
                            (let ((o (assoc (car e) (%clos-ref (%clos-ref previous 0) 4))))
                              (when (and (integerp (cadddr e)) (not (and o (integerp (cadddr o))))) (push (car e) added))))
                          (apply #'shared-initialize current added initargs)))))
            (update-instance-for-redefined-class
             (default (list object) (lambda (instance added discarded plist &rest initargs)
                                      (declare (ignore discarded plist))
                                      (apply #'shared-initialize instance added initargs))))
            (make-load-form
             (default (list object) (lambda (object &optional environment)
                                      (declare (ignore environment))
                                      (error (%make-condition 'simple-error
                                                              (list :format-control "don't know how to dump ~S (default MAKE-LOAD-FORM method called)."
                                                                    :format-arguments (list object))))))))
          gf))))

(defun initialize-instance (instance &rest initargs) (apply (%standard-gf 'initialize-instance) instance initargs))
(defun reinitialize-instance (instance &rest initargs) (apply (%standard-gf 'reinitialize-instance) instance initargs))
(defun shared-initialize (instance slot-names &rest initargs) (apply (%standard-gf 'shared-initialize) instance slot-names initargs))
(defun print-object (object stream) (funcall (%standard-gf 'print-object) object stream))
(defun slot-unbound (class instance name) (funcall (%standard-gf 'slot-unbound) class instance name))
(defun slot-missing (class instance name operation &optional (value nil value-p))
  (if value-p (funcall (%standard-gf 'slot-missing) class instance name operation value)
      (funcall (%standard-gf 'slot-missing) class instance name operation)))
(defun no-applicable-method (gf &rest args) (apply (%standard-gf 'no-applicable-method) gf args))
(defun no-next-method (gf method &rest args) (apply (%standard-gf 'no-next-method) gf method args))
(defun update-instance-for-different-class (previous current &rest initargs)
  (apply (%standard-gf 'update-instance-for-different-class) previous current initargs))
(defun update-instance-for-redefined-class (instance added discarded plist &rest initargs)
  (apply (%standard-gf 'update-instance-for-redefined-class) instance added discarded plist initargs))
(defun make-load-form (object &optional environment) (funcall (%standard-gf 'make-load-form) object environment))

;;; ------------------------------------------------------------------ accessors, printing

(defun %add-reader (name class slot)
  (%defmethod name nil (list class) (lambda (args context) (declare (ignore context)) (slot-value (car args) slot))
              '(object) nil nil))
(defun %add-writer (name class slot)
  (%defmethod name nil (list t class) (lambda (args context) (declare (ignore context)) (%set-slot-value (cadr args) slot (car args)))
              '(value object) nil nil))

(defun %print-unreadable-object (object stream type identity body)
  (let ((s (%out stream)))
    (when *print-readably* (error (%make-condition 'print-not-readable (list :object object :stream s))))
    (%write-str "#<" s 0 nil)
    (when type (%print-object (type-of object) s t) (when body (%write-code 32 s)))
    (when body (funcall body))
    (when identity (%write-str " {0}" s 0 nil))
    (%write-str ">" s 0 nil)
    nil))

(defun unbound-slot-instance (c) (%condition-slot c :instance))

;;; ------------------------------------------------------------------ long-form method combinations

(defun %define-long-combination (name function)
  (setq *%method-combinations* (acons name (list :long function) (remove name *%method-combinations* :key #'car)))
  name)

(defun %qualifiers-match-p (qualifiers pattern)
  ;; a pattern is a list of qualifiers, * matching anything (CLHS 7.6.6.4); or a predicate
  (cond ((functionp pattern) (funcall pattern qualifiers))
        ((eq pattern '*) t)
        ((atom pattern) (and (null pattern) (null qualifiers)))
        ((atom qualifiers) nil)
        (t (and (or (eq (car pattern) '*) (eql (car pattern) (car qualifiers)))
                (%qualifiers-match-p (cdr qualifiers) (cdr pattern))))))

(defun %method-groups (methods specs)
  ;; each method in the first group it matches; specs are (patterns order required)
  (let ((groups (mapcar (lambda (s) (declare (ignore s)) nil) specs)))
    (dolist (m methods)
      (let ((i 0) (placed nil))
        (dolist (s specs)
          (when (and (not placed)
                     (let ((ps (car s))) (if (functionp ps) (funcall ps (%clos-ref m 2))
                                             (some (lambda (p) (%qualifiers-match-p (%clos-ref m 2) p)) ps))))
            (setf (nth i groups) (cons m (nth i groups)))
            (setq placed t))
          (setq i (+ i 1)))
        (unless placed (invalid-method-error m "The method has qualifiers ~S, which no method group accepts." (%clos-ref m 2)))))
    (let ((i 0) (result nil))
      (dolist (s specs (nreverse result))
        (let ((g (nth i groups)))
          ;; collected in reverse: most specific first is the reverse of the collection
          (setq g (if (eq (cadr s) :most-specific-last) g (reverse g)))
          (when (and (caddr s) (null g)) (method-combination-error "No methods in a required method group."))
          (push g result))
        (setq i (+ i 1))))))

(defun %long-combination (data methods args comb)
  (let ((form (funcall (caddr comb) methods (cadddr comb))))
    (let ((*%effective-method* (cons data args)))
      (%eval form nil))))

(defun method-combination-error (format-control &rest arguments)
  (error (%make-condition 'simple-error (list :format-control format-control :format-arguments arguments))))
(defun invalid-method-error (method format-control &rest arguments)
  (declare (ignore method))
  (error (%make-condition 'simple-error (list :format-control format-control :format-arguments arguments))))
