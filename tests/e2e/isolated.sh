#!/bin/sh
# Runs a command in a fresh network namespace (only loopback, nothing can leave) when allowed;
# otherwise says so loudly and relies on Chromium's resolver rules and the Firefox proxy allow-list.
# UNORDERED_NO_NETNS=1 forces the fallback (to test it as root).
if [ "${UNORDERED_NO_NETNS:-}" != "1" ] && unshare -n true 2>/dev/null; then
  exec unshare -n sh -c 'ip link set lo up && exec "$@"' sh "$@"
fi
echo "isolated.sh: NOTICE: no network namespace (unshare -n not permitted); relying on resolver rules and proxy allow-list" >&2
exec "$@"
