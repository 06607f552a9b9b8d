;;; Chapter 22.2 (the pretty printer), in part: pprint dispatch tables; logical blocks with prefix,
;;; suffix, per-line prefix, PPRINT-POP, PPRINT-INDENT, PPRINT-TAB and mandatory newlines; PPRINT-FILL,
;;; PPRINT-LINEAR and PPRINT-TABULAR, which lay out their own list. A conditional newline written by
;;; user code inside a logical block never breaks: when the block then ends beyond the right margin,
;;; the printer says it cannot do it rather than print something SBCL would not.

;;; ------------------------------------------------------------------ dispatch tables

;; a table is an instance of %PPRINT-DISPATCH with one slot: its entries, (type-specifier function priority)
(defun %make-pprint-dispatch (entries) (%make-instance '%pprint-dispatch (vector entries)))
(defvar *print-pprint-dispatch* (%make-pprint-dispatch nil))

(defun %pprint-dispatch-p (x) (and (%instancep x) (eq (%instance-type x) '%pprint-dispatch)))
(defun %pprint-entries (table) (%vector-ref (%instance-slots table) 0))

(defun copy-pprint-dispatch (&optional (table *print-pprint-dispatch*))
  ;; nil: a copy of the initial table, which has no entries here
  (cond ((null table) (%make-pprint-dispatch nil))
        ((%pprint-dispatch-p table) (%make-pprint-dispatch (copy-list (%pprint-entries table))))
        (t (%type-error table '(or null pprint-dispatch-table)))))

(defun set-pprint-dispatch (type-specifier function &optional (priority 0) (table *print-pprint-dispatch*))
  (unless (%pprint-dispatch-p table) (%type-error table 'pprint-dispatch-table))
  (unless (realp priority) (%type-error priority 'real))
  (let ((slots (%instance-slots table)))
    (%vector-set slots 0 (remove type-specifier (%vector-ref slots 0) :key #'car :test #'equal))
    (when function
      (%vector-set slots 0 (cons (list type-specifier function priority) (%vector-ref slots 0)))
      (setq *%pprint-hook* #'%pprint-dispatch-print)))
  nil)

(defun %pprint-entry (object table)
  ;; the matching entry of highest priority
  (let ((best nil))
    (dolist (e (%pprint-entries table) best)
      (when (and (typep object (car e)) (or (null best) (> (caddr e) (caddr best)))) (setq best e)))))

(defun %pprint-default (stream object) (let ((*print-pretty* nil)) (write object :stream stream)))

(defun pprint-dispatch (object &optional (table *print-pprint-dispatch*))
  (let ((e (%pprint-entry object (if (null table) (%make-pprint-dispatch nil) table))))
    (if e (values (cadr e) t) (values #'%pprint-default nil))))

(defun %pprint-dispatch-print (object stream)
  ;; called by %print-object under *print-pretty*: true when an entry printed the object
  (let ((e (and (%pprint-dispatch-p *print-pprint-dispatch*) (%pprint-entry object *print-pprint-dispatch*))))
    (when e (funcall (cadr e) stream object) t)))

;;; ------------------------------------------------------------------ logical blocks

;; the innermost logical block being printed: #(stream prefix-column start-column indent
;; per-line-prefix section-column conditional-newline-seen)
(defvar *%pp-block* nil)

(defun %pp-block-of (s) (and *%pp-block* (eq (svref *%pp-block* 0) s) *%pp-block*))

(defun %pprint-logical-block (stream object prefix per-line-prefix suffix body)
  ;; body: a function of (stream list) that prints the block's contents
  (let ((s (%out stream)))
    (when (and prefix per-line-prefix) (error "PPRINT-LOGICAL-BLOCK: both :prefix and :per-line-prefix given"))
    (if (not (listp object))
        (write object :stream s)
        (let ((p (or per-line-prefix prefix "")) (before (%stream-col s)))
          (%write-str p s 0 nil)
          (let ((block (vector s before (%stream-col s) 0 per-line-prefix (%stream-col s) nil)))
            (let ((*%pp-block* block)) (funcall body s object))
            (when suffix (%write-str suffix s 0 nil))
            (when (and (svref block 6) (> (%stream-col s) (or *print-right-margin* 80)))
              (error "clysm reference compiler: a conditional newline that would break a line is not supported")))))
    nil))

(defun %pprint-pop-done-p (list count s)
  ;; PPRINT-POP's stops: a dotted tail is printed as . x, *print-length* reached as ...
  (cond ((and list (atom list)) (%write-str ". " s 0 nil) (write list :stream s) t)
        ((and *print-length* (>= count *print-length*)) (%write-str "..." s 0 nil) t)
        (t nil)))

(defun %pp-spaces (n s) (dotimes (i n) (%write-code 32 s)))

(defun %pp-break (block s)
  ;; a newline, the per-line prefix in its column, then spaces to the block's indentation
  (%write-code 10 s)
  (when (svref block 4)
    (%pp-spaces (svref block 1) s)
    (%write-str (svref block 4) s 0 nil))
  (%pp-spaces (- (+ (svref block 2) (svref block 3)) (%stream-col s)) s)
  (%vector-set block 5 (%stream-col s)))

(defun pprint-newline (kind &optional stream)
  (unless (member kind '(:linear :fill :miser :mandatory)) (%type-error kind '(member :linear :fill :miser :mandatory)))
  (let* ((s (%out stream)) (block (%pp-block-of s)))
    (when (and *print-pretty* block)
      (if (eq kind :mandatory) (%pp-break block s) (%vector-set block 6 t))))
  nil)

(defun pprint-indent (relative-to n &optional stream)
  (unless (member relative-to '(:block :current)) (%type-error relative-to '(member :block :current)))
  (let* ((s (%out stream)) (block (%pp-block-of s)))
    (when (and *print-pretty* block)
      (%vector-set block 3 (if (eq relative-to :block) n (+ (- (%stream-col s) (svref block 2)) n)))))
  nil)

(defun %pp-tab-size (kind colnum colinc column section-start)
  ;; spaces to move from column: :line and :section tab to an absolute column (from the line or section
  ;; start), the -relative kinds move colnum and then on to a multiple of colinc
  (let ((position (- column (if (member kind '(:section :section-relative)) section-start 0))))
    (cond ((member kind '(:line-relative :section-relative))
           (let ((r (if (> colinc 1) (rem (+ position colnum) colinc) 0)))
             (if (zerop r) colnum (+ colnum (- colinc r)))))
          ((< position colnum) (- colnum position))
          ((zerop colinc) 0)
          (t (- colinc (rem (- position colnum) colinc))))))

(defun pprint-tab (kind colnum colinc &optional stream)
  (unless (member kind '(:line :section :line-relative :section-relative))
    (%type-error kind '(member :line :section :line-relative :section-relative)))
  (let* ((s (%out stream)) (block (%pp-block-of s)))
    (when (and *print-pretty* block)
      (%pp-spaces (%pp-tab-size kind colnum colinc (%stream-col s) (svref block 5)) s)))
  nil)

;;; ------------------------------------------------------------------ pprint-fill, -linear, -tabular

(defun %pp-item-texts (list)
  ;; the printed elements as PPRINT-POP gives them: at most *print-length*, then "...", a dotted tail ". x"
  (let ((texts nil) (count 0))
    (loop (cond ((null list) (return))
                ((atom list) (push (concatenate 'string ". " (write-to-string list)) texts) (return))
                ((and *print-length* (>= count *print-length*)) (push "..." texts) (return))
                (t (push (write-to-string (car list)) texts) (setq list (cdr list) count (+ count 1)))))
    (nreverse texts)))

(defun %pp-list (stream list colon kind tabsize)
  ;; kind :fill breaks before an element whose section would pass the right margin, :linear breaks before
  ;; every element when the whole list does not fit, :tabular also tabs each element to a column
  (let ((s (%out stream)))
    (if (not (listp list))
        (write list :stream s)
        (let* ((texts (%pp-item-texts list)) (suffix (if colon 1 0)) (margin (or *print-right-margin* 80)))
          (when colon (%write-code 40 s))
          (let* ((start (%stream-col s))
                 (total (+ (reduce #'+ (mapcar #'length texts)) (max 0 (- (length texts) 1)) suffix))
                 (break-all (and *print-pretty* (eq kind :linear) (> (+ start total) margin))))
            (do ((l texts (cdr l)) (first t nil)) ((null l))
              (unless first
                (if (or break-all
                        (and *print-pretty* (not (eq kind :linear))
                             ;; the section after a fill newline runs to the next one: the element and
                             ;; the space after it, or the suffix after the last
                             (> (+ (%stream-col s) 1 (length (car l)) (if (cdr l) 1 suffix)) margin)))
                    (progn (%write-code 10 s) (%pp-spaces start s))
                    (progn (%write-code 32 s)
                           (when (and *print-pretty* (eq kind :tabular))
                             (%pp-spaces (%pp-tab-size :section-relative 0 tabsize (%stream-col s) start) s)))))
              (%write-str (car l) s 0 nil)))
          (when colon (%write-code 41 s)))))
  nil)

(defun pprint-fill (stream list &optional (colon-p t) at-sign-p) (%pp-list stream list colon-p :fill 0))
(defun pprint-linear (stream list &optional (colon-p t) at-sign-p) (%pp-list stream list colon-p :linear 0))
(defun pprint-tabular (stream list &optional (colon-p t) at-sign-p (tabsize 16)) (%pp-list stream list colon-p :tabular tabsize))
