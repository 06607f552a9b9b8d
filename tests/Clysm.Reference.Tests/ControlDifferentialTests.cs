using Xunit;

namespace Clysm.Reference.Tests;

/// <summary>The evaluation and control chapters against SBCL: each program prints one line per check and
/// must print exactly what `sbcl --script` prints for it (the expectations are SBCL's output, computed when
/// the test runs). Programs combine the features (CLOS with conditions, restarts with places...) in ways
/// the corpus's one-feature cases do not.</summary>
[Collection("engine")]
public sealed class ControlDifferentialTests(EngineFixture engine)
{
    private const string Print = "(defmacro show (form) `(format t \"~S~%\" ,form))\n";

    [SkippableFact]
    public void Clos_classes_generic_functions_and_method_combination()
    {
        Differential.AssertAgrees(engine, Print + """
            (defclass shape () ((name :initarg :name :initform "anon" :accessor shape-name)
                                (count :allocation :class :initform 0 :accessor shape-count)))
            (defclass circle (shape) ((r :initarg :r :reader circle-r)) (:default-initargs :r 1))
            (defclass square (shape) ((side :initarg :side :accessor side)))
            (defclass colored () ((color :initarg :color :initform 'black :reader color)))
            (defclass colored-square (colored square) ())
            (defmethod initialize-instance :after ((s shape) &key) (incf (shape-count s)))
            (defgeneric area (s))
            (defmethod area ((c circle)) (* 3 (circle-r c) (circle-r c)))
            (defmethod area ((s square)) (* (side s) (side s)))
            (defmethod area :around ((s colored-square)) (list 'colored (call-next-method)))
            (defgeneric describe-it (x) (:method-combination list))
            (defmethod describe-it list ((x shape)) 'shape)
            (defmethod describe-it list ((x colored)) 'colored)
            (defmethod describe-it list ((x square)) 'square)
            (defgeneric kind (x y))
            (defmethod kind ((x integer) (y integer)) 'ints)
            (defmethod kind ((x integer) y) (list 'int-any (next-method-p)))
            (defmethod kind (x (y (eql :k))) 'eql-k)
            (defmethod kind (x y) 'default)
            (defmethod print-object ((s square) stream) (format stream "#<SQ ~A>" (side s)))
            (let ((c (make-instance 'circle)) (sq (make-instance 'colored-square :side 3 :name "sq")))
              (show (list (area c) (area sq) (shape-name c) (shape-name sq) (color sq)))
              (show (describe-it sq))
              (show (shape-count c))
              (show (list (class-name (find-class 'colored-square)) (eq (find-class 'circle) (class-of c)) (class-name (class-of 'sym))))
              (show (list (kind 1 2) (kind 1 'a) (kind 'a :k) (kind 'a 'b)))
              (show (prin1-to-string sq))
              (show (list (typep sq 'square) (typep sq 'circle) (subtypep 'colored-square 'shape) (type-of c)))
              (setf (side sq) 4)
              (show (list (area sq) (slot-value sq 'side) (slot-boundp c 'r) (slot-exists-p c 'side)))
              (show (handler-case (make-instance 'circle :bogus 1) (error () 'invalid-initarg)))
              (change-class c 'square :side 2)
              (show (list (class-name (class-of c)) (area c) (shape-name c)))
              (show (handler-case (slot-value (make-instance 'square) 'side) (unbound-slot (e) (list 'unbound (cell-error-name e))))))
            """, 11);
    }

    [SkippableFact]
    public void Conditions_restarts_and_places()
    {
        Differential.AssertAgrees(engine, Print + """
            (define-condition bad-value (error) ((value :initarg :value :reader bad-value-of))
              (:report (lambda (c s) (format s "bad value ~S" (bad-value-of c)))))
            (define-condition worse-value (bad-value) () (:default-initargs :value 'worst))
            (defun checked (x) (if (integerp x) x (restart-case (error 'bad-value :value x)
                                                   (use-value (v) :report "use another" v)
                                                   (skip () :test (lambda (c) (typep c 'worse-value)) 0))))
            (show (handler-bind ((bad-value (lambda (c) (use-value (length (format nil "~A" c)) c)))) (checked "s")))
            (show (handler-case (checked 'q) (error (c) (princ-to-string c))))
            (show (princ-to-string (make-condition 'worse-value)))
            (show (handler-bind ((error (lambda (c) (list (and (find-restart 'skip c) t) (and (find-restart 'use-value c) t))
                                          (invoke-restart (find-restart 'use-value c) 5))))
                    (checked 1/2)))
            (show (restart-bind ((twice (lambda (x) (* 2 x)))) (invoke-restart 'twice 21)))
            (show (let ((x 'a)) (handler-bind ((type-error (lambda (c) (store-value 7 c)))) (check-type x integer)) x))
            (show (let ((l (list 1 2 3)) (v (vector 1 2 3)) (i 0))
                    (rotatef (aref v (incf i)) (aref v (incf i)))
                    (shiftf (first l) (second l) 'new)
                    (list l v i)))
            (show (let ((pl (list :a 1 :b 2))) (list (remf pl :a) pl (getf pl :b) (incf (getf pl :c 10)) pl)))
            (show (let ((h (make-hash-table)) (n 0)) (incf (gethash (incf n) h 100)) (list n (gethash 1 h))))
            (show (let ((a 1) (b 2)) (psetf a b b a) (multiple-value-list (setf (values a b) (values b a)))))
            """, 10);
    }

    [SkippableFact]
    public void Loop_macros_types_and_eval()
    {
        Differential.AssertAgrees(engine, Print + """
            (deftype small-int (&optional (limit 10)) `(integer 0 (,limit)))
            (defmacro with-env-test (form &environment env) `(quote ,(macroexpand-1 form env)))
            (show (loop for x in '(1 2 3 4 5) when (and (oddp x) (* x 10)) collect it))
            (show (loop for x = 1 then y and y = 1 then (+ x y) repeat 6 collect x))
            (show (loop for x in '(3 8 2) maximize x into m finally (return (list m 'done))))
            (show (loop for i from 0 do (when (= i 3) (loop-finish)) collect i))
            (show (list (typep 5 'small-int) (typep 10 'small-int) (typep 10 '(small-int 20)) (subtypep '(small-int 5) 'integer)))
            (show (macrolet ((twice (x) `(* 2 ,x))) (with-env-test (twice 4))))
            (show (let ((x 10)) (eval `(+ ,x 1))))
            (show (eval (list 'let '((a 1) (b 2)) '(list b a))))
            (show (let ((v 'inner)) (eval ``(a ,',v))))
            (show (multiple-value-list (eval '(floor 7 2))))
            (show (destructuring-bind (a &optional ((b c) '(2 3)) &key ((:d (e f)) '(5 6))) '(1 (20 30) :d (50 60)) (list a b c e f)))
            (show (funcall (compile nil '(lambda (x) (* x x))) 7))
            """, 12);
    }
}
