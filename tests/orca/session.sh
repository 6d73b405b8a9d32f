#!/usr/bin/env bash
# A private desktop with the Orca screen reader, for tests/orca.rs.
#
#   session.sh start DIR WATCH_PID   bring everything up; write DIR/env; stop when WATCH_PID ends
#   session.sh open DIR TITLE CMD... open a new mate-terminal (80x25) titled TITLE, give it
#                                    the keyboard, and print the terminal's pid; CMD waits there
#   session.sh go DIR TITLE          start CMD in that terminal (once Orca follows it, as a
#                                    learner's terminal is followed before they start the tutor)
#   session.sh focus DIR TITLE       give the keyboard back to the terminal titled TITLE
#   session.sh text DIR TITLE        print the text of that terminal, as Orca reads it
#   session.sh stop DIR              stop everything that start began
#
# Nothing here touches the machine's own desktop, D-Bus or speech: every daemon is private
# to DIR. Exit status 77 means "this machine cannot run Orca" (a package or the AT-SPI
# bus is missing); the test then skips and says why. Any other failure is a failure.
set -euo pipefail

SKIP=77
HERE=$(cd "$(dirname "$0")" && pwd)
# Says why this machine cannot run Orca, stops whatever did start, and exits 77.
die_skip() {
    echo "$*" >&2
    stop
    exit "$SKIP"
}

# Polls (every 0.1 s, up to $2 seconds) until command $1 succeeds. Waits for what is
# needed instead of a fixed sleep.
wait_until() {
    local check=$1 seconds=$2 tries
    tries=$((seconds * 10))
    while ! eval "$check" >/dev/null 2>&1; do
        tries=$((tries - 1))
        [ "$tries" -gt 0 ] || return 1
        sleep 0.1
    done
}

need_tools() {
    local tool missing=()
    for tool in Xvfb dbus-daemon orca mate-terminal xdotool speech-dispatcher gsettings; do
        command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
    done
    [ -x /usr/libexec/at-spi-bus-launcher ] || missing+=(at-spi-bus-launcher)
    /usr/bin/python3 -c "import pyatspi" 2>/dev/null || missing+=(python3-pyatspi)
    [ "${#missing[@]}" -eq 0 ] || die_skip "missing ${missing[*]} (apt-get install xvfb dbus-x11 at-spi2-core orca mate-terminal xdotool speech-dispatcher speech-dispatcher-espeak-ng espeak-ng)"
}

# Starts a daemon in its own process group, remembering its pid for `stop`.
spawn() {
    local log=$1
    shift
    setsid "$@" >>"$DIR/$log" 2>&1 </dev/null &
    echo $! >>"$DIR/pids"
}

start() {
    need_tools
    mkdir -p "$DIR"/{home,config,cache,data,runtime,orca,speechd}
    chmod 700 "$DIR/runtime"
    : >"$DIR/pids"
    export HOME="$DIR/home" XDG_CONFIG_HOME="$DIR/config" XDG_CACHE_HOME="$DIR/cache"
    export XDG_DATA_HOME="$DIR/data" XDG_RUNTIME_DIR="$DIR/runtime"
    unset SESSION_MANAGER DBUS_SESSION_BUS_ADDRESS AT_SPI_BUS_ADDRESS WAYLAND_DISPLAY LC_ALL LANGUAGE
    # Orca and the terminal speak English, whatever this machine's language.
    export LANG=C.UTF-8

    # The X server: -displayfd picks a free display number and tells us which.
    exec 3>"$DIR/display"
    spawn xvfb.log Xvfb -displayfd 3 -screen 0 1024x768x24 -nolisten tcp
    exec 3>&-
    wait_until "[ -s '$DIR/display' ]" 20 || die_skip "Xvfb did not start (see $DIR/xvfb.log)"
    export DISPLAY=":$(head -n1 "$DIR/display")"

    # A session bus of our own.
    spawn dbus.log dbus-daemon --session --nofork --nopidfile --print-address=4 4>"$DIR/dbus-address"
    wait_until "[ -s '$DIR/dbus-address' ]" 20 || die_skip "dbus-daemon did not start (see $DIR/dbus.log)"
    export DBUS_SESSION_BUS_ADDRESS="$(head -n1 "$DIR/dbus-address")"

    # The accessibility bus, which carries the terminal's text to Orca.
    spawn atspi.log /usr/libexec/at-spi-bus-launcher --launch-immediately
    wait_until "dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress" 20 ||
        die_skip "the AT-SPI bus did not start (see $DIR/atspi.log)"
    gsettings set org.gnome.desktop.interface toolkit-accessibility true
    gsettings set org.gnome.desktop.a11y.applications screen-reader-enabled true

    # Speech-dispatcher of our own, speaking into libao's null driver (no sound card).
    cp -r /etc/speech-dispatcher/. "$DIR/speechd/"
    printf '\nAudioOutputMethod "libao"\nLogLevel 3\n' >>"$DIR/speechd/speechd.conf"
    printf 'default_driver=null\n' >"$HOME/.libao"
    export SPEECHD_ADDRESS="unix_socket:$DIR/runtime/speechd.sock"
    spawn speechd.log speech-dispatcher -s -t 0 -C "$DIR/speechd" -S "$DIR/runtime/speechd.sock" -L "$DIR" -P "$DIR/speechd.pid"
    wait_until "[ -S '$DIR/runtime/speechd.sock' ]" 20 || die_skip "speech-dispatcher did not start (see $DIR/speechd.log)"

    # Orca with default settings, logging every utterance to orca.log.
    : >"$DIR/orca.log"
    spawn orca.out env GTK_MODULES=gail:atk-bridge GNOME_ACCESSIBILITY=1 \
        /usr/bin/python3 "$HERE/run_orca.py" "$DIR/orca.log" -u "$DIR/orca"
    wait_until "grep -q 'SPEECH OUTPUT' '$DIR/orca.log'" 60 || die_skip "Orca did not start speaking (see $DIR/orca.out)"

    {
        echo "DISPLAY=$DISPLAY"
        echo "DBUS_SESSION_BUS_ADDRESS=$DBUS_SESSION_BUS_ADDRESS"
        echo "LANG=$LANG"
    } >"$DIR/env"
    # Stop everything when the test process ends, however it ends.
    if [ -n "${WATCH:-}" ]; then
        setsid bash -c "while kill -0 $WATCH 2>/dev/null; do sleep 1; done; '$0' stop '$DIR'; rm -rf '$DIR'" \
            >/dev/null 2>&1 </dev/null &
    fi
}

open_terminal() {
    # shellcheck disable=SC1091
    set -a && . "$DIR/env" && set +a
    export HOME="$DIR/home" XDG_CONFIG_HOME="$DIR/config" XDG_CACHE_HOME="$DIR/cache"
    export XDG_DATA_HOME="$DIR/data" XDG_RUNTIME_DIR="$DIR/runtime"
    export GTK_MODULES=gail:atk-bridge GNOME_ACCESSIBILITY=1 NO_AT_BRIDGE=0
    local title=$1
    shift
    local go="$DIR/go-$title"
    rm -f "$go"
    # CMD waits for `go`: drawn before Orca follows the window, a page would be heard
    # only from the line with the cursor, which is not how a learner meets it.
    # shellcheck disable=SC2016
    spawn "terminal-$title.log" mate-terminal --disable-factory --geometry=80x25+0+0 --title="$title" -- \
        /bin/sh -c 'while [ ! -e "$1" ]; do sleep 0.05; done; shift; exec "$@"' sh "$go" "$@"
    wait_until "xdotool search --onlyvisible --name '^$title\$'" 30 || { echo "the terminal did not open" >&2; exit 1; }
    local window
    window=$(xdotool search --onlyvisible --name "^$title\$" | head -n1)
    # No window manager runs, so give the window the keyboard ourselves.
    xdotool windowfocus --sync "$window"
    tail -n1 "$DIR/pids"
}

focus_terminal() {
    # shellcheck disable=SC1091
    set -a && . "$DIR/env" && set +a
    xdotool windowfocus --sync "$(xdotool search --onlyvisible --name "^$1\$" | head -n1)"
}

terminal_text() {
    # shellcheck disable=SC1091
    set -a && . "$DIR/env" && set +a
    /usr/bin/python3 "$HERE/screen_text.py" "$1"
}

stop() {
    [ -f "$DIR/pids" ] || return 0
    local pid pids
    pids=$(cat "$DIR/pids")
    for pid in $pids; do
        kill -- "-$pid" 2>/dev/null || true
    done
    # Wait until they have gone, so that nothing writes into DIR afterwards.
    for pid in $pids; do
        wait_until "! kill -0 -- -$pid" 5 || kill -KILL -- "-$pid" 2>/dev/null || true
    done
    rm -f "$DIR/pids"
}

command=${1:?start, open or stop}
DIR=${2:?a folder for the session}
case "$command" in
    start) WATCH=${3:-} start ;;
    open) shift 2 && open_terminal "$@" ;;
    text) terminal_text "${3:?a window title}" ;;
    focus) focus_terminal "${3:?a window title}" ;;
    go) touch "$DIR/go-${3:?a window title}" ;;
    stop) stop ;;
    *) echo "unknown command $command" >&2 && exit 2 ;;
esac
