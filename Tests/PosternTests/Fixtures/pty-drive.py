#!/usr/bin/env python3
"""Runs a command in a pseudo-terminal and answers its prompts.

usage: pty-drive.py SCRIPT_JSON -- COMMAND [ARGS...]
SCRIPT_JSON is a list of [expected, reply] pairs: once the output holds `expected` (since the
previous match), `reply` and a newline are typed. Prints everything the command wrote and
exits with its status. Each wait is bounded (20 s), as is the whole run (60 s).
"""
import json, os, pty, select, sys, time

def main():
    script = json.loads(sys.argv[1])
    command = sys.argv[sys.argv.index("--") + 1:]
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(command[0], command)
    output, seen, deadline = b"", 0, time.time() + 60
    def read(timeout):
        nonlocal output
        ready, _, _ = select.select([fd], [], [], timeout)
        if not ready:
            return True
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            return False
        if not chunk:
            return False
        output += chunk
        return True
    for expected, reply in script:
        wait_until = min(deadline, time.time() + 20)
        while expected.encode() not in output[seen:] and time.time() < wait_until:
            if not read(0.2):
                break
        index = output.find(expected.encode(), seen)
        if index < 0:
            sys.stdout.write(output.decode(errors="replace"))
            sys.stdout.write("\npty-drive: never saw %r\n" % expected)
            os.kill(pid, 9)
            sys.exit(97)
        seen = index + len(expected)
        os.write(fd, (reply + "\n").encode())
    while time.time() < deadline and read(0.5):
        pass
    _, status = os.waitpid(pid, 0)
    sys.stdout.write(output.decode(errors="replace"))
    sys.exit(os.waitstatus_to_exitcode(status))

main()
