"""Sends N bytes through host:port to an echo server and reads them back.

Usage: echo-client.py HOST PORT BYTES
Prints "sent <n> received <m>"; exits 1 if the connection fails or comes back short.
"""
import socket
import sys
import threading

host, port, total = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
connection = socket.create_connection((host, port), timeout=10)
chunk = bytes(range(256)) * 256


def send():
    left = total
    while left > 0:
        left -= connection.send(chunk[: min(left, len(chunk))])
    connection.shutdown(socket.SHUT_WR)


sender = threading.Thread(target=send)
sender.start()
received = 0
try:
    while True:
        data = connection.recv(65536)
        if not data:
            break
        received += len(data)
except OSError as error:
    print(f"sent {total} received {received}, then {type(error).__name__}: {error}")
    sys.exit(1)
sender.join()
print(f"sent {total} received {received}")
sys.exit(0 if received == total else 1)
