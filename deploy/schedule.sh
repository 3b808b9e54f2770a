#!/bin/sh
# Schedule one newsbot crawl on scrapyd: POST schedule.json. scrapyd has no scheduler of
# its own; cron (deploy/newsbot.crontab) or systemd (deploy/newsbot-schedule.timer) runs
# this hourly. See README, "Deploying to Scrapyd".
#
# Environment (all optional):
#   SCRAPYD_URL         the server, no trailing slash            (default http://127.0.0.1:6800)
#   SCRAPYD_AUTH        user:password, if scrapyd has basic auth
#   NEWSBOT_DATA        absolute folder on the scrapyd host for the recurring-runs state,
#                       quarantine, duplicates, per-job status (and the feeds when scrapyd
#                       has no items_dir)                        (default /var/lib/newsbot)
#   NEWSBOT_SITE        crawl one site profile            (spider argument site=)
#   NEWSBOT_START_URLS  crawl these URLs, comma-separated (spider argument start_urls=)
#                       neither: every enabled profile
# Arguments are more schedule.json fields, e.g.:  schedule.sh setting=LOG_LEVEL=DEBUG
#
# Prints scrapyd's answer, e.g. {"node_name": "host", "status": "ok", "jobid": "6487ec79..."}.
# Exit 0: scheduled, or skipped because a newsbot job is still pending or running (runs
# must not overlap: they share the state file). Non-zero: scrapyd unreachable or refused.
set -eu

url="${SCRAPYD_URL:-http://127.0.0.1:6800}"
data="${NEWSBOT_DATA:-/var/lib/newsbot}"

scrapyd() {  # scrapyd ENDPOINT [curl options]
    endpoint=$1
    shift
    if [ -n "${SCRAPYD_AUTH:-}" ]; then
        curl -fsS --max-time 30 -u "$SCRAPYD_AUTH" "$@" "$url/$endpoint"
    else
        curl -fsS --max-time 30 "$@" "$url/$endpoint"
    fi
}

jobs=$(scrapyd "listjobs.json?project=newsbot")
case "$jobs" in
    *'"pending": []'*'"running": []'* | *'"running": []'*'"pending": []'*) ;;
    *'"status": "ok"'*)
        echo "newsbot: a job is still pending or running on $url; not scheduling another" >&2
        exit 0 ;;
    *)
        echo "newsbot: error: listjobs.json on $url: $jobs" >&2
        exit 1 ;;
esac

for field in "$@"; do  # extra fields -> curl options
    set -- "$@" --data-urlencode "$field"
    shift
done
if [ -n "${NEWSBOT_SITE:-}" ]; then set -- "$@" --data-urlencode "site=$NEWSBOT_SITE"; fi
if [ -n "${NEWSBOT_START_URLS:-}" ]; then set -- "$@" --data-urlencode "start_urls=$NEWSBOT_START_URLS"; fi

answer=$(scrapyd schedule.json \
    --data-urlencode "project=newsbot" \
    --data-urlencode "spider=aggregator" \
    --data-urlencode "setting=NEWSBOT_STATE=$data/state.sqlite" \
    --data-urlencode "setting=NEWSBOT_FEED_URI=$data/feeds/%(name)s-%(time)s.jsonl" \
    --data-urlencode "setting=NEWSBOT_QUARANTINE_URI=$data/quarantine/%(name)s-%(time)s.jsonl" \
    --data-urlencode "setting=NEWSBOT_DUPLICATES_URI=$data/duplicates/%(name)s-%(time)s.jsonl" \
    --data-urlencode "setting=NEWSBOT_SUMMARY_URI=$data/status/%(name)s.json" \
    "$@")
echo "$answer"
case "$answer" in
    *'"status": "ok"'*) exit 0 ;;
    *) echo "newsbot: error: schedule.json on $url refused the job" >&2; exit 1 ;;
esac
