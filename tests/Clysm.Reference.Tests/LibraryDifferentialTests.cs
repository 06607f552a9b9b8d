using Xunit;

namespace Clysm.Reference.Tests;

/// <summary>Runtime library parts checked against SBCL on many inputs at once (the corpus has one case
/// per feature): calendar conversion over four centuries and odd time zones, and the pretty printer's
/// list layouts across right margins.</summary>
[Collection("engine")]
public sealed class LibraryDifferentialTests(EngineFixture engine)
{
    [SkippableFact]
    public void Universal_time_decodes_and_encodes_as_sbcl_does()
    {
        // every 1,000,003rd second from 1900 to about 2027, in zones west and east and a fractional one
        Differential.AssertAgrees(engine, """
            (dolist (zone '(0 5 -9 7/2))
              (do ((ut 0 (+ ut 1000003007))) ((> ut 4000000000))
                (let ((d (multiple-value-list (decode-universal-time ut zone))))
                  (format t "~D ~A ~S ~D~%" ut zone d (apply #'encode-universal-time (append (subseq d 0 6) (list zone)))))))
            (format t "~S~%" (multiple-value-list (decode-universal-time (encode-universal-time 59 59 23 31 12 1999 0) 0)))
            (format t "~S~%" (multiple-value-list (decode-universal-time (encode-universal-time 0 0 0 1 3 2100 -1) -1)))
            """, 18);
    }

    [SkippableFact]
    public void Pprint_fill_linear_and_tabular_lay_out_as_sbcl_does()
    {
        Differential.AssertAgrees(engine, """
            (let ((*print-pretty* t))
              (dolist (margin '(6 10 14 20 40))
                (let ((*print-right-margin* margin))
                  (dolist (f (list #'pprint-fill #'pprint-linear))
                    (format t "~S~%" (with-output-to-string (s) (funcall f s '(aa bbb c dddd ee f))))
                    (format t "~S~%" (with-output-to-string (s) (funcall f s '(aa bbb c dddd) nil)))))))
            (let ((*print-pretty* t) (*print-right-margin* 80))
              (format t "~S~%" (with-output-to-string (s) (pprint-tabular s '(a bbbbb cc ddddddd e) t nil 6)))
              (format t "~S~%" (with-output-to-string (s) (pprint-logical-block (s '(1 2 3 4 5) :prefix "<" :suffix ">")
                                                             (loop (pprint-exit-if-list-exhausted) (write (pprint-pop) :stream s)
                                                                   (pprint-exit-if-list-exhausted) (write-string ", " s)))))
              (format t "~S~%" (with-output-to-string (s) (pprint-logical-block (s nil :per-line-prefix ";; ")
                                                             (write-string "one" s) (pprint-newline :mandatory s) (write-string "two" s))))
              (let ((*print-length* 3)) (format t "~S~%" (with-output-to-string (s) (pprint-fill s '(1 2 3 4 5))))))
            """, 56);
    }

    [SkippableFact]
    public void Inverse_functions_outside_their_real_domain_are_sbcls_complexes()
    {
        // the branch and the format of each part exactly, the value to 1e-5 (SBCL computes single-float
        // arguments in single precision, which can differ from the correctly rounded value by an ulp)
        Differential.AssertAgrees(engine, """
            (defun parts (z) (list (round (* 100000 (realpart z))) (round (* 100000 (imagpart z))) (type-of (realpart z))))
            (let ((*print-pretty* nil))
              (dolist (x (list 2.0 -2.0 3d0 -3d0 1.5 -7/2 2 -1.0001d0 1.0001d0))
                (format t "~S~%" (list x (parts (asin x)) (parts (acos x)) (parts (atanh x)))))
              (dolist (x (list 0.5 0 -0.5d0 -1 -2.0 -3d0))
                (format t "~S~%" (list x (parts (acosh x))))))
            """, 15);
    }
}
