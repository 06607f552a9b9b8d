;;;; The object system (CLOS subset) for the reference compiler's runtime.
