"""A virtual contactless card for pcscd's vpcd driver (Debian vsmartcard-vpcd).

vpcd listens on TCP (35963 by default); the card connects to it, and while the connection
is open the virtual reader holds a card. Frames are a 2-byte big-endian length and a
payload: 1-byte control messages (0 power off, 1 power on, 2 reset, 4 get ATR), anything
longer is an APDU to answer. Debian's own `vicc` is broken on Python 3, hence this one.

Run: python tests/support/vpcd_card.py --uid 04A1B2C3D4E5F6 [--port 35963] [--pull-on-uid]
"""

from __future__ import annotations

import argparse
import socket
import struct
import sys
import time

ATR = bytes.fromhex("3B8F8001804F0CA0000003060300030000000068")  # PC/SC part 3 contactless
POWER_OFF, POWER_ON, RESET, GET_ATR = 0, 1, 2, 4


def _recv_exact(sock: socket.socket, n: int) -> bytes:
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise ConnectionError("vpcd closed the connection")
        data += chunk
    return data


def answer(apdu: bytes, uid: bytes, uid_status: bytes = b"\x90\x00") -> bytes:
    if apdu[:4] == b"\xff\xca\x00\x00":
        return (uid if uid_status == b"\x90\x00" else b"") + uid_status
    return b"\x6a\x82"  # file or application not found


def serve(uid: bytes, host: str, port: int, pull_on_uid: bool, connect_timeout: float, uid_status: bytes) -> int:
    deadline = time.monotonic() + connect_timeout
    while True:
        try:
            sock = socket.create_connection((host, port), timeout=2)
            break
        except OSError:
            if time.monotonic() > deadline:
                print(f"vpcd not listening on {host}:{port}", file=sys.stderr)
                return 2
            time.sleep(0.05)
    sock.settimeout(None)
    print("inserted", flush=True)
    with sock:
        while True:
            try:
                (length,) = struct.unpack(">H", _recv_exact(sock, 2))
                message = _recv_exact(sock, length)
            except ConnectionError:
                return 0
            if length == 1:
                if message[0] == GET_ATR:
                    sock.sendall(struct.pack(">H", len(ATR)) + ATR)
                continue  # power off/on/reset need no answer
            if pull_on_uid and message[:2] == b"\xff\xca":
                return 0  # the card leaves the field mid-read
            reply = answer(message, uid, uid_status)
            sock.sendall(struct.pack(">H", len(reply)) + reply)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--uid", default="04A1B2C3D4E5F6")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=35963)
    parser.add_argument("--pull-on-uid", action="store_true")
    parser.add_argument("--connect-timeout", type=float, default=20)
    parser.add_argument("--uid-status", default="9000", help="status word for GET UID, e.g. 6A81 (collision)")
    args = parser.parse_args()
    return serve(
        bytes.fromhex(args.uid),
        args.host,
        args.port,
        args.pull_on_uid,
        args.connect_timeout,
        bytes.fromhex(args.uid_status),
    )


if __name__ == "__main__":
    sys.exit(main())
