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
