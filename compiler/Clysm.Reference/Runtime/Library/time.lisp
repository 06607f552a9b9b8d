;;; Chapter 25.1.4 (Time): universal time to calendar and back, for an explicit time zone. The host
;;; contract gives neither the clock nor the local time zone, so a call without a zone says so.

(defun %days-to-civil (days)
  ;; days since 1970-01-01 to (values year month day), proleptic Gregorian (400-year eras of 146097 days)
  (let* ((z (+ days 719468))
         (era (floor z 146097))
         (doe (- z (* era 146097)))
         (yoe (floor (- doe (floor doe 1460) (- (floor doe 36524)) (floor doe 146096)) 365))
         (doy (- doe (- (+ (* 365 yoe) (floor yoe 4)) (floor yoe 100))))
         (mp (floor (+ (* 5 doy) 2) 153))
         (day (+ (- doy (floor (+ (* 153 mp) 2) 5)) 1))
         (month (if (< mp 10) (+ mp 3) (- mp 9))))
    (values (+ yoe (* era 400) (if (<= month 2) 1 0)) month day)))

(defun %civil-to-days (year month day)
  ;; the inverse of %days-to-civil
  (let* ((y (if (<= month 2) (- year 1) year))
         (era (floor y 400))
         (yoe (- y (* era 400)))
         (doy (+ (floor (+ (* 153 (if (> month 2) (- month 3) (+ month 9))) 2) 5) (- day 1)))
         (doe (+ (* yoe 365) (floor yoe 4) (- (floor yoe 100)) doy)))
    (+ (* era 146097) doe -719468)))

(defun %check-time-zone (tz)
  (unless tz (error "clysm reference compiler: the local time zone is not known to the host (give a time zone)"))
  (unless (and (rationalp tz) (<= -24 tz 24) (integerp (* tz 3600))) (%type-error tz '(rational -24 24))))

(defun decode-universal-time (universal-time &optional time-zone)
  (unless (and (integerp universal-time) (>= universal-time 0)) (%type-error universal-time 'unsigned-byte))
  (%check-time-zone time-zone)
  (multiple-value-bind (days secs) (floor (- universal-time (* time-zone 3600)) 86400)
    (multiple-value-bind (year month date) (%days-to-civil (- days 25567)) ; 1900-01-01 is 25567 days before 1970-01-01
      ;; 1900-01-01 was a Monday, day 0
      (values (mod secs 60) (mod (floor secs 60) 60) (floor secs 3600) date month year (mod days 7) nil time-zone))))

(defun encode-universal-time (second minute hour date month year &optional time-zone)
  (%check-time-zone time-zone)
  (+ (* (+ (%civil-to-days year month date) 25567) 86400) (* hour 3600) (* minute 60) second (* time-zone 3600)))
