;;;; corpus/forms/characters.lisp — characters (CLHS 13). Expectations: SBCL 2.2.9.

(defcase characters.char-code-a
  :category characters
  :features (char-code)
  :forms ((char-code #\a))
  :value "97")

(defcase characters.char-code-upper-a
  :category characters
  :features (char-code)
  :forms ((char-code #\A))
  :value "65")

(defcase characters.char-code-digit-zero
  :category characters
  :features (char-code)
  :forms ((char-code #\0))
  :value "48")

(defcase characters.char-code-space
  :category characters
  :features (char-code)
  :forms ((char-code #\Space))
  :value "32")

(defcase characters.char-code-newline
  :category characters
  :features (char-code)
  :forms ((char-code #\Newline))
  :value "10")

(defcase characters.code-char-round-trip
  :category characters
  :features (code-char)
  :forms ((code-char 98))
  :value "#\\b")

(defcase characters.code-char-of-char-code
  :category characters
  :features (code-char char-code)
  :forms ((code-char (+ (char-code #\a) 25)))
  :value "#\\z")

(defcase characters.char-code-limit-large
  :category characters
  :features (char-code-limit)
  :forms ((> char-code-limit 255))
  :value "T")

(defcase characters.char-upcase
  :category characters
  :features (char-upcase)
  :forms ((list (char-upcase #\a) (char-upcase #\Z) (char-upcase #\1)))
  :value "(#\\A #\\Z #\\1)")

(defcase characters.char-downcase
  :category characters
  :features (char-downcase)
  :forms ((list (char-downcase #\A) (char-downcase #\z) (char-downcase #\%)))
  :value "(#\\a #\\z #\\%)")

(defcase characters.upper-lower-case-p
  :category characters
  :features (upper-case-p lower-case-p)
  :forms ((list (upper-case-p #\A) (upper-case-p #\a) (lower-case-p #\a) (lower-case-p #\5)))
  :value "(T NIL T NIL)")

(defcase characters.both-case-p
  :category characters
  :features (both-case-p)
  :forms ((list (both-case-p #\a) (both-case-p #\5) (both-case-p #\Space)))
  :value "(T NIL NIL)")

(defcase characters.alpha-char-p
  :category characters
  :features (alpha-char-p)
  :forms ((list (alpha-char-p #\a) (alpha-char-p #\Z) (alpha-char-p #\3) (alpha-char-p #\-)))
  :value "(T T NIL NIL)")

(defcase characters.alphanumericp
  :category characters
  :features (alphanumericp)
  :forms ((list (alphanumericp #\a) (alphanumericp #\7) (alphanumericp #\_)))
  :value "(T T NIL)")

(defcase characters.digit-char-p-decimal
  :category characters
  :features (digit-char-p)
  :forms ((list (digit-char-p #\0) (digit-char-p #\9) (digit-char-p #\a)))
  :value "(0 9 NIL)")

(defcase characters.digit-char-p-hex
  :category characters
  :features (digit-char-p)
  :forms ((list (digit-char-p #\a 16) (digit-char-p #\F 16) (digit-char-p #\g 16)))
  :value "(10 15 NIL)")

(defcase characters.digit-char-p-radix-2
  :category characters
  :features (digit-char-p)
  :forms ((list (digit-char-p #\1 2) (digit-char-p #\2 2)))
  :value "(1 NIL)")

(defcase characters.digit-char-p-radix-36
  :category characters
  :features (digit-char-p)
  :forms ((digit-char-p #\z 36))
  :value "35")

(defcase characters.digit-char
  :category characters
  :features (digit-char)
  :forms ((list (digit-char 7) (digit-char 11 16) (digit-char 12 10)))
  :value "(#\\7 #\\B NIL)")

(defcase characters.graphic-char-p
  :category characters
  :features (graphic-char-p)
  :forms ((list (graphic-char-p #\a) (graphic-char-p #\Space) (graphic-char-p #\Newline)))
  :value "(T T NIL)")

(defcase characters.standard-char-p
  :category characters
  :features (standard-char-p)
  :forms ((list (standard-char-p #\a) (standard-char-p #\Newline)))
  :value "(T T)")

(defcase characters.char-equal-case-insensitive
  :category characters
  :features (char-equal)
  :forms ((list (char-equal #\a #\A) (char-equal #\a #\b)))
  :value "(T NIL)")

(defcase characters.char-eq-case-sensitive
  :category characters
  :features (char=)
  :forms ((list (char= #\a #\a) (char= #\a #\A)))
  :value "(T NIL)")

(defcase characters.char-eq-many-args
  :category characters
  :features (char=)
  :forms ((list (char= #\x #\x #\x) (char= #\x #\x #\y)))
  :value "(T NIL)")

(defcase characters.char-ne-all-distinct
  :category characters
  :features (char/=)
  :forms ((list (char/= #\a #\b #\c) (char/= #\a #\b #\a)))
  :value "(T NIL)")

(defcase characters.char-lt-ordering
  :category characters
  :features (char<)
  :forms ((list (char< #\a #\b) (char< #\b #\a) (char< #\a #\b #\c) (char< #\a #\c #\b)))
  :value "(T NIL T NIL)")

(defcase characters.char-le-ge-gt-ordering
  :category characters
  :features (char<= char>=)
  :forms ((list (char<= #\a #\a #\b) (char>= #\c #\b #\b) (char> #\b #\a)))
  :value "(T T T)")

(defcase characters.digits-ordered
  :category characters
  :features (char<)
  :forms ((char< #\0 #\1 #\2 #\3 #\4 #\5 #\6 #\7 #\8 #\9))
  :value "T")

(defcase characters.letters-ordered
  :category characters
  :features (char<)
  :forms ((list (char< #\a #\b #\z) (char< #\A #\B #\Z)))
  :value "(T T)")

(defcase characters.char-lessp-case-insensitive
  :category characters
  :features (char-lessp)
  :forms ((list (char-lessp #\a #\B) (char-greaterp #\b #\A) (char-not-lessp #\a #\A)))
  :value "(T T T)")

(defcase characters.char-name-space
  :category characters
  :features (char-name)
  :forms ((char-name #\Space))
  :value "\"Space\"")

(defcase characters.char-name-newline
  :category characters
  :features (char-name)
  :forms ((char-name #\Newline))
  :value "\"Newline\"")

(defcase characters.name-char-space
  :category characters
  :features (name-char char=)
  :forms ((char= (name-char "Space") #\Space))
  :value "T")

(defcase characters.name-char-case-insensitive
  :category characters
  :features (name-char)
  :forms ((name-char "newline"))
  :value "#\\Newline")

(defcase characters.name-char-unknown
  :category characters
  :features (name-char)
  :forms ((name-char "no-such-character-name"))
  :value "NIL")

(defcase characters.character-of-string
  :category characters
  :features (character)
  :forms ((character "x"))
  :value "#\\x")

(defcase characters.character-of-symbol
  :category characters
  :features (character)
  :forms ((character 'y))
  :value "#\\Y")

(defcase characters.characterp
  :category characters
  :features (characterp)
  :forms ((list (characterp #\a) (characterp "a") (characterp 97)))
  :value "(T NIL NIL)")

(defcase characters.char-printing-prin1
  :category characters
  :features (prin1-to-string)
  :forms ((list (prin1-to-string #\a) (prin1-to-string #\Newline)))
  :value "(\"#\\\\a\" \"#\\\\Newline\")")

(defcase characters.char-printing-princ
  :category characters
  :features (princ-to-string)
  :forms ((princ-to-string #\a))
  :value "\"a\"")

(defcase characters.char-int-equals-code
  :category characters
  :features (char-int char-code)
  :forms ((= (char-int #\a) (char-code #\a)))
  :value "T")

(defcase characters.eql-characters
  :category characters
  :features (eql)
  :forms ((list (eql #\a #\a) (eql #\a #\A) (eql #\a (char "abc" 0))))
  :value "(T NIL T)")

(defcase characters.char-code-arithmetic-shift
  :category characters
  :features (char-code code-char)
  :forms ((map 'string (lambda (c) (code-char (1+ (char-code c)))) "HAL"))
  :value "\"IBM\"")

(defcase characters.char-upcase-in-map
  :category characters
  :features (char-upcase map)
  :forms ((map 'list #'char-upcase "ab1"))
  :value "(#\\A #\\B #\\1)")

(defcase characters.digit-char-p-value-sum
  :category characters
  :features (digit-char-p reduce)
  :forms ((reduce #'+ (map 'list #'digit-char-p "12345")))
  :value "15")

(defcase characters.char-code-of-tab
  :category characters
  :features (char-code)
  :forms ((char-code #\Tab))
  :value "9")

(defcase characters.char-name-tab
  :category characters
  :features (char-name)
  :forms ((char-name #\Tab))
  :value "\"Tab\"")

(defcase characters.upcase-downcase-round-trip
  :category characters
  :features (char-upcase char-downcase)
  :forms ((every (lambda (c) (char= c (char-downcase (char-upcase c)))) "abcdefghijklmnopqrstuvwxyz"))
  :value "T")

(defcase characters.char-equal-many
  :category characters
  :features (char-equal)
  :forms ((char-equal #\a #\A #\a))
  :value "T")

(defcase characters.char-not-equal
  :category characters
  :features (char-not-equal)
  :forms ((list (char-not-equal #\a #\B) (char-not-equal #\a #\A)))
  :value "(T NIL)")

(defcase characters.char-comparison-type-error
  :category characters
  :note "not an exceptional situation of the standard (consequences undefined): the safe-code error SBCL signals"
  :features (char<)
  :forms ((char< #\a (identity 1)))
  :signals type-error)

(defcase characters.char-code-of-non-char-signals
  :category characters
  :features (char-code)
  :forms ((char-code (identity "a")))
  :signals type-error)

(defcase characters.character-of-long-string-signals
  :category characters
  :features (character)
  :forms ((character (identity "ab")))
  :signals type-error)

(defcase characters.case-on-characters
  :category characters
  :features (case)
  :forms ((mapcar (lambda (c) (case c (#\a 'letter-a) ((#\1 #\2) 'digit) (t 'other))) '(#\a #\2 #\z)))
  :value "(LETTER-A DIGIT OTHER)")

(defcase characters.char-position-in-alphabet
  :category characters
  :features (char-code)
  :forms ((- (char-code #\k) (char-code #\a)))
  :value "10")

(defcase characters.char-max-code
  :category characters
  :features (char<)
  :forms ((char< (code-char 0) #\a))
  :value "T")

(defcase characters.char-code-unicode-lambda
  :category characters
  :features (char-code code-char)
  :forms ((char-code (code-char 955)))
  :value "955")

(defcase characters.digit-weight
  :category characters
  :features (digit-char-p)
  :forms ((loop for c across "0123456789" collect (digit-char-p c)))
  :value "(0 1 2 3 4 5 6 7 8 9)")

(defcase characters.character-predicate-on-list
  :category characters
  :features (every characterp)
  :forms ((every #'characterp '(#\a #\Space #\Newline)))
  :value "T")

(defcase characters.string-to-char-codes
  :category characters
  :features (map char-code)
  :forms ((map 'list #'char-code "AZaz"))
  :value "(65 90 97 122)")

(defcase characters.char-sort
  :category characters
  :features (sort char<)
  :forms ((sort (list #\c #\a #\b) #'char<))
  :value "(#\\a #\\b #\\c)")

(defcase characters.char-find-in-string
  :category characters
  :features (find char-equal)
  :forms ((find #\E "hello" :test #'char-equal))
  :value "#\\e")

(defcase characters.standard-char-upper-lower
  :category characters
  :features (char-upcase char-downcase)
  :forms ((list (char-downcase #\A) (char-upcase #\z)))
  :value "(#\\a #\\Z)")

(defcase characters.char-reader-case
  :category characters
  :features (char=)
  :forms ((char= #\A (char "A" 0)))
  :value "T")

(defcase characters.digit-char-radix-16-upper
  :category characters
  :features (digit-char)
  :forms ((digit-char 15 16))
  :value "#\\F")

(defcase characters.char-equal-digits
  :category characters
  :features (char-equal)
  :forms ((char-equal #\1 #\1))
  :value "T")

(defcase characters.char-upcase-idempotent
  :category characters
  :features (char-upcase)
  :forms ((char-upcase (char-upcase #\q)))
  :value "#\\Q")

(defcase characters.digit-char-p-uppercase-hex
  :category characters
  :features (digit-char-p)
  :forms ((digit-char-p #\B 16))
  :value "11")

(defcase characters.char-name-of-code-10
  :category characters
  :features (char-name code-char)
  :forms ((char-name (code-char 10)))
  :value "\"Newline\"")

(defcase characters.alpha-vs-digit-counts
  :category characters
  :features (count-if alpha-char-p digit-char-p)
  :forms ((let ((s "a1b2c3d"))
            (list (count-if #'alpha-char-p s) (count-if #'digit-char-p s))))
  :value "(4 3)")

(defcase characters.char-greaterp-many
  :category characters
  :features (char-greaterp)
  :forms ((list (char-greaterp #\c #\B #\a) (char-greaterp #\c #\C)))
  :value "(T NIL)")

(defcase characters.code-char-digits-sequence
  :category characters
  :features (code-char)
  :forms ((loop for i from 48 below 58 collect (code-char i)))
  :value "(#\\0 #\\1 #\\2 #\\3 #\\4 #\\5 #\\6 #\\7 #\\8 #\\9)")

;;; ---- the 96 standard characters and every predicate (CLHS 13.1.2, 13.2) ----
;;; Each case builds the standard character repertoire: 26 + 26 letters, 10 digits, Space,
;;; Newline and the 32 other graphic standard characters.

(defcase characters.standard-repertoire-predicate-counts
  :category characters
  :features (alpha-char-p alphanumericp digit-char-p graphic-char-p standard-char-p upper-case-p lower-case-p both-case-p)
  :forms ((let ((chars (coerce (format nil "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ~C!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~~" #\Newline) 'list)))
            (list (length chars)
                  (count-if #'alpha-char-p chars) (count-if #'alphanumericp chars) (count-if #'digit-char-p chars)
                  (count-if #'graphic-char-p chars) (count-if #'standard-char-p chars)
                  (count-if #'upper-case-p chars) (count-if #'lower-case-p chars) (count-if #'both-case-p chars))))
  :value "(96 52 62 10 95 96 26 26 52)")

(defcase characters.graphic-char-p-space-and-newline
  :category characters
  :features (graphic-char-p)
  :forms ((list (graphic-char-p #\Space) (graphic-char-p #\Newline) (graphic-char-p #\~) (graphic-char-p #\a) (graphic-char-p #\Tab)))
  :value "(T NIL T T NIL)")

(defcase characters.standard-char-p-semi-standard-not-standard
  :category characters
  :features (standard-char-p)
  :forms ((list (standard-char-p #\Newline) (standard-char-p #\Space) (standard-char-p #\Tab) (standard-char-p #\Return)
                (standard-char-p #\Page) (standard-char-p #\Z)))
  :value "(T T NIL NIL NIL T)")

(defcase characters.standard-char-p-non-character-signals
  :category characters
  :features (standard-char-p)
  :forms ((funcall 'standard-char-p "a"))
  :signals type-error)

(defcase characters.alpha-char-p-punctuation-and-digits
  :category characters
  :features (alpha-char-p)
  :forms ((mapcar #'alpha-char-p (list #\a #\Z #\0 #\_ #\- #\Space #\Newline)))
  :value "(T T NIL NIL NIL NIL NIL)")

(defcase characters.alphanumericp-each-class
  :category characters
  :features (alphanumericp)
  :forms ((mapcar #'alphanumericp (list #\q #\Q #\5 #\. #\Space #\@)))
  :value "(T T T NIL NIL NIL)")

(defcase characters.alpha-char-p-non-character-signals
  :category characters
  :features (alpha-char-p)
  :forms ((funcall 'alpha-char-p 65))
  :signals type-error)

(defcase characters.case-predicates-on-non-letters
  :category characters
  :features (upper-case-p lower-case-p both-case-p)
  :forms ((mapcar (lambda (c) (list (upper-case-p c) (lower-case-p c) (both-case-p c))) (list #\A #\a #\5 #\Space #\!)))
  :value "((T NIL T) (NIL T T) (NIL NIL NIL) (NIL NIL NIL) (NIL NIL NIL))")

(defcase characters.upper-case-p-non-character-signals
  :category characters
  :features (upper-case-p)
  :forms ((funcall 'upper-case-p 'a))
  :signals type-error)

;;; ---- case conversion ----

(defcase characters.char-upcase-downcase-all-letters
  :category characters
  :features (char-upcase char-downcase)
  :forms ((let ((lower "abcdefghijklmnopqrstuvwxyz") (upper "ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
            (list (every (lambda (l u) (and (char= (char-upcase l) u) (char= (char-downcase u) l)
                                            (char= (char-upcase u) u) (char= (char-downcase l) l)))
                         lower upper))))
  :value "(T)")

(defcase characters.char-upcase-non-letters-identity
  :category characters
  :features (char-upcase char-downcase)
  :forms ((let ((others (coerce (format nil "0123456789 ~C!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~~" #\Newline) 'list)))
            (list (every (lambda (c) (and (char= (char-upcase c) c) (char= (char-downcase c) c))) others))))
  :value "(T)")

(defcase characters.case-conversion-preserves-predicates
  :category characters
  :features (char-upcase char-downcase upper-case-p lower-case-p)
  :forms ((list (upper-case-p (char-upcase #\m)) (lower-case-p (char-downcase #\M)) (char-upcase #\m) (char-downcase #\M)))
  :value "(T T #\\M #\\m)")

(defcase characters.char-upcase-non-character-signals
  :category characters
  :features (char-upcase)
  :forms ((funcall 'char-upcase "a"))
  :signals type-error)

;;; ---- digit-char-p, digit-char with radix ----

(defcase characters.digit-char-p-radix-bounds
  :category characters
  :features (digit-char-p)
  :forms ((list (digit-char-p #\7 8) (digit-char-p #\8 8) (digit-char-p #\1 2) (digit-char-p #\2 2)
                (digit-char-p #\A 11) (digit-char-p #\B 11) (digit-char-p #\z 36) (digit-char-p #\Z 35)))
  :value "(7 NIL 1 NIL 10 NIL 35 NIL)")

(defcase characters.digit-char-p-default-radix-ten
  :category characters
  :features (digit-char-p)
  :forms ((list (digit-char-p #\0) (digit-char-p #\9) (digit-char-p #\a) (digit-char-p #\Space)))
  :value "(0 9 NIL NIL)")

(defcase characters.digit-char-p-both-cases-radix-36
  :category characters
  :features (digit-char-p)
  :forms ((loop for (u l) in '((#\A #\a) (#\J #\j) (#\T #\t) (#\Z #\z))
                collect (list (digit-char-p u 36) (digit-char-p l 36))))
  :value "((10 10) (19 19) (29 29) (35 35))")

(defcase characters.digit-char-all-weights-radix-36
  :category characters
  :features (digit-char)
  :forms ((coerce (loop for w below 36 collect (digit-char w 36)) 'string))
  :value "\"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ\"")

(defcase characters.digit-char-weight-not-below-radix
  :category characters
  :features (digit-char)
  :forms ((list (digit-char 0 2) (digit-char 1 2) (digit-char 2 2) (digit-char 9) (digit-char 10) (digit-char 15 16) (digit-char 16 16)))
  :value "(#\\0 #\\1 NIL #\\9 NIL #\\F NIL)")

(defcase characters.digit-char-inverts-digit-char-p
  :category characters
  :features (digit-char digit-char-p)
  :forms ((loop for radix in '(2 8 10 16 36)
                collect (loop for w below radix always (= (digit-char-p (digit-char w radix) radix) w))))
  :value "(T T T T T)")

;;; ---- comparisons with several arguments ----

(defcase characters.char-less-several-arguments
  :category characters
  :features (char<)
  :forms ((list (char< #\a #\b #\c #\d) (char< #\a #\c #\b) (char< #\a #\a #\b) (char< #\z) (char< #\0 #\5 #\9)))
  :value "(T NIL NIL T T)")

(defcase characters.char-greater-several-arguments
  :category characters
  :features (char>)
  :forms ((list (char> #\z #\m #\a) (char> #\z #\a #\m) (char> #\c #\c) (char> #\Z #\A) (char> #\9 #\0)))
  :value "(T NIL NIL T T)")

(defcase characters.char-less-equal-several-arguments
  :category characters
  :features (char<=)
  :forms ((list (char<= #\a #\a #\b #\b) (char<= #\b #\a) (char<= #\A #\B #\B #\C) (char<= #\x)))
  :value "(T NIL T T)")

(defcase characters.char-greater-equal-several-arguments
  :category characters
  :features (char>=)
  :forms ((list (char>= #\c #\c #\b #\a) (char>= #\a #\b) (char>= #\9 #\9 #\0) (char>= #\q)))
  :value "(T NIL T T)")

(defcase characters.char-eq-one-and-several
  :category characters
  :features (char=)
  :forms ((list (char= #\a) (char= #\a #\a #\a #\a) (char= #\a #\a #\A) (char= #\Space #\Space)))
  :value "(T T NIL T)")

(defcase characters.char-ne-pairwise-not-adjacent
  :category characters
  :features (char/=)
  :forms ((list (char/= #\a #\b #\c) (char/= #\a #\b #\a) (char/= #\a) (char/= #\a #\A)))
  :value "(T NIL T T)")

(defcase characters.char-comparison-no-arguments-signals
  :category characters
  :features (char=)
  :forms ((apply #'char= nil))
  :signals program-error)

(defcase characters.char-less-no-arguments-signals
  :category characters
  :features (char<)
  :forms ((funcall 'char<))
  :signals program-error)

(defcase characters.char-equal-several-mixed-case
  :category characters
  :features (char-equal)
  :forms ((list (char-equal #\a #\A #\a) (char-equal #\a #\A #\b) (char-equal #\Z) (char-equal #\1 #\1)))
  :value "(T NIL T T)")

(defcase characters.char-not-equal-pairwise
  :category characters
  :features (char-not-equal)
  :forms ((list (char-not-equal #\a #\B #\c) (char-not-equal #\a #\b #\A) (char-not-equal #\x #\X) (char-not-equal #\q)))
  :value "(T NIL NIL T)")

(defcase characters.char-lessp-several-mixed-case
  :category characters
  :features (char-lessp)
  :forms ((list (char-lessp #\a #\B #\c) (char-lessp #\A #\b #\B) (char-lessp #\a #\A) (char-lessp #\0 #\1 #\2)))
  :value "(T NIL NIL T)")

(defcase characters.char-greaterp-several
  :category characters
  :features (char-greaterp)
  :forms ((list (char-greaterp #\C #\b #\A) (char-greaterp #\c #\B #\b) (char-greaterp #\B #\a)))
  :value "(T NIL T)")

(defcase characters.char-not-greaterp-several
  :category characters
  :features (char-not-greaterp)
  :forms ((list (char-not-greaterp #\a #\A #\b #\B) (char-not-greaterp #\b #\A) (char-not-greaterp #\x #\X) (char-not-greaterp #\m)))
  :value "(T NIL T T)")

(defcase characters.char-not-lessp-several
  :category characters
  :features (char-not-lessp)
  :forms ((list (char-not-lessp #\B #\b #\a #\A) (char-not-lessp #\a #\B) (char-not-lessp #\Q #\q) (char-not-lessp #\9 #\0)))
  :value "(T NIL T T)")

(defcase characters.ordering-guarantees-of-the-standard
  :category characters
  :features (char< char>)
  :forms ((list (char< #\A #\B #\C #\D #\E #\F #\G #\H #\I #\J #\K #\L #\M #\N #\O #\P #\Q #\R #\S #\T #\U #\V #\W #\X #\Y #\Z)
                (char< #\a #\b #\c #\d #\e #\f #\g #\h #\i #\j #\k #\l #\m #\n #\o #\p #\q #\r #\s #\t #\u #\v #\w #\x #\y #\z)
                (char< #\0 #\1 #\2 #\3 #\4 #\5 #\6 #\7 #\8 #\9)
                (or (char< #\9 #\A) (char< #\Z #\0))
                (or (char< #\9 #\a) (char< #\z #\0))))
  :value "(T T T T T)")

(defcase characters.char-comparisons-agree-with-codes
  :category characters
  :features (char< char-code)
  :forms ((let ((pairs '((#\a . #\b) (#\b . #\a) (#\0 . #\9) (#\A . #\Z))))
            (loop for (x . y) in pairs always (eq (char< x y) (< (char-code x) (char-code y))))))
  :value "T")

;;; ---- character, characterp, char-code, code-char, char-int ----

(defcase characters.character-designators
  :category characters
  :features (character)
  :forms ((list (character #\q) (character "w") (character 'x) (character '|y|)))
  :value "(#\\q #\\w #\\X #\\y)")

(defcase characters.character-of-integer-signals
  :category characters
  :features (character)
  :forms ((funcall 'character 65))
  :signals type-error)

(defcase characters.character-of-empty-string-signals
  :category characters
  :features (character)
  :forms ((funcall 'character ""))
  :signals type-error)

(defcase characters.characterp-kinds
  :category characters
  :features (characterp)
  :forms ((mapcar #'characterp (list #\a #\Space #\Newline "a" 'a 97 nil)))
  :value "(T T T NIL NIL NIL NIL)")

(defcase characters.code-char-char-code-round-trip-standard
  :category characters
  :features (char-code code-char)
  :forms ((let ((chars (coerce (format nil "abcxyzABCXYZ0189 ~C!@[]{}~~" #\Newline) 'list)))
            (every (lambda (c) (char= (code-char (char-code c)) c)) chars)))
  :value "T")

(defcase characters.char-code-below-limit-and-distinct
  :category characters
  :features (char-code char-code-limit)
  :forms ((let ((codes (map 'list #'char-code "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")))
            (list (every (lambda (c) (and (integerp c) (<= 0 c) (< c char-code-limit))) codes)
                  (= (length codes) (length (remove-duplicates codes))))))
  :value "(T T)")

(defcase characters.char-code-limit-at-least-96
  :category characters
  :features (char-code-limit)
  :forms ((list (integerp char-code-limit) (>= char-code-limit 96)))
  :value "(T T)")

(defcase characters.char-int-of-standard-chars
  :category characters
  :features (char-int char-code)
  :forms ((every (lambda (c) (= (char-int c) (char-code c))) "aZ09 ~"))
  :value "T")

(defcase characters.char-code-non-character-signals
  :category characters
  :features (char-code)
  :forms ((funcall 'char-code 'a))
  :signals type-error)

;;; ---- char-name, name-char: the standard names ----

(defcase characters.char-name-standard-names
  :category characters
  :features (char-name)
  :forms ((list (char-name #\Space) (char-name #\Newline)))
  :value "(\"Space\" \"Newline\")")

(defcase characters.name-char-standard-names-any-case
  :category characters
  :features (name-char)
  :forms ((list (name-char "Space") (name-char "SPACE") (name-char "newline") (name-char "NewLine")))
  :value "(#\\  #\\  #\\Newline #\\Newline)")

(defcase characters.name-char-symbol-designator
  :category characters
  :features (name-char)
  :forms ((list (name-char 'space) (name-char '|Newline|) (name-char #\x)))
  :value "(#\\  #\\Newline NIL)")

(defcase characters.name-char-inverts-char-name
  :category characters
  :features (name-char char-name)
  :forms ((list (char= (name-char (char-name #\Space)) #\Space) (char= (name-char (char-name #\Newline)) #\Newline)))
  :value "(T T)")

(defcase characters.name-char-semi-standard-names
  :category characters
  :features (name-char char-name)
  :forms ((list (char= (name-char "Tab") #\Tab) (char= (name-char "Page") #\Page) (char= (name-char "Return") #\Return)
                (char= (name-char "Rubout") #\Rubout) (char= (name-char "Backspace") #\Backspace) (char= (name-char "Linefeed") #\Linefeed)))
  :value "(T T T T T T)")

(defcase characters.char-name-non-character-signals
  :category characters
  :features (char-name)
  :forms ((funcall 'char-name "Space"))
  :signals type-error)

;;; ---- types and printing ----

(defcase characters.character-types
  :category characters
  :features (character base-char standard-char extended-char typep)
  :forms ((list (typep #\a 'character) (typep #\a 'base-char) (typep #\a 'standard-char) (typep #\a 'extended-char)
                (typep #\Newline 'standard-char) (typep #\Tab 'standard-char) (typep "a" 'character)))
  :value "(T T T NIL T NIL NIL)")

(defcase characters.character-type-relations
  :category characters
  :features (character base-char standard-char extended-char subtypep)
  :forms ((list (subtypep 'standard-char 'base-char) (subtypep 'base-char 'character) (subtypep 'extended-char 'character)
                (values (subtypep 'character 'base-char))))
  :value "(T T T NIL)")

(defcase characters.extended-char-is-not-base-char
  :category characters
  :features (extended-char base-char subtypep)
  :forms ((multiple-value-list (subtypep 'extended-char '(and character (not base-char)))))
  :value "(T T)")

(defcase characters.prin1-of-named-characters
  :category characters
  :features (prin1-to-string char-name)
  :forms ((list (prin1-to-string #\Space) (prin1-to-string #\Newline) (prin1-to-string #\a) (prin1-to-string #\A) (prin1-to-string #\()))
  :note "22.1.3.2: a graphic standard character prints as itself after #\\, even Space, which has a name"
  :value "(\"#\\\\ \" \"#\\\\Newline\" \"#\\\\a\" \"#\\\\A\" \"#\\\\(\")")

(defcase characters.princ-of-characters
  :category characters
  :features (princ-to-string)
  :forms ((list (princ-to-string #\a) (princ-to-string #\Space) (length (princ-to-string #\Newline))))
  :value "(\"a\" \" \" 1)")

(defcase characters.eql-and-equal-on-characters
  :category characters
  :features (eql equal equalp char=)
  :forms ((list (eql #\a #\a) (eql #\a #\A) (equal #\a #\a) (equalp #\a #\A) (equal #\a #\A)))
  :value "(T NIL T T NIL)")

(defcase characters.characters-as-hash-keys
  :category characters
  :features (char-upcase gethash)
  :forms ((let ((h (make-hash-table)))
            (loop for c across "hello" do (incf (gethash (char-upcase c) h 0)))
            (list (gethash #\L h) (gethash #\H h) (gethash #\h h))))
  :value "(2 1 NIL)")

(defcase characters.case-insensitive-char-equal-on-non-letters
  :category characters
  :features (char-equal char-lessp)
  :forms ((list (char-equal #\1 #\1) (char-equal #\- #\_) (char-lessp #\1 #\2)))
  :value "(T NIL T)")

(defcase characters.char-code-arithmetic-for-digits
  :category characters
  :features (char-code code-char)
  :forms ((loop for d below 10 always (char= (code-char (+ (char-code #\0) d)) (digit-char d))))
  :value "T")

(defcase characters.char-code-arithmetic-for-letters-contiguity-not-assumed
  :category characters
  :features (char< char-upcase)
  :forms ((sort (list #\d #\B #\a #\C) #'char-lessp))
  :value "(#\\a #\\B #\\C #\\d)")

(defcase characters.map-case-conversion-over-string
  :category characters
  :features (char-upcase char-downcase)
  :forms ((map 'string (lambda (c) (if (upper-case-p c) (char-downcase c) (char-upcase c))) "Hello, World 42"))
  :value "\"hELLO, wORLD 42\"")

(defcase characters.both-case-p-implies-case-pair
  :category characters
  :features (both-case-p char-upcase char-downcase)
  :forms ((every (lambda (c) (or (not (both-case-p c)) (char/= (char-upcase c) (char-downcase c))))
                 "abcXYZ019 !?"))
  :value "T")

(defcase characters.graphic-chars-print-as-themselves
  :category characters
  :features (graphic-char-p princ-to-string)
  :forms ((every (lambda (c) (or (not (graphic-char-p c)) (string= (princ-to-string c) (string c)))) "az AZ09!~{}"))
  :value "T")

(defcase characters.digit-char-p-value-of-number-string
  :category characters
  :features (digit-char-p)
  :forms ((reduce (lambda (acc c) (+ (* acc 16) (digit-char-p c 16))) "fF10" :initial-value 0))
  :value "65296")

(defcase characters.alphanumericp-equals-alpha-or-digit
  :category characters
  :features (alphanumericp alpha-char-p digit-char-p)
  :forms ((every (lambda (c) (eq (and (alphanumericp c) t) (and (or (alpha-char-p c) (digit-char-p c)) t)))
                 (format nil "abcXYZ0123456789 ~C!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~~" #\Newline)))
  :value "T")

(defcase characters.char-wrong-argument-count-signals
  :category characters
  :features (char-upcase)
  :forms ((apply 'char-upcase (list #\a #\b)))
  :signals program-error)

(defcase characters.code-char-of-char-code-space-newline
  :category characters
  :features (code-char char-code)
  :forms ((list (code-char (char-code #\Space)) (code-char (char-code #\Newline))))
  :value "(#\\  #\\Newline)")

(defcase characters.character-of-symbol-one-char-name
  :category characters
  :features (character)
  :forms ((list (character :a) (character '|z|) (character "\"")))
  :value "(#\\A #\\z #\\\")")

(defcase characters.name-char-non-designator-signals
  :category characters
  :features (name-char)
  :forms ((funcall 'name-char 5))
  :signals type-error)

(defcase characters.graphic-and-both-case-non-character-signal
  :category characters
  :features (graphic-char-p both-case-p)
  :forms ((list (handler-case (graphic-char-p "a") (type-error () 'graphic-type-error))
                (handler-case (both-case-p 'a) (type-error () 'both-type-error))))
  :value "(GRAPHIC-TYPE-ERROR BOTH-TYPE-ERROR)")

(defcase characters.digit-char-result-case-convertible
  :category characters
  :features (digit-char char-downcase upper-case-p)
  :forms ((let ((c (digit-char 11 16)))
            (list c (upper-case-p c) (char-downcase c) (digit-char-p (char-downcase c) 16))))
  :value "(#\\B T #\\b 11)")
