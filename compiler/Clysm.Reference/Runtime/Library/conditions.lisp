;;; Chapter 9 (Conditions): what prelude.lisp's condition system leaves out.

;; no debugger is ever entered, so nothing breaks on a signal; the variable exists for programs that bind it
(defvar *break-on-signals* nil)
