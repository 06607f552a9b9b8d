;;; Chapter 15 (Arrays): bit vectors and the bit-wise array operations.
;;; A bit array is a %ARRAY (see prelude.lisp) of element type BIT whose storage is a simple vector
;;; of 0s and 1s; it is simple when it has no fill pointer, is not adjustable and is not displaced.

(defun bit-vector-p (x) (and (%arrayp x) (eq (%arr x 5) 'bit) (null (cdr (%arr x 0)))))
(defun simple-bit-vector-p (x)
  (and (bit-vector-p x) (null (%arr x 2)) (null (%arr x 3)) (null (%arr x 6))))
(defun %bit-vector (bits)
  ;; a fresh simple bit vector holding the list of bits
  (let ((v (make-array (length bits) :element-type 'bit)) (i 0))
    (dolist (b bits v)
      (unless (or (eql b 0) (eql b 1)) (%type-error b 'bit))
      (setf (aref v i) b) (setq i (+ i 1)))))

(defun %bit-op (op a b result)
  ;; the element-wise op of two bit arrays of the same dimensions into result: t (a itself), nil (a fresh
  ;; array) or a bit array of those dimensions
  (unless (and (%arrayp a) (eq (%arr a 5) 'bit)) (%type-error a '(array bit)))
  (unless (and (%arrayp b) (eq (%arr b 5) 'bit)) (%type-error b '(array bit)))
  (unless (equal (array-dimensions a) (array-dimensions b))
    (error "~S and ~S do not have the same dimensions." a b))
  (let ((out (cond ((eq result t) a)
                   ((null result) (make-array (array-dimensions a) :element-type 'bit))
                   (t result))))
    (dotimes (i (array-total-size a) out)
      (setf (row-major-aref out i) (logand 1 (funcall op (row-major-aref a i) (row-major-aref b i)))))))
(defun bit-and (a b &optional result) (%bit-op #'logand a b result))
(defun bit-ior (a b &optional result) (%bit-op #'logior a b result))
(defun bit-xor (a b &optional result) (%bit-op #'logxor a b result))
(defun bit-eqv (a b &optional result) (%bit-op #'logeqv a b result))
(defun bit-nand (a b &optional result) (%bit-op #'lognand a b result))
(defun bit-nor (a b &optional result) (%bit-op #'lognor a b result))
(defun bit-andc1 (a b &optional result) (%bit-op #'logandc1 a b result))
(defun bit-andc2 (a b &optional result) (%bit-op #'logandc2 a b result))
(defun bit-orc1 (a b &optional result) (%bit-op #'logorc1 a b result))
(defun bit-orc2 (a b &optional result) (%bit-op #'logorc2 a b result))
(defun bit-not (a &optional result) (%bit-op (lambda (x y) (declare (ignore y)) (- 1 x)) a a result))
