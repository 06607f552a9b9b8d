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
