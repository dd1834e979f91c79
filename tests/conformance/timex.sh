#!/bin/sh
# Time-expression conformance on the external suites in ../shared/testdata/arabic-time (issue #3).
# Floors are the rates measured when each was last raised: they guard against regressions and
# are raised as the tagger improves (the targets: 97% Duckling time, all durations, all
# dateparser rows, 90% of validated Recognizers-Text rows).
# usage: timex.sh RASD SHARED_DIR
set -u
rasd=$1; data=$2/testdata/arabic-time; eval=$2/eval/score_timex.py
status=0
for row in "duckling_ar_time 96.0" "duckling_ar_duration 100.0" "dateparser_ar_tests 59.5" "msrt_ar_datetime 86.0"; do
  set -- $row
  line=$(python3 "$eval" "$data/$1.tsv" -- "$rasd" tag --only time 2>/dev/null | tail -1)
  rate=$(echo "$line" | sed -n 's/.*(\([0-9.]*\)%).*/\1/p')
  if [ -n "$rate" ] && awk -v r="$rate" -v f="$2" 'BEGIN { exit !(r + 0 >= f + 0) }'; then
    echo "timex $1: $line (floor $2%)"
  else
    echo "FAIL timex $1: $line (floor $2%)"; status=1
  fi
done
exit $status
