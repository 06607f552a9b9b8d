;;; Chapter 18 (Hash Tables): what prelude.lisp leaves out. A table keeps its entries in insertion
;;; order and never rehashes; its rehash size and threshold are what make-hash-table was given, or
;;; SBCL's defaults.

(defun hash-table-rehash-size (h) (or (svref (%hash-slots h) 3) 1.5))
(defun hash-table-rehash-threshold (h) (or (svref (%hash-slots h) 4) 1))
