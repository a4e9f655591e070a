"""An echo server on 127.0.0.1: prints its port, then echoes every connection until closed.

Usage: echo-server.py
"""
import socket
import sys
import threading

listener = socket.socket()
listener.bind(("127.0.0.1", 0))
listener.listen(64)
print(listener.getsockname()[1], flush=True)


def echo(connection):
    with connection:
        while True:
            data = connection.recv(65536)
            if not data:
                break
            connection.sendall(data)


while True:
    accepted, _ = listener.accept()
    threading.Thread(target=echo, args=(accepted,), daemon=True).start()
