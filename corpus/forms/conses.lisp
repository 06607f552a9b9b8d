;;;; corpus/forms/conses.lisp — conses and lists (CLHS chapter 14). Expectations: SBCL 2.2.9.

(defcase conses.car-of-list
  :category conses
  :features (car list)
  :forms ((car (list 1 2 3)))
  :value "1")

(defcase conses.cdr-of-list
  :category conses
  :features (cdr list)
  :forms ((cdr (list 1 2 3)))
  :value "(2 3)")

(defcase conses.car-of-nil
  :category conses
  :features (car)
  :forms ((car nil))
  :value "NIL")

(defcase conses.cdr-of-nil
  :category conses
  :features (cdr)
  :forms ((cdr nil))
  :value "NIL")

(defcase conses.car-of-fixnum-signals
  :category conses
  :features (car)
  :forms ((car (identity 1)))
  :signals type-error)

(defcase conses.cdr-of-string-signals
  :category conses
  :features (cdr)
  :forms ((cdr (identity "abc")))
  :signals type-error)

(defcase conses.cadr-caddr
  :category conses
  :features (cadr caddr)
  :forms ((list (cadr '(1 2 3)) (caddr '(1 2 3))))
  :value "(2 3)")

(defcase conses.cddr-cdddr
  :category conses
  :features (cddr cdddr)
  :forms ((list (cddr '(1 2 3)) (cdddr '(1 2 3))))
  :value "((3) NIL)")

(defcase conses.caar-cdar
  :category conses
  :features (caar cdar)
  :forms ((list (caar '((a b) c)) (cdar '((a b) c))))
  :value "(A (B))")

(defcase conses.cadar-nested
  :category conses
  :features (cadar)
  :forms ((cadar '((1 2 3) 4)))
  :value "2")

(defcase conses.first-through-tenth
  :category conses
  :features (first second third tenth)
  :forms ((let ((l '(1 2 3 4 5 6 7 8 9 10)))
            (list (first l) (second l) (third l) (tenth l))))
  :value "(1 2 3 10)")

(defcase conses.rest-of-single
  :category conses
  :features (rest)
  :forms ((rest '(a)))
  :value "NIL")

(defcase conses.cons-dotted-pair
  :category conses
  :features (cons)
  :forms ((cons 1 2))
  :value "(1 . 2)")

(defcase conses.cons-onto-list
  :category conses
  :features (cons)
  :forms ((cons 1 '(2 3)))
  :value "(1 2 3)")

(defcase conses.cons-nil-nil
  :category conses
  :features (cons)
  :forms ((cons nil nil))
  :value "(NIL)")

(defcase conses.list-empty
  :category conses
  :features (list)
  :forms ((list))
  :value "NIL")

(defcase conses.list-star-dotted
  :category conses
  :features (list*)
  :forms ((list* 1 2 3))
  :value "(1 2 . 3)")

(defcase conses.list-star-single
  :category conses
  :features (list*)
  :forms ((list* 'a))
  :value "A")

(defcase conses.list-star-onto-list
  :category conses
  :features (list*)
  :forms ((list* 1 2 '(3 4)))
  :value "(1 2 3 4)")

(defcase conses.make-list-initial-element
  :category conses
  :features (make-list)
  :forms ((make-list 3 :initial-element 'x))
  :value "(X X X)")

(defcase conses.make-list-zero
  :category conses
  :features (make-list)
  :forms ((make-list 0))
  :value "NIL")

(defcase conses.consp-atom-listp
  :category conses
  :features (consp atom listp)
  :forms ((list (consp nil) (atom nil) (listp nil) (consp '(1)) (atom 5) (listp 5)))
  :value "(NIL T T T T NIL)")

(defcase conses.null-endp
  :category conses
  :features (null endp)
  :forms ((list (null nil) (null '(1)) (endp nil) (endp '(1))))
  :value "(T NIL T NIL)")

(defcase conses.endp-of-atom-signals
  :category conses
  :features (endp)
  :forms ((endp (identity 5)))
  :signals type-error)

(defcase conses.append-two
  :category conses
  :features (append)
  :forms ((append '(1 2) '(3 4)))
  :value "(1 2 3 4)")

(defcase conses.append-many-with-nils
  :category conses
  :features (append)
  :forms ((append nil '(1) nil '(2 3) nil))
  :value "(1 2 3)")

(defcase conses.append-dotted-last
  :category conses
  :features (append)
  :forms ((append '(1 2) 3))
  :value "(1 2 . 3)")

(defcase conses.append-no-args
  :category conses
  :features (append)
  :forms ((append))
  :value "NIL")

(defcase conses.append-shares-last
  :category conses
  :features (append eq)
  :forms ((let ((tail (list 3 4)))
            (eq tail (cddr (append (list 1 2) tail)))))
  :value "T")

(defcase conses.nconc-destructive
  :category conses
  :features (nconc)
  :forms ((let ((a (list 1 2)) (b (list 3)))
            (nconc a b)
            a))
  :value "(1 2 3)")

(defcase conses.nconc-skips-nils
  :category conses
  :features (nconc)
  :forms ((nconc nil (list 1) nil (list 2 3)))
  :value "(1 2 3)")

(defcase conses.revappend-nreconc
  :category conses
  :features (revappend nreconc)
  :forms ((list (revappend '(1 2 3) '(a b)) (nreconc (list 1 2) (list 3))))
  :value "((3 2 1 A B) (2 1 3))")

(defcase conses.reverse-list
  :category conses
  :features (reverse)
  :forms ((reverse '(1 (2 3) 4)))
  :value "(4 (2 3) 1)")

(defcase conses.reverse-leaves-original
  :category conses
  :features (reverse)
  :forms ((let ((l (list 1 2 3)))
            (reverse l)
            l))
  :value "(1 2 3)")

(defcase conses.nreverse-result
  :category conses
  :features (nreverse)
  :forms ((nreverse (list 1 2 3 4 5)))
  :value "(5 4 3 2 1)")

(defcase conses.last-default
  :category conses
  :features (last)
  :forms ((last '(1 2 3)))
  :value "(3)")

(defcase conses.last-n
  :category conses
  :features (last)
  :forms ((list (last '(1 2 3) 2) (last '(1 2 3) 0) (last '(1 2 3) 10)))
  :value "((2 3) NIL (1 2 3))")

(defcase conses.last-dotted
  :category conses
  :features (last)
  :forms ((last '(1 2 . 3)))
  :value "(2 . 3)")

(defcase conses.butlast-variants
  :category conses
  :features (butlast)
  :forms ((list (butlast '(1 2 3)) (butlast '(1 2 3) 2) (butlast '(1 2 3) 5) (butlast nil)))
  :value "((1 2) (1) NIL NIL)")

(defcase conses.nbutlast-modifies
  :category conses
  :features (nbutlast)
  :forms ((let ((l (list 1 2 3 4)))
            (nbutlast l)
            l))
  :value "(1 2 3)")

(defcase conses.nth-in-range
  :category conses
  :features (nth)
  :forms ((nth 2 '(a b c d)))
  :value "C")

(defcase conses.nth-past-end
  :category conses
  :features (nth)
  :forms ((nth 10 '(a b c)))
  :value "NIL")

(defcase conses.nthcdr-past-end
  :category conses
  :features (nthcdr)
  :forms ((nthcdr 5 '(1 2 3)))
  :value "NIL")

(defcase conses.nthcdr-zero
  :category conses
  :features (nthcdr)
  :forms ((nthcdr 0 '(1 2 3)))
  :value "(1 2 3)")

(defcase conses.setf-nth
  :category conses
  :features (nth setf)
  :forms ((let ((l (list 1 2 3)))
            (setf (nth 1 l) 'x)
            l))
  :value "(1 X 3)")

(defcase conses.setf-car-cdr
  :category conses
  :features (setf car cdr)
  :forms ((let ((c (cons 1 2)))
            (setf (car c) 'a (cdr c) '(b))
            c))
  :value "(A B)")

(defcase conses.rplaca-rplacd
  :category conses
  :features (rplaca rplacd)
  :forms ((let ((c (list 1 2)))
            (rplaca c 0)
            (rplacd (cdr c) '(3))
            c))
  :value "(0 2 3)")

(defcase conses.member-found-tail
  :category conses
  :features (member)
  :forms ((member 3 '(1 2 3 4)))
  :value "(3 4)")

(defcase conses.member-not-found
  :category conses
  :features (member)
  :forms ((member 9 '(1 2 3)))
  :value "NIL")

(defcase conses.member-eql-default-on-lists
  :category conses
  :features (member)
  :forms ((member '(1) '((1) (2))))
  :value "NIL")

(defcase conses.member-test-equal
  :category conses
  :features (member equal)
  :forms ((member '(1) '((1) (2)) :test #'equal))
  :value "((1) (2))")

(defcase conses.member-key
  :category conses
  :features (member)
  :forms ((member 2 '((a . 1) (b . 2) (c . 3)) :key #'cdr))
  :value "((B . 2) (C . 3))")

(defcase conses.member-if-evenp
  :category conses
  :features (member-if evenp)
  :forms ((member-if #'evenp '(1 3 4 5)))
  :value "(4 5)")

(defcase conses.member-if-not
  :category conses
  :features (member-if-not)
  :forms ((member-if-not #'symbolp '(a b 1 c)))
  :value "(1 C)")

(defcase conses.assoc-found
  :category conses
  :features (assoc)
  :forms ((assoc 'b '((a . 1) (b . 2))))
  :value "(B . 2)")

(defcase conses.assoc-first-match
  :category conses
  :features (assoc)
  :forms ((assoc 'a '((a . 1) (a . 2))))
  :value "(A . 1)")

(defcase conses.assoc-skips-nil-entries
  :category conses
  :features (assoc)
  :forms ((assoc 'b '(nil (b . 2))))
  :value "(B . 2)")

(defcase conses.assoc-string-test
  :category conses
  :features (assoc equal)
  :forms ((cdr (assoc "two" '(("one" . 1) ("two" . 2)) :test #'string=)))
  :value "2")

(defcase conses.assoc-missing
  :category conses
  :features (assoc)
  :forms ((assoc 'z '((a . 1))))
  :value "NIL")

(defcase conses.rassoc-found
  :category conses
  :features (rassoc)
  :forms ((rassoc 2 '((a . 1) (b . 2))))
  :value "(B . 2)")

(defcase conses.assoc-if
  :category conses
  :features (assoc-if)
  :forms ((assoc-if #'evenp '((1 . a) (2 . b) (4 . c))))
  :value "(2 . B)")

(defcase conses.acons-prepends
  :category conses
  :features (acons)
  :forms ((acons 'k 'v '((a . 1))))
  :value "((K . V) (A . 1))")

(defcase conses.pairlis-length
  :category conses
  :features (pairlis)
  :forms ((let ((al (pairlis '(a b c) '(1 2 3))))
            (list (length al) (cdr (assoc 'b al)))))
  :value "(3 2)")

(defcase conses.copy-alist-fresh-pairs
  :category conses
  :features (copy-alist eq)
  :forms ((let* ((al (list (cons 'a 1)))
                 (c (copy-alist al)))
            (setf (cdr (first c)) 99)
            (list al c)))
  :value "(((A . 1)) ((A . 99)))")

(defcase conses.mapcar-one-list
  :category conses
  :features (mapcar)
  :forms ((mapcar #'1+ '(1 2 3)))
  :value "(2 3 4)")

(defcase conses.mapcar-shortest-list
  :category conses
  :features (mapcar)
  :forms ((mapcar #'+ '(1 2 3) '(10 20)))
  :value "(11 22)")

(defcase conses.mapcar-lambda-two-lists
  :category conses
  :features (mapcar lambda)
  :forms ((mapcar (lambda (x y) (cons x y)) '(a b) '(1 2)))
  :value "((A . 1) (B . 2))")

(defcase conses.mapcar-empty
  :category conses
  :features (mapcar)
  :forms ((mapcar #'car nil))
  :value "NIL")

(defcase conses.mapc-returns-first-list
  :category conses
  :features (mapc)
  :forms ((let ((acc nil))
            (list (mapc (lambda (x) (push x acc)) '(1 2 3)) acc)))
  :value "((1 2 3) (3 2 1))")

(defcase conses.mapcan-filters
  :category conses
  :features (mapcan)
  :forms ((mapcan (lambda (x) (if (oddp x) (list x x) nil)) '(1 2 3 4 5)))
  :value "(1 1 3 3 5 5)")

(defcase conses.maplist-tails
  :category conses
  :features (maplist)
  :forms ((maplist #'identity '(1 2 3)))
  :value "((1 2 3) (2 3) (3))")

(defcase conses.maplist-lengths
  :category conses
  :features (maplist length)
  :forms ((maplist #'length '(a b c d)))
  :value "(4 3 2 1)")

(defcase conses.mapl-returns-list
  :category conses
  :features (mapl)
  :forms ((let ((n 0))
            (list (mapl (lambda (tail) (incf n (length tail))) '(1 2 3)) n)))
  :value "((1 2 3) 6)")

(defcase conses.mapcon-splices
  :category conses
  :features (mapcon)
  :forms ((mapcon (lambda (tail) (list (length tail))) '(a b c)))
  :value "(3 2 1)")

(defcase conses.copy-list-fresh
  :category conses
  :features (copy-list eq)
  :forms ((let* ((a (list 1 2 3)) (b (copy-list a)))
            (list (equal a b) (eq a b))))
  :value "(T NIL)")

(defcase conses.copy-list-dotted
  :category conses
  :features (copy-list)
  :forms ((copy-list '(1 2 . 3)))
  :value "(1 2 . 3)")

(defcase conses.copy-tree-deep
  :category conses
  :features (copy-tree eq)
  :forms ((let* ((a (list (list 1 2) 3)) (b (copy-tree a)))
            (list (equal a b) (eq (car a) (car b)))))
  :value "(T NIL)")

(defcase conses.tree-equal-default-eql
  :category conses
  :features (tree-equal)
  :forms ((list (tree-equal '(1 (2 3)) '(1 (2 3))) (tree-equal '(1 (2 3)) '(1 (2 4)))))
  :value "(T NIL)")

(defcase conses.tree-equal-strings-need-test
  :category conses
  :features (tree-equal equal)
  :forms ((list (tree-equal '("a") (list (copy-seq "a")))
                (tree-equal '("a") (list (copy-seq "a")) :test #'equal)))
  :value "(NIL T)")

(defcase conses.subst-atoms
  :category conses
  :features (subst)
  :forms ((subst 'x 'a '(a b (a c) . a)))
  :value "(X B (X C) . X)")

(defcase conses.subst-test-equal
  :category conses
  :features (subst equal)
  :forms ((subst 'new '(1 2) '((1 2) 3 (1 2)) :test #'equal))
  :value "(NEW 3 NEW)")

(defcase conses.subst-if
  :category conses
  :features (subst-if)
  :forms ((subst-if 0 #'numberp '(a 1 (b 2) 3)))
  :value "(A 0 (B 0) 0)")

(defcase conses.sublis-alist
  :category conses
  :features (sublis)
  :forms ((sublis '((a . 1) (b . 2)) '(a (b c) a)))
  :value "(1 (2 C) 1)")

(defcase conses.push-pop-sequence
  :category conses
  :features (push pop)
  :forms ((let ((s nil))
            (push 1 s)
            (push 2 s)
            (list (pop s) s)))
  :value "(2 (1))")

(defcase conses.pop-empty
  :category conses
  :features (pop)
  :forms ((let ((s nil))
            (list (pop s) s)))
  :value "(NIL NIL)")

(defcase conses.push-onto-place
  :category conses
  :features (push setf car)
  :forms ((let ((l (list nil 'x)))
            (push 'a (car l))
            (push 'b (car l))
            l))
  :value "((B A) X)")

(defcase conses.pushnew-existing
  :category conses
  :features (pushnew)
  :forms ((let ((s (list 1 2 3)))
            (pushnew 2 s)
            (pushnew 4 s)
            s))
  :value "(4 1 2 3)")

(defcase conses.pushnew-test-equal
  :category conses
  :features (pushnew equal)
  :forms ((let ((s (list (list 1))))
            (pushnew (list 1) s :test #'equal)
            (length s)))
  :value "1")

(defcase conses.getf-found-and-default
  :category conses
  :features (getf)
  :forms ((let ((pl '(:a 1 :b 2)))
            (list (getf pl :b) (getf pl :c) (getf pl :c 'none))))
  :value "(2 NIL NONE)")

(defcase conses.setf-getf-adds
  :category conses
  :features (getf setf)
  :forms ((let ((pl (list :a 1)))
            (setf (getf pl :b) 2)
            (setf (getf pl :a) 10)
            (list (getf pl :a) (getf pl :b))))
  :value "(10 2)")

(defcase conses.remf-removes
  :category conses
  :features (remf)
  :forms ((let ((pl (list :a 1 :b 2)))
            (list (remf pl :a) pl (remf pl :z))))
  :value "(T (:B 2) NIL)")

(defcase conses.get-properties
  :category conses
  :features (get-properties)
  :forms ((multiple-value-list (get-properties '(:a 1 :b 2 :c 3) '(:c :b))))
  :value "(:B 2 (:B 2 :C 3))")

(defcase conses.union-length
  :category conses
  :features (union)
  :forms ((length (union '(1 2 3) '(2 3 4))))
  :value "4")

(defcase conses.union-sorted
  :category conses
  :features (union sort)
  :forms ((sort (union (list 1 2 3) (list 2 3 4)) #'<))
  :value "(1 2 3 4)")

(defcase conses.intersection-sorted
  :category conses
  :features (intersection sort)
  :forms ((sort (intersection (list 1 2 3 4) (list 3 4 5)) #'<))
  :value "(3 4)")

(defcase conses.intersection-empty
  :category conses
  :features (intersection)
  :forms ((intersection '(1 2) '(3 4)))
  :value "NIL")

(defcase conses.set-difference-sorted
  :category conses
  :features (set-difference sort)
  :forms ((sort (set-difference (list 1 2 3 4) (list 2 4)) #'<))
  :value "(1 3)")

(defcase conses.set-exclusive-or-sorted
  :category conses
  :features (set-exclusive-or sort)
  :forms ((sort (set-exclusive-or (list 1 2 3) (list 2 3 4)) #'<))
  :value "(1 4)")

(defcase conses.subsetp
  :category conses
  :features (subsetp)
  :forms ((list (subsetp '(1 2) '(3 2 1)) (subsetp '(1 5) '(1 2)) (subsetp nil nil)))
  :value "(T NIL T)")

(defcase conses.adjoin
  :category conses
  :features (adjoin)
  :forms ((list (adjoin 1 '(1 2)) (adjoin 3 '(1 2))))
  :value "((1 2) (3 1 2))")

(defcase conses.union-key
  :category conses
  :features (union)
  :forms ((length (union '((a . 1) (b . 2)) '((a . 3) (c . 4)) :key #'car)))
  :value "3")

(defcase conses.list-length-proper
  :category conses
  :features (list-length)
  :forms ((list (list-length '(1 2 3)) (list-length nil)))
  :value "(3 0)")

(defcase conses.list-length-circular-nil
  :category conses
  :features (list-length)
  :forms ((let ((l (list 1 2)))
            (setf (cdr (cdr l)) l)
            (list-length l)))
  :value "NIL")

(defcase conses.ldiff-tail
  :category conses
  :features (ldiff)
  :forms ((let* ((l (list 1 2 3 4)) (tail (cddr l)))
            (ldiff l tail)))
  :value "(1 2)")

(defcase conses.ldiff-not-tail
  :category conses
  :features (ldiff)
  :forms ((ldiff '(1 2 3) '(3)))
  :value "(1 2 3)")

(defcase conses.tailp-true-false
  :category conses
  :features (tailp)
  :forms ((let* ((l (list 1 2 3)))
            (list (tailp (cdr l) l) (tailp (list 3) l) (tailp nil l))))
  :value "(T NIL T)")

(defcase conses.length-of-list
  :category conses
  :features (length)
  :forms ((length '(a (b c) d)))
  :value "3")

(defcase conses.nested-quote-list
  :category conses
  :features (quote)
  :forms ('(1 (2 (3 (4)))))
  :value "(1 (2 (3 (4))))")

(defcase conses.dotted-print
  :category conses
  :features (cons)
  :forms ((cons 1 (cons 2 3)))
  :value "(1 2 . 3)")

(defcase conses.rest-list-print
  :category conses
  :features (list)
  :forms ((list 'a "b" #\c 1/2))
  :value "(A \"b\" #\\c 1/2)")

(defcase conses.nthcdr-dotted
  :category conses
  :features (nthcdr)
  :forms ((nthcdr 2 '(1 2 . 3)))
  :value "3")

;;; ---- cons, consp, atom, listp, null, types (CLHS 14.2) ----

(defcase conses.type-predicates-table
  :category conses
  :features (consp atom listp null)
  :forms ((mapcar (lambda (x) (list (consp x) (atom x) (listp x) (null x)))
                  (list nil '(1) (cons 1 2) 'a 0 "s" (vector))))
  :value "((NIL T T T) (T NIL T NIL) (T NIL T NIL) (NIL T NIL NIL) (NIL T NIL NIL) (NIL T NIL NIL) (NIL T NIL NIL))")

(defcase conses.list-cons-null-atom-types
  :category conses
  :features (list cons null atom typep subtypep)
  :forms ((list (typep nil 'list) (typep nil 'null) (typep nil 'cons) (typep nil 'atom) (typep '(a) 'atom)
                (subtypep 'null 'list) (subtypep 'cons 'list) (subtypep 'null 'symbol)))
  :value "(T T NIL T NIL T T T)")

(defcase conses.cons-fresh-each-call
  :category conses
  :features (cons)
  :forms ((let ((a (cons 1 2)) (b (cons 1 2)))
            (list (eq a b) (equal a b) (car a) (cdr b))))
  :value "(NIL T 1 2)")

(defcase conses.rplaca-rplacd-return-the-cons
  :category conses
  :features (rplaca rplacd)
  :forms ((let ((c (list 1 2)))
            (list (eq (rplaca c 'x) c) (eq (rplacd c 'y) c) c)))
  :value "(T T (X . Y))")

(defcase conses.rplacd-makes-circular-checked-by-list-length
  :category conses
  :features (rplacd list-length)
  :forms ((let ((c (list 1 2 3)))
            (rplacd (cddr c) c)
            (list (list-length c) (third c) (fourth c) (nth 7 c))))
  :value "(NIL 3 1 2)")

(defcase conses.rplaca-non-cons-signals
  :category conses
  :features (rplaca)
  :forms ((funcall 'rplaca nil 1))
  :signals type-error)

;;; ---- car, cdr and the 28 compositions ----

(defcase conses.c3r-accessors-all
  :category conses
  :features (caaar caadr cadar caddr cdaar cdadr cddar cdddr)
  :forms ((labels ((tree (depth n) (if (zerop depth) n (cons (tree (1- depth) (* 2 n)) (tree (1- depth) (1+ (* 2 n)))))))
            (let ((x (tree 3 1)))
              (list (caaar x) (caadr x) (cadar x) (caddr x) (cdaar x) (cdadr x) (cddar x) (cdddr x)))))
  :value "(8 12 10 14 9 13 11 15)")

(defcase conses.c4r-accessors-all
  :category conses
  :features (caaaar caaadr caadar caaddr cadaar cadadr caddar cadddr cdaaar cdaadr cdadar cdaddr cddaar cddadr cdddar cddddr)
  :forms ((labels ((tree (depth n) (if (zerop depth) n (cons (tree (1- depth) (* 2 n)) (tree (1- depth) (1+ (* 2 n)))))))
            (let ((x (tree 4 1)))
              (list (caaaar x) (caaadr x) (caadar x) (caaddr x) (cadaar x) (cadadr x) (caddar x) (cadddr x)
                    (cdaaar x) (cdaadr x) (cdadar x) (cdaddr x) (cddaar x) (cddadr x) (cdddar x) (cddddr x)))))
  :value "(16 24 20 28 18 26 22 30 17 25 21 29 19 27 23 31)")

(defcase conses.c2r-accessors-all
  :category conses
  :features (caar cadr cdar cddr)
  :forms ((let ((x '((1 . 2) . (3 . 4))))
            (list (caar x) (cdar x) (cadr x) (cddr x))))
  :value "(1 2 3 4)")

(defcase conses.setf-composed-accessors
  :category conses
  :features (cadr caddr cdar caadr setf)
  :forms ((let ((x (list (cons 'a 'b) 2 3 (list 4))))
            (setf (cadr x) 'two (caddr x) 'three (cdar x) 'bee)
            (setf (car (cadddr x)) 'four)
            x))
  :value "((A . BEE) TWO THREE (FOUR))")

(defcase conses.cxr-of-nil-is-nil
  :category conses
  :features (cadr cddr caddr cdddr caar)
  :forms ((list (cadr nil) (cddr '(1)) (caddr '(1 2)) (cdddr nil) (caar nil)))
  :value "(NIL NIL NIL NIL NIL)")

(defcase conses.cadr-of-dotted-atom-signals
  :category conses
  :features (cadr)
  :forms ((funcall 'cadr (cons 1 2)))
  :signals type-error)

;;; ---- copy-tree, copy-list, copy-alist ----

(defcase conses.copy-tree-no-shared-conses
  :category conses
  :features (copy-tree)
  :forms ((let* ((x (list (list 1 2) (cons 3 4) 5)) (y (copy-tree x)))
            (list (equal x y) (eq (first x) (first y)) (eq (second x) (second y)) (eq (cdr x) (cdr y)))))
  :value "(T NIL NIL NIL)")

(defcase conses.copy-tree-atom-and-dotted
  :category conses
  :features (copy-tree)
  :forms ((list (copy-tree 'a) (copy-tree '(1 (2 . 3) . 4)) (copy-tree nil)))
  :value "(A (1 (2 . 3) . 4) NIL)")

(defcase conses.copy-list-shares-elements
  :category conses
  :features (copy-list)
  :forms ((let* ((inner (list 'x)) (l (list inner 2)) (c (copy-list l)))
            (list (eq (first c) inner) (eq c l) (eq (cdr c) (cdr l)))))
  :value "(T NIL NIL)")

(defcase conses.copy-alist-shares-keys-and-values
  :category conses
  :features (copy-alist)
  :forms ((let* ((v (list 'val)) (a (list (cons 'k v) 'not-a-pair)) (c (copy-alist a)))
            (setf (cdr (first c)) 'changed)
            (list a (eq (second c) 'not-a-pair))))
  :value "(((K VAL) NOT-A-PAIR) T)")

;;; ---- sublis, nsublis ----

(defcase conses.sublis-keywords
  :category conses
  :features (sublis)
  :forms ((list (sublis '((a . 1) (b . 2)) '(a (b . c) a))
                (sublis '(("x" . 1)) '("x" "y") :test #'equal)
                (sublis '(((1) . one)) '((1) (2)) :test #'equal)
                (sublis '((1 . one)) '((1 x) (2 y)) :key (lambda (x) (if (consp x) (car x) x)))))
  :value "((1 (2 . C) 1) (1 \"y\") (ONE (2)) (ONE (2 Y)))")

(defcase conses.sublis-test-not
  :category conses
  :features (sublis)
  :forms ((sublis '((keep . other)) '(keep a) :test-not #'eq :key (lambda (x) (if (symbolp x) x 'keep))))
  :note "the NIL ending the list is a subtree too, and its key NIL is not KEEP"
  :value "(KEEP OTHER . OTHER)")

(defcase conses.sublis-replaces-subtrees-first-match
  :category conses
  :features (sublis)
  :forms ((sublis '(((a b) . ab) (a . first) (a . second)) '(x (a b) a) :test #'equal))
  :value "(X AB FIRST)")

(defcase conses.sublis-original-unchanged
  :category conses
  :features (sublis)
  :forms ((let ((tree (list 'a (list 'b 'a))))
            (sublis '((a . z)) tree)
            tree))
  :value "(A (B A))")

(defcase conses.nsublis-result
  :category conses
  :features (nsublis)
  :forms ((nsublis '((old . new) (x . y)) (list 'old (list 'x 'old) (cons 'x 'z))))
  :value "(NEW (Y NEW) (Y . Z))")

(defcase conses.nsublis-test
  :category conses
  :features (nsublis)
  :forms ((nsublis '((2 . two)) (list 1 2 (list 3 4)) :test #'=  :key (lambda (x) (if (numberp x) x 0))))
  :value "(1 TWO (3 4))")

;;; ---- subst family ----

(defcase conses.subst-replaces-nil-ends
  :category conses
  :features (subst)
  :forms ((subst 'end nil '(1 (2) 3)))
  :value "(1 (2 . END) 3 . END)")

(defcase conses.subst-subtree-with-test
  :category conses
  :features (subst)
  :forms ((list (subst 'x '(b c) '(a (b c) (d (b c)))) (subst 'x '(b c) '(a (b c) (d (b c))) :test #'equal)))
  :value "((A (B C) (D (B C))) (A X (D X)))")

(defcase conses.subst-key
  :category conses
  :features (subst)
  :forms ((subst 'x 'a '((a 1) (b 2)) :key (lambda (x) (if (consp x) (car x) x))))
  :value "(X (B 2))")

(defcase conses.subst-test-not
  :category conses
  :features (subst)
  :forms ((subst 'other 1 '(1 2 1) :test-not #'eql :key (lambda (x) (if (numberp x) x 1))))
  :value "(1 OTHER 1)")

(defcase conses.subst-if-on-conses-and-atoms
  :category conses
  :features (subst-if)
  :forms ((list (subst-if 'num #'numberp '(a 1 (b 2.0) . 3)) (subst-if 'pair (lambda (x) (and (consp x) (eq (car x) 'p))) '((p 1) q (p 2)))))
  :value "((A NUM (B NUM) . NUM) (PAIR Q PAIR))")

(defcase conses.subst-if-key
  :category conses
  :features (subst-if)
  :forms ((subst-if 'long (lambda (n) (and (integerp n) (> n 2))) '(((1 2 3) (4)) (5 6 7)) :key (lambda (x) (if (listp x) (length x) 0))))
  :value "((LONG (4)) LONG)")

(defcase conses.subst-if-not-replaces-atoms-and-nils
  :category conses
  :features (subst-if-not)
  :forms ((subst-if-not 'x #'consp '(1 (2 3))))
  :value "(X (X X . X) . X)")

(defcase conses.subst-if-not-keep-symbols
  :category conses
  :features (subst-if-not)
  :forms ((subst-if-not 0 (lambda (x) (or (consp x) (symbolp x))) '(a 1 (b "s"))))
  :value "(A 0 (B 0))")

(defcase conses.nsubst-result-and-keywords
  :category conses
  :features (nsubst)
  :forms ((list (nsubst 'new 'old (list 'old (list 'old 'x)))
                (nsubst 'n "s" (list "s" (list "t" "s")) :test #'equal)
                (nsubst 'x 1 (list (list 1 'a) (list 2 'b)) :key (lambda (x) (if (consp x) (car x) x)))))
  :value "((NEW (NEW X)) (N (\"t\" N)) (X (2 B)))")

(defcase conses.nsubst-modifies-tree-in-place
  :category conses
  :features (nsubst)
  :forms ((let* ((inner (list 'a 'b)) (tree (list 'q inner)))
            (nsubst 'z 'b tree)
            (list tree inner)))
  :value "((Q (A Z)) (A Z))")

(defcase conses.nsubst-if
  :category conses
  :features (nsubst-if)
  :forms ((nsubst-if '? #'stringp (list 1 "a" (list "b" 2))))
  :value "(1 ? (? 2))")

(defcase conses.nsubst-if-not
  :category conses
  :features (nsubst-if-not)
  :forms ((nsubst-if-not 'atom (lambda (x) (or (consp x) (null x))) (list 1 (list 2) 'c)))
  :value "(ATOM (ATOM) ATOM)")

;;; ---- tree-equal ----

(defcase conses.tree-equal-shapes
  :category conses
  :features (tree-equal)
  :forms ((list (tree-equal '(1 (2 3)) '(1 (2 3))) (tree-equal '(1 . 2) '(1 2)) (tree-equal '(a b) '(a b c))
                (tree-equal 'a 'a) (tree-equal nil nil) (tree-equal '((a)) '((b)))))
  :value "(T NIL NIL T T NIL)")

(defcase conses.tree-equal-test-and-test-not
  :category conses
  :features (tree-equal)
  :forms ((list (tree-equal '("a" ("b")) (list "a" (list "b")) :test #'equal)
                (tree-equal '(1 (2)) '(1.0 (2.0)) :test (lambda (a b) (if (numberp a) (and (numberp b) (= a b)) (eql a b))))
                (tree-equal '(1 . 2) '(3 . 4) :test-not #'eql)
                (tree-equal '(1 2) '(3 4) :test-not #'eql)))
  :note "the NILs ending both lists are leaves compared by the test too"
  :value "(T T T NIL)")

(defcase conses.tree-equal-test-applied-to-nil-leaves
  :category conses
  :features (tree-equal)
  :forms ((tree-equal '(1 2) '(1 2) :test (lambda (a b) (and (numberp a) (numberp b) (= a b)))))
  :value "NIL")

;;; ---- list, list*, make-list, list-length ----

(defcase conses.list-star-variants
  :category conses
  :features (list*)
  :forms ((list (list* 'a) (list* 1 2) (list* 1 2 '(3 4)) (list* nil) (list* '(a) '(b))))
  :value "(A (1 . 2) (1 2 3 4) NIL ((A) B))")

(defcase conses.list-star-shares-last
  :category conses
  :features (list*)
  :forms ((let* ((tail (list 3 4)) (l (list* 1 2 tail)))
            (eq (cddr l) tail)))
  :value "T")

(defcase conses.list-fresh-conses
  :category conses
  :features (list)
  :forms ((list (list) (list nil) (list 'a '(b)) (length (list 1 2 3 4 5 6 7 8 9 10))))
  :value "(NIL (NIL) (A (B)) 10)")

(defcase conses.make-list-default-nil
  :category conses
  :features (make-list)
  :forms ((list (make-list 3) (make-list 2 :initial-element '(x)) (make-list 0 :initial-element 'y)))
  :value "((NIL NIL NIL) ((X) (X)) NIL)")

(defcase conses.make-list-shares-initial-element
  :category conses
  :features (make-list)
  :forms ((let ((l (make-list 3 :initial-element (list 'shared))))
            (list (eq (first l) (third l)) (length l))))
  :value "(T 3)")

(defcase conses.make-list-negative-signals
  :category conses
  :features (make-list)
  :forms ((funcall 'make-list -1))
  :signals type-error)

(defcase conses.list-length-cases
  :category conses
  :features (list-length)
  :forms ((list (list-length '()) (list-length '(a b c)) (list-length (list (list 1 2) 3))))
  :value "(0 3 2)")

(defcase conses.list-length-circular-two-cells
  :category conses
  :features (list-length)
  :forms ((let ((l (list 'a 'b)))
            (setf (cddr l) l)
            (list-length l)))
  :value "NIL")

(defcase conses.list-length-circular-one-cell
  :category conses
  :features (list-length)
  :forms ((let ((l (list 'x)))
            (setf (cdr l) l)
            (list-length l)))
  :value "NIL")

(defcase conses.list-length-circular-tail-after-prefix
  :category conses
  :features (list-length)
  :forms ((let* ((loop-part (list 3 4 5)) (l (list* 1 2 loop-part)))
            (setf (cdr (last loop-part)) loop-part)
            (list-length l)))
  :value "NIL")

(defcase conses.list-length-dotted-signals
  :category conses
  :features (list-length)
  :forms ((funcall 'list-length (list* 1 2 3)))
  :signals type-error)

;;; ---- endp, null, listp ----

(defcase conses.endp-walks-proper-list
  :category conses
  :features (endp)
  :forms ((let ((n 0))
            (do ((l '(a b c) (cdr l))) ((endp l) n) (incf n))))
  :value "3")

(defcase conses.endp-on-dotted-tail-signals
  :category conses
  :features (endp)
  :forms ((let ((l (cons 1 2)))
            (endp (cdr l))))
  :signals type-error)

(defcase conses.endp-values
  :category conses
  :features (endp)
  :forms ((list (endp nil) (endp '(1)) (endp (cons nil nil))))
  :value "(T NIL NIL)")

(defcase conses.null-values
  :category conses
  :features (null)
  :forms ((list (null nil) (null '()) (null 0) (null '(nil)) (null (cdr '(1)))))
  :value "(T T NIL NIL T)")

;;; ---- push, pop, first..tenth, nth, nthcdr, rest ----

(defcase conses.push-returns-new-list-and-evaluates-once
  :category conses
  :features (push)
  :forms ((let ((v (vector nil nil)) (i 0))
            (list (push 'a (aref v (incf i))) (push 'b (aref v 1)) i v)))
  :value "((A) (B A) 1 #(NIL (B A)))")

(defcase conses.pop-returns-car-updates-place
  :category conses
  :features (pop)
  :forms ((let ((l (list (list 1 2 3))))
            (list (pop (car l)) (pop (first l)) l)))
  :value "(1 2 ((3)))")

(defcase conses.pop-on-nil-returns-nil
  :category conses
  :features (pop)
  :forms ((let ((l nil))
            (list (pop l) l)))
  :value "(NIL NIL)")

(defcase conses.fourth-through-ninth
  :category conses
  :features (fourth fifth sixth seventh eighth ninth)
  :forms ((let ((l '(1 2 3 4 5 6 7 8 9 10 11)))
            (list (fourth l) (fifth l) (sixth l) (seventh l) (eighth l) (ninth l))))
  :value "(4 5 6 7 8 9)")

(defcase conses.nth-accessors-past-end-nil
  :category conses
  :features (fifth tenth sixth)
  :forms ((list (fifth '(1 2)) (tenth '(1 2 3)) (sixth nil)))
  :value "(NIL NIL NIL)")

(defcase conses.setf-first-through-tenth
  :category conses
  :features (first second third fourth fifth sixth seventh eighth ninth tenth setf)
  :forms ((let ((l (make-list 10)))
            (setf (first l) 1 (second l) 2 (third l) 3 (fourth l) 4 (fifth l) 5
                  (sixth l) 6 (seventh l) 7 (eighth l) 8 (ninth l) 9 (tenth l) 10)
            l))
  :value "(1 2 3 4 5 6 7 8 9 10)")

(defcase conses.setf-rest
  :category conses
  :features (rest setf)
  :forms ((let ((l (list 1 2 3)))
            (setf (rest l) '(z))
            (list l (rest '(a)) (rest nil))))
  :value "((1 Z) NIL NIL)")

(defcase conses.nth-zero-and-setf-nth-returns
  :category conses
  :features (nth setf)
  :forms ((let ((l (list 'a 'b 'c)))
            (list (nth 0 l) (setf (nth 1 l) 'bee) l)))
  :value "(A BEE (A BEE C))")

(defcase conses.nthcdr-dotted-reaches-atom
  :category conses
  :features (nthcdr)
  :forms ((list (nthcdr 2 '(1 2 . 3)) (nthcdr 1 '(1 2 . 3)) (nthcdr 3 '(1 2))))
  :value "(3 (2 . 3) NIL)")

(defcase conses.nthcdr-negative-signals
  :category conses
  :features (nthcdr)
  :forms ((funcall 'nthcdr -1 (list 1 2)))
  :signals type-error)

;;; ---- nconc, append, revappend, nreconc ----

(defcase conses.nconc-last-argument-any-object
  :category conses
  :features (nconc)
  :forms ((list (nconc (list 1) 2) (nconc nil nil 'x) (nconc) (nconc nil (list 1) nil (list 2 3))))
  :value "((1 . 2) X NIL (1 2 3))")

(defcase conses.nconc-result-is-first-nonempty
  :category conses
  :features (nconc)
  :forms ((let* ((a (list 1 2)) (b (list 3)) (r (nconc nil a b)))
            (list (eq r a) a (eq (cddr a) b))))
  :value "(T (1 2 3) T)")

(defcase conses.append-dotted-and-atoms
  :category conses
  :features (append)
  :forms ((list (append '(1) 2) (append nil 'x) (append '(1 2) '(3 . 4)) (append nil nil) (append '(a) nil '(b))))
  :value "((1 . 2) X (1 2 3 . 4) NIL (A B))")

(defcase conses.append-copies-all-but-last
  :category conses
  :features (append)
  :forms ((let* ((a (list 1)) (b (list 2)) (c (list 3)) (r (append a b c)))
            (list (eq r a) (eq (cdr r) b) (eq (cddr r) c))))
  :value "(NIL NIL T)")

(defcase conses.revappend-dotted-tail
  :category conses
  :features (revappend)
  :forms ((let ((l (list 1 2 3)))
            (list (revappend l 'x) (revappend nil '(a)) (revappend l nil) l)))
  :value "((3 2 1 . X) (A) (3 2 1) (1 2 3))")

(defcase conses.nreconc-result
  :category conses
  :features (nreconc)
  :forms ((let ((tail (list 'd 'e)))
            (list (nreconc (list 'c 'b 'a) tail) (nreconc nil 'z))))
  :value "((A B C D E) Z)")

;;; ---- butlast, nbutlast, last ----

(defcase conses.butlast-n-variants
  :category conses
  :features (butlast)
  :forms ((let ((l '(1 2 3 4)))
            (list (butlast l) (butlast l 0) (butlast l 2) (butlast l 4) (butlast l 10) (butlast nil))))
  :value "((1 2 3) (1 2 3 4) (1 2) NIL NIL NIL)")

(defcase conses.butlast-dotted
  :category conses
  :features (butlast)
  :forms ((list (butlast '(1 2 . 3)) (butlast '(1 2 3 . 4) 2)))
  :value "((1) (1))")

(defcase conses.butlast-zero-is-copy
  :category conses
  :features (butlast)
  :forms ((let* ((l (list 1 2)) (c (butlast l 0)))
            (list (equal l c) (eq l c))))
  :value "(T NIL)")

(defcase conses.nbutlast-n-variants
  :category conses
  :features (nbutlast)
  :forms ((list (nbutlast (list 1 2 3 4) 2) (nbutlast (list 1 2 3) 0) (nbutlast (list 1) 1) (nbutlast (list 1 2) 5)))
  :value "((1 2) (1 2 3) NIL NIL)")

(defcase conses.nbutlast-modifies-list
  :category conses
  :features (nbutlast)
  :forms ((let ((l (list 'a 'b 'c 'd)))
            (nbutlast l 2)
            l))
  :value "(A B)")

(defcase conses.last-n-variants
  :category conses
  :features (last)
  :forms ((list (last '(1 2 3) 0) (last '(1 2 . 3) 0) (last '(1 2 3) 2) (last '(1 2 3) 5) (last nil) (last '(1 2 . 3) 1)))
  :value "(NIL 3 (2 3) (1 2 3) NIL (2 . 3))")

(defcase conses.last-is-tail-not-copy
  :category conses
  :features (last)
  :forms ((let ((l (list 1 2 3)))
            (eq (last l 2) (cdr l))))
  :value "T")

;;; ---- ldiff, tailp ----

(defcase conses.ldiff-tail-and-non-tail
  :category conses
  :features (ldiff)
  :forms ((let* ((l (list 1 2 3 4)) (tail (cddr l)))
            (list (ldiff l tail) (ldiff l (list 3 4)) (ldiff l nil) (ldiff l l))))
  :value "((1 2) (1 2 3 4) (1 2 3 4) NIL)")

(defcase conses.ldiff-dotted
  :category conses
  :features (ldiff)
  :forms ((let ((l '(1 2 . 3)))
            (list (ldiff l 3) (ldiff l 'x) (ldiff l (cdr l)))))
  :value "((1 2) (1 2 . 3) (1))")

(defcase conses.ldiff-result-is-fresh
  :category conses
  :features (ldiff)
  :forms ((let* ((l (list 1 2 3)) (d (ldiff l (cddr l))))
            (setf (car d) 'x)
            (list l d)))
  :value "((1 2 3) (X 2))")

(defcase conses.tailp-cases
  :category conses
  :features (tailp)
  :forms ((let ((l (list 1 2 3)))
            (list (tailp (cdr l) l) (tailp l l) (tailp nil l) (tailp (list 2 3) l) (tailp 3 '(1 2 . 3)) (tailp 'x '(1 2 . 3)))))
  :value "(T T T NIL T NIL)")

;;; ---- member family ----

(defcase conses.member-keywords
  :category conses
  :features (member)
  :forms ((list (member 2 '(1 2 3)) (member 2.0 '(1 2 3)) (member 2.0 '(1 2 3) :test #'=)
                (member 'b '((a 1) (b 2)) :key #'car) (member 1 '(1 1 2) :test-not #'eql)
                (member "b" '("a" "b") :test #'string=)))
  :value "((2 3) NIL (2 3) ((B 2)) (2) (\"b\"))")

(defcase conses.member-returns-tail-for-setf
  :category conses
  :features (member)
  :forms ((let ((l (list 1 2 3)))
            (setf (car (member 2 l)) 'two)
            l))
  :value "(1 TWO 3)")

(defcase conses.member-test-argument-order
  :category conses
  :features (member)
  :forms ((member 3 '(1 2 5 6) :test #'<))
  :value "(5 6)")

(defcase conses.member-if-key
  :category conses
  :features (member-if)
  :forms ((list (member-if #'evenp '((1) (2) (3)) :key #'car) (member-if #'stringp '(a b)) (member-if #'null '(1 nil 2))))
  :value "(((2) (3)) NIL (NIL 2))")

(defcase conses.member-if-not-key
  :category conses
  :features (member-if-not)
  :forms ((list (member-if-not #'plusp '((1) (2) (0) (3)) :key #'car) (member-if-not #'numberp '(1 2))))
  :value "(((0) (3)) NIL)")

;;; ---- mapping functions ----

(defcase conses.mapcar-multiple-lists-and-function-designator
  :category conses
  :features (mapcar)
  :forms ((list (mapcar #'+ '(1 2 3) '(10 20 30) '(100 200)) (mapcar 'car '((a) (b)))))
  :value "((111 222) (A B))")

(defcase conses.mapc-multiple-lists-returns-first
  :category conses
  :features (mapc)
  :forms ((let ((acc '()) (first-list (list 1 2 3)))
            (list (eq (mapc (lambda (x y) (push (* x y) acc)) first-list '(4 5)) first-list) (nreverse acc))))
  :value "(T (4 10))")

(defcase conses.mapcan-splices-fresh-lists
  :category conses
  :features (mapcan)
  :forms ((list (mapcan (lambda (x) (if (evenp x) (list x (* x x)) nil)) '(1 2 3 4))
                (mapcan #'list '(a b) '(1 2))))
  :value "((2 4 4 16) (A 1 B 2))")

(defcase conses.maplist-multiple-lists
  :category conses
  :features (maplist)
  :forms ((list (maplist #'append '(1 2 3) '(a b)) (maplist #'identity nil)))
  :value "(((1 2 3 A B) (2 3 B)) NIL)")

(defcase conses.mapl-applies-to-tails-returns-first
  :category conses
  :features (mapl)
  :forms ((let ((acc '()) (l (list 1 2 3)))
            (list (eq (mapl (lambda (tail) (push (length tail) acc)) l) l) acc)))
  :value "(T (1 2 3))")

(defcase conses.mapl-destructive-on-tails
  :category conses
  :features (mapl)
  :forms ((let ((l (list 1 2 3 4)))
            (mapl (lambda (tail) (setf (car tail) (reduce #'+ tail))) l)
            l))
  :value "(10 9 7 4)")

(defcase conses.mapcon-copy-list-tails
  :category conses
  :features (mapcon)
  :forms ((list (mapcon #'copy-list '(1 2 3)) (mapcon (lambda (x y) (list (car x) (car y))) '(a b) '(1 2 3))))
  :value "((1 2 3 2 3 3) (A 1 B 2))")

(defcase conses.mapcon-filters-with-nil
  :category conses
  :features (mapcon)
  :forms ((mapcon (lambda (tail) (if (and (cdr tail) (< (car tail) (cadr tail))) (list (car tail)) nil)) '(1 3 2 5 4)))
  :value "(1 2)")

;;; ---- association lists ----

(defcase conses.acons-returns-new-alist-sharing
  :category conses
  :features (acons)
  :forms ((let* ((a '((b . 2))) (b (acons 'a 1 a)))
            (list b (eq (cdr b) a) (acons 'x 'y nil))))
  :value "(((A . 1) (B . 2)) T ((X . Y)))")

(defcase conses.assoc-keywords
  :category conses
  :features (assoc)
  :forms ((let ((al '((1 . one) (2 . two) (3 . three))))
            (list (assoc 2 al) (assoc 2.0 al :test #'=) (assoc 2 al :test #'<) (assoc 1 al :test-not #'eql)
                  (assoc 3 al :key #'1+))))
  :value "((2 . TWO) (2 . TWO) (3 . THREE) (2 . TWO) (2 . TWO))")

(defcase conses.assoc-nil-key-skips-nil-element
  :category conses
  :features (assoc)
  :forms ((list (assoc nil '(nil (nil . found))) (assoc 'a '(nil (a . 1)))))
  :value "((NIL . FOUND) (A . 1))")

(defcase conses.assoc-if-and-key
  :category conses
  :features (assoc-if)
  :forms ((list (assoc-if #'evenp '((1 . a) (4 . b) (6 . c))) (assoc-if #'zerop '((1 . a) (2 . b)) :key #'1-)
                (assoc-if #'symbolp '(nil (1 . x) (b . y)))))
  :value "((4 . B) (1 . A) (B . Y))")

(defcase conses.assoc-if-not
  :category conses
  :features (assoc-if-not)
  :forms ((list (assoc-if-not #'numberp '((1 . a) (b . 2) (3 . c))) (assoc-if-not #'plusp '((1 . a) (2 . b)) :key #'-)))
  :value "((B . 2) (1 . A))")

(defcase conses.rassoc-keywords
  :category conses
  :features (rassoc)
  :forms ((let ((al '((a . 1) (b . 2) (c . "s"))))
            (list (rassoc 2 al) (rassoc "s" al) (rassoc "s" al :test #'equal) (rassoc 1 al :test #'<)
                  (rassoc 3 al :key (lambda (v) (if (numberp v) (+ v 1) v))) (rassoc 1 al :test-not #'eql))))
  :value "((B . 2) NIL (C . \"s\") (B . 2) (B . 2) (B . 2))")

(defcase conses.rassoc-if
  :category conses
  :features (rassoc-if)
  :forms ((list (rassoc-if #'stringp '((a . 1) (b . "two") (c . "three"))) (rassoc-if #'minusp '((a . 1) (b . 2)) :key #'-)
                (rassoc-if #'null '((a . 1) nil (b)))))
  :value "((B . \"two\") (A . 1) (B))")

(defcase conses.rassoc-if-not
  :category conses
  :features (rassoc-if-not)
  :forms ((list (rassoc-if-not #'numberp '((a . 1) (b . x) (c . 3))) (rassoc-if-not #'evenp '((a . 2) (b . 4)) :key #'1+)))
  :value "((B . X) (A . 2))")

(defcase conses.pairlis-lookup-and-tail
  :category conses
  :features (pairlis)
  :forms ((let ((al (pairlis '(a b c) '(1 2 3) '((d . 4)))))
            (list (length al) (cdr (assoc 'a al)) (cdr (assoc 'c al)) (cdr (assoc 'd al)) (last al))))
  :value "(4 1 3 4 ((D . 4)))")

(defcase conses.pairlis-empty
  :category conses
  :features (pairlis)
  :forms ((list (pairlis nil nil) (pairlis nil nil '((x . 1)))))
  :value "(NIL ((X . 1)))")

;;; ---- property lists: get-properties, getf, remf ----

(defcase conses.get-properties-three-values
  :category conses
  :features (get-properties)
  :forms ((multiple-value-list (get-properties '(a 1 b 2 c 3) '(c b))))
  :value "(B 2 (B 2 C 3))")

(defcase conses.get-properties-not-found
  :category conses
  :features (get-properties)
  :forms ((list (multiple-value-list (get-properties '(a 1) '(z))) (multiple-value-list (get-properties nil '(a)))))
  :value "((NIL NIL NIL) (NIL NIL NIL))")

(defcase conses.get-properties-value-nil-distinguished
  :category conses
  :features (get-properties)
  :forms ((multiple-value-list (get-properties '(x nil y 2) '(x))))
  :value "(X NIL (X NIL Y 2))")

(defcase conses.getf-default-and-first-occurrence
  :category conses
  :features (getf)
  :forms ((let ((pl '(a 1 b 2 a 3)))
            (list (getf pl 'a) (getf pl 'z) (getf pl 'z 'dflt) (getf pl 'b 'unused) (getf nil 'a))))
  :value "(1 NIL DFLT 2 NIL)")

(defcase conses.setf-getf-existing-modifies-first
  :category conses
  :features (getf setf)
  :forms ((let ((pl (list 'a 1 'b 2 'a 3)))
            (setf (getf pl 'a) 'one)
            pl))
  :value "(A ONE B 2 A 3)")

(defcase conses.setf-getf-new-property-readable
  :category conses
  :features (getf setf)
  :forms ((let ((pl nil))
            (setf (getf pl 'x) 10)
            (setf (getf pl 'y) 20)
            (list (getf pl 'x) (getf pl 'y) (length pl))))
  :value "(10 20 4)")

(defcase conses.setf-getf-default-evaluated-value-ignored
  :category conses
  :features (getf setf incf)
  :forms ((let ((pl (list 'n 5)) (evals 0))
            (incf (getf pl 'n (incf evals 100)))
            (incf (getf pl 'm (progn (incf evals) 0)) 7)
            (list (getf pl 'n) (getf pl 'm) evals)))
  :value "(6 7 101)")

(defcase conses.getf-on-place-with-keyword-indicators
  :category conses
  :features (getf)
  :forms ((let ((args '(:size 3 :color red)))
            (list (getf args :color) (getf args :size) (getf args :weight 0))))
  :value "(RED 3 0)")

(defcase conses.remf-returns-found-and-updates
  :category conses
  :features (remf)
  :forms ((let ((pl (list 'a 1 'b 2 'c 3)))
            (list (remf pl 'b) pl (remf pl 'z) pl (remf pl 'a) pl)))
  :value "(T (A 1 C 3) NIL (A 1 C 3) T (C 3))")

(defcase conses.remf-removes-first-only
  :category conses
  :features (remf)
  :forms ((let ((pl (list 'k 1 'k 2)))
            (remf pl 'k)
            pl))
  :value "(K 2)")

(defcase conses.remf-last-property-leaves-nil
  :category conses
  :features (remf)
  :forms ((let ((pl (list 'only 'v)))
            (list (remf pl 'only) pl)))
  :value "(T NIL)")

;;; ---- set operations (result order is not specified: results are sorted) ----

(defcase conses.union-keywords
  :category conses
  :features (union)
  :forms ((list (sort (copy-list (union '(1 2 3) '(2 3 4))) #'<)
                (length (union '(1.0 2.0) '(2 3) :test #'=))
                (length (union '((a 1) (b 2)) '((a 3) (c 4)) :key #'car))
                (union nil '(x))))
  :value "((1 2 3 4) 3 3 (X))")

(defcase conses.nunion-result
  :category conses
  :features (nunion)
  :forms ((list (sort (nunion (list 5 1 3) (list 3 4 1)) #'<) (sort (mapcar #'string-downcase (nunion (list "a") (list "A" "b") :test #'string-equal)) #'string<)))
  :value "((1 3 4 5) (\"a\" \"b\"))")

(defcase conses.intersection-keywords
  :category conses
  :features (intersection)
  :forms ((list (sort (copy-list (intersection '(1 2 3 4) '(2 4 6))) #'<)
                (intersection '(a b) '(c d))
                (sort (mapcar #'car (intersection '((a 1) (b 2) (c 3)) '((b 9) (c 8)) :key #'car)) #'string<)
                (length (intersection '(1 2 3) '(2.0 3.0) :test #'=))))
  :note "which element of a matching pair is kept is unspecified: only keys and counts are checked"
  :value "((2 4) NIL (B C) 2)")

(defcase conses.nintersection-result
  :category conses
  :features (nintersection)
  :forms ((list (sort (nintersection (list 1 2 3 4 5) (list 5 3 1)) #'<) (nintersection (list 'a) (list 'b))
                (flet ((key (x) (if (> x 9) (/ x 10) x)))
                  (sort (mapcar #'key (nintersection (list 10 20 30) (list 2 3) :key #'key)) #'<))))
  :value "((1 3 5) NIL (2 3))")

(defcase conses.set-difference-keywords
  :category conses
  :features (set-difference)
  :forms ((list (sort (copy-list (set-difference '(1 2 3 4 5) '(2 4))) #'<) (set-difference '(a b) nil) (set-difference nil '(a))
                (sort (copy-list (set-difference '("a" "b" "C") '("c") :test #'string-equal)) #'string<)
                (set-difference '((a 1) (b 2)) '((a 9)) :key #'car)
                (sort (copy-list (set-difference '(1 2 3) '(2) :test-not #'/=)) #'<)))
  :value "((1 3 5) (A B) NIL (\"a\" \"b\") ((B 2)) (1 3))")

(defcase conses.nset-difference-result
  :category conses
  :features (nset-difference)
  :forms ((list (sort (nset-difference (list 1 2 3 4 5 6) (list 1 3 5)) #'<)
                (nset-difference (list '(x . 1) '(y . 2)) (list '(y . 0)) :key #'car)
                (nset-difference (list 1 2) (list 1 2))))
  :value "((2 4 6) ((X . 1)) NIL)")

(defcase conses.set-exclusive-or-keywords
  :category conses
  :features (set-exclusive-or)
  :forms ((list (sort (copy-list (set-exclusive-or '(1 2 3) '(2 3 4))) #'<) (set-exclusive-or '(a) '(a))
                (sort (mapcar #'car (set-exclusive-or '((a 1) (b 2)) '((b 3) (c 4)) :key #'car)) #'string<)
                (sort (copy-list (set-exclusive-or '(1 2) '(2.0 3.0) :test #'=)) #'<)))
  :value "((1 4) NIL (A C) (1 3.0))")

(defcase conses.nset-exclusive-or-result
  :category conses
  :features (nset-exclusive-or)
  :forms ((list (sort (nset-exclusive-or (list 1 2 3 4) (list 3 4 5 6)) #'<) (nset-exclusive-or (list 'a) nil)
                (sort (nset-exclusive-or (list "x" "y") (list "Y" "z") :test #'string-equal) #'string<)))
  :value "((1 2 5 6) (A) (\"x\" \"z\"))")

(defcase conses.subsetp-keywords
  :category conses
  :features (subsetp)
  :forms ((list (subsetp '(1 2) '(3 2 1)) (subsetp '(1 4) '(1 2)) (subsetp nil '(a)) (subsetp nil nil)
                (subsetp '(1.0) '(1) :test #'=) (subsetp '((a 1)) '((a 2) (b 3)) :key #'car)
                (subsetp '("A") '("a") :test #'string-equal)))
  :value "(T NIL T T T T T)")

(defcase conses.adjoin-present-returns-same-list
  :category conses
  :features (adjoin)
  :forms ((let ((l (list 1 2 3)))
            (list (eq (adjoin 2 l) l) (adjoin 4 l) (eq (cdr (adjoin 4 l)) l))))
  :value "(T (4 1 2 3) T)")

(defcase conses.adjoin-keywords
  :category conses
  :features (adjoin)
  :forms ((list (adjoin "a" '("a")) (adjoin "a" '("a") :test #'string=) (adjoin '(a 9) '((a 1)) :key #'car)
                (adjoin 2.0 '(1 2) :test #'=) (adjoin 5 '(1 2) :test-not #'=)))
  :value "((\"a\" \"a\") (\"a\") ((A 1)) (1 2) (1 2))")

(defcase conses.adjoin-key-applied-to-item
  :category conses
  :features (adjoin)
  :forms ((adjoin '(b 0) '((a 1)) :key #'car))
  :value "((B 0) (A 1))")

(defcase conses.pushnew-key-test-and-value
  :category conses
  :features (pushnew)
  :forms ((let ((l (list '(a 1))))
            (list (pushnew '(a 2) l :key #'car) (pushnew '(b 3) l :key #'car) (pushnew 'x l :test (constantly nil)))))
  :value "(((A 1)) ((B 3) (A 1)) (X (B 3) (A 1)))")

(defcase conses.pushnew-place-evaluated-once
  :category conses
  :features (pushnew)
  :forms ((let ((v (vector nil)) (n 0))
            (pushnew 'a (aref v (progn (incf n) 0)))
            (pushnew 'a (aref v (progn (incf n) 0)))
            (list v n)))
  :value "(#((A)) 2)")

;;; ---- errors on improper arguments ----

(defcase conses.car-of-symbol-signals
  :category conses
  :features (car)
  :forms ((funcall 'car 'a))
  :signals type-error)

(defcase conses.mapcar-non-list-signals
  :category conses
  :features (mapcar)
  :forms ((funcall 'mapcar #'identity 5))
  :signals type-error)

(defcase conses.assoc-on-non-list-signals
  :category conses
  :features (assoc)
  :forms ((funcall 'assoc 'a 'b))
  :signals type-error)

(defcase conses.cons-wrong-argument-count-signals
  :category conses
  :features (cons)
  :forms ((apply 'cons '(1 2 3)))
  :signals program-error)

